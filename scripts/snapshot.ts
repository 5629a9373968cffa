// Makes the snapshot of a content folder that the build writes to dist/: content.json (the
// topics parsed, a stamp of every file, and the hash of this code), lexed/<id>.json (each
// topic's sections lexed by marked) and search.index (their search index, in the format of a
// folder's index). See src/library/snapshot.ts.
import { Lexer } from 'marked';
import { writeIndexFile } from '../src/library/index-file.js';
import { scanFolder } from '../src/library/scan.js';
import { stampFiles, type Snapshot } from '../src/library/snapshot.js';
import { loadTopics, type SkippedFile } from '../src/topics/load.js';

export interface SnapshotParts {
  snapshot: Snapshot;
  /** Topic id → its sections' lexed tokens, as JSON. */
  lexed: Map<string, string[]>;
  skipped: SkippedFile[];
}

/** The snapshot of `dir`; `code` is the hash of the code that makes it (scripts/build.mjs). */
export function makeSnapshot(dir: string, code: string): SnapshotParts {
  const { topics, skipped } = loadTopics(dir);
  const lexed = new Map(topics.map((t) => [t.id, t.sections.map((s) => JSON.stringify(new Lexer().lex(s.markdown)))]));
  return { snapshot: { code, files: stampFiles(dir), topics }, lexed, skipped };
}

/**
 * Write the search index of `dir` to `file`. Of each topic it keeps what ties it to the
 * snapshot's topics (id, title, file, headings), not what content.json already holds: the
 * package stays smaller.
 */
export async function writeSnapshotIndex(dir: string, file: string): Promise<void> {
  const { meta, data } = await scanFolder(dir);
  const topics = meta.topics.map(({ id, title, file, sections }) => ({ id, title, summary: '', aliases: [], tags: [], related: [], reviewed: null, sources: [], triage: null, file, sections }));
  writeIndexFile(file, { meta: { ...meta, topics }, data });
}

