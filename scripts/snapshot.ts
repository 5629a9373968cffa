// Makes the snapshot of a content folder that the build writes to dist/: content.json (the
// topics parsed, and a stamp of every file), lexed/<id>.json (each topic's sections lexed by
// marked) and search-index.json (their search index). See src/library/snapshot.ts.
import { Lexer } from 'marked';
import { buildIndex } from '../src/search/index.js';
import { packIndex, type PackedIndex } from '../src/search/packed.js';
import { loadTopics, type SkippedFile } from '../src/topics/load.js';
import { SNAPSHOT_VERSION, stampFiles, type Snapshot } from '../src/library/snapshot.js';

export interface SnapshotParts {
  snapshot: Snapshot;
  index: PackedIndex;
  /** Topic id → its sections' lexed tokens, as JSON. */
  lexed: Map<string, string[]>;
  skipped: SkippedFile[];
}

export function makeSnapshot(dir: string): SnapshotParts {
  const { topics, skipped } = loadTopics(dir);
  const lexed = new Map(topics.map((t) => [t.id, t.sections.map((s) => JSON.stringify(new Lexer().lex(s.markdown)))]));
  const snapshot = { version: SNAPSHOT_VERSION, files: stampFiles(dir), topics };
  return { snapshot, index: packIndex(buildIndex(topics), topics), lexed, skipped };
}
