// The library API: `import { loadTopics, search, explain, renderTopic } from 'osteo'`. These wrap
// the functions the CLI itself runs, with the same results as its --json output.
import { fileURLToPath } from 'node:url';
import { explainTopic } from './search/explain.js';
import { DEFAULT_LIMIT } from './search/limits.js';
import { BUILT_TRIAGE, BUILT_VOCABULARY } from './paths.js';
import { answersJson, findAnswers } from './search/answers.js';
import { renderTopic as renderTopicText } from './render/answer.js';
import { sectionTokens } from './render/section-tokens.js';
import { loadTheme } from './render/theme.js';
import type { Explanation, SearchResponse } from './results.js';
import { loadTopics as loadFolder, type LoadResult } from './topics/load.js';
import type { Section, Topic } from './topics/types.js';

export { ContentError, NotFoundError, OsteoError, UsageError } from './errors.js';
export type { Explanation, SearchResponse, SearchResult } from './results.js';
export type { LoadResult, SkippedFile } from './topics/load.js';
export type { Section, Source, Topic, TriageLevel } from './topics/types.js';

/** The topics that ship with osteo. */
export const CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));

/**
 * Read a folder of topics (default: the ones osteo ships). Files that cannot be used are listed
 * in `skipped` with the reason; a missing folder throws a ContentError.
 */
export function loadTopics(dir: string = CONTENT_DIR): LoadResult {
  return loadFolder(dir);
}

/**
 * The sections that best answer `query`, best first: the shape of `osteo search --json`. Urgent
 * signs are watched for with the triage rules of `options.contentDir` (default: the shipped ones).
 */
export async function search(
  topics: readonly Topic[],
  query: string,
  options: { limit?: number; region?: 'uk' | 'us'; contentDir?: string } = {},
): Promise<SearchResponse> {
  const dir = options.contentDir ?? CONTENT_DIR;
  const [{ openTriage }, { createTriage }, { openVocabulary }] = await Promise.all([
    import('./library/triage.js'),
    import('./search/triage/match.js'),
    import('./library/vocabulary.js'),
  ]);
  const [rules, vocabulary] = await Promise.all([
    openTriage(dir, CONTENT_DIR, BUILT_TRIAGE),
    openVocabulary(dir, CONTENT_DIR, BUILT_VOCABULARY),
  ]);
  const triage = createTriage(rules);
  return answersJson(
    await findAnswers(topics, query, {
      limit: options.limit ?? DEFAULT_LIMIT,
      triage,
      vocabulary,
      region: options.region ?? null,
    }),
  );
}

/**
 * The topic a name means (id, title, alias or a near spelling), with all its sections or the
 * one named by `section`. Throws a NotFoundError with suggestions when there is none.
 */
export async function explain(
  topics: readonly Topic[],
  name: string,
  options: { section?: string } = {},
): Promise<Explanation> {
  const { topic, sections } = await explainTopic(topics, name, options.section);
  return { topic, sections };
}

export interface RenderOptions {
  /** Columns to wrap at; default 80. */
  width?: number;
  /** ANSI colour and styling; default false. */
  color?: boolean;
  /** No boxes or symbols, callouts as "Note:" lines; default false. */
  plain?: boolean;
  /** Only these sections of the topic (as explain returns them); default all. */
  sections?: readonly Section[];
}

/** A topic as terminal text, as `osteo explain` shows it (ending with the disclaimer). */
export async function renderTopic(topic: Topic, options: RenderOptions = {}): Promise<string> {
  const plain = options.plain ?? false;
  const theme = await loadTheme({ color: (options.color ?? false) && !plain, plain });
  const sections = options.sections ?? topic.sections;
  const tokens = await sectionTokens(sections);
  return renderTopicText(topic, { width: options.width ?? 80, theme, hyperlinks: false, tokens }, sections);
}
