// Makes the snapshot of a content folder that the build writes to dist/: content.json (the
// topics parsed, and a stamp of every file), lexed/<id>.json (each topic's sections lexed by
// marked) and search-index.json (their search index). See src/library/snapshot.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'marked';
import { fnv1a } from '../src/library/hash.js';
import type { BuiltTriage } from '../src/library/triage.js';
import { realNeighbours } from '../src/search/edits.js';
import { compileTriage } from '../src/search/triage/compile.js';
import { compileVocabulary } from '../src/search/vocabulary.js';
import type { BuiltVocabulary } from '../src/library/vocabulary.js';
import { parseVocabulary } from '../src/topics/vocabulary-file.js';
import { parseTriage } from '../src/topics/triage-file.js';
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

/**
 * dist/triage.json: the folder's triage rules compiled, with the typo table, which needs an
 * English word list the CLI does not ship.
 */
export function makeTriage(dir: string, english: ReadonlySet<string>): BuiltTriage {
  const source = readFileSync(join(dir, 'triage.yml'));
  return { source: fnv1a(source), rules: compileTriage(parseTriage(source.toString('utf8')), english) };
}

/** dist/vocabulary.json: the folder's vocabulary compiled, with a hash of its source. */
export function makeVocabulary(dir: string): BuiltVocabulary {
  const source = readFileSync(join(dir, 'vocabulary.yml'));
  return { source: fnv1a(source), vocabulary: compileVocabulary(parseVocabulary(source.toString('utf8'))) };
}

/** dist/spelling.json: the real English words one letter edit from a word of the content. */
export function makeSpelling(dir: string, english: ReadonlySet<string>): { real: string[] } {
  return { real: realNeighbours(buildIndex(loadTopics(dir).topics).words.keys(), english) };
}

export function makeSnapshot(dir: string): SnapshotParts {
  const { topics, skipped } = loadTopics(dir);
  const lexed = new Map(topics.map((t) => [t.id, t.sections.map((s) => JSON.stringify(new Lexer().lex(s.markdown)))]));
  const snapshot = { version: SNAPSHOT_VERSION, files: stampFiles(dir), topics };
  return { snapshot, index: packIndex(buildIndex(topics), topics), lexed, skipped };
}
