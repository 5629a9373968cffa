// The library API: the same functions the CLI uses, for scripts and other tools.
export { explainTopic as explain, explanationJson } from './commands/explain.js';
export { searchTopics as search, searchJson } from './commands/search.js';
export { ContentError, NotFoundError, OsteoError, UsageError } from './errors.js';
export { renderTopic } from './render/answer.js';
export { createTheme } from './render/theme.js';
export { loadTopics } from './topics/load.js';
export { parseTopic } from './topics/parse.js';
export { SNAPSHOT_VERSION, stampFiles } from './topics/snapshot.js';
export type { Section, Source, Topic } from './topics/types.js';
