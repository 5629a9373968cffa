// Makes the snapshot of a content folder that the build writes to dist/content.json: the topics
// parsed, each section lexed by marked, and a stamp of every file (see src/topics/snapshot.ts).
import { Lexer } from 'marked';
import { loadTopics, type SkippedFile } from '../src/topics/load.js';
import { SNAPSHOT_VERSION, stampFiles, type Snapshot } from '../src/topics/snapshot.js';

export function makeSnapshot(dir: string): { snapshot: Snapshot; skipped: SkippedFile[] } {
  const { topics, skipped } = loadTopics(dir);
  for (const topic of topics) {
    for (const section of topic.sections) section.lexed = JSON.stringify(new Lexer().lex(section.markdown));
  }
  return { snapshot: { version: SNAPSHOT_VERSION, files: stampFiles(dir), topics }, skipped };
}
