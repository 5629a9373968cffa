// Makes the snapshot of a content folder that the build writes to dist/content.json (the topics
// parsed, each section lexed by marked, and a stamp of every file) and dist/search-index.json
// (their search index). See src/topics/snapshot.ts.
import { Lexer } from 'marked';
import { buildIndex } from '../src/search/index.js';
import { packIndex, type PackedIndex } from '../src/search/packed.js';
import { loadTopics, type SkippedFile } from '../src/topics/load.js';
import { SNAPSHOT_VERSION, stampFiles, type Snapshot } from '../src/topics/snapshot.js';

export function makeSnapshot(dir: string): { snapshot: Snapshot; index: PackedIndex; skipped: SkippedFile[] } {
  const { topics, skipped } = loadTopics(dir);
  // Indexed before lexing, from the same topics the CLI would load.
  const index = packIndex(buildIndex(topics), topics);
  for (const topic of topics) {
    for (const section of topic.sections) section.lexed = JSON.stringify(new Lexer().lex(section.markdown));
  }
  return { snapshot: { version: SNAPSHOT_VERSION, files: stampFiles(dir), topics }, index, skipped };
}
