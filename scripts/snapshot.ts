// Makes the snapshot of a content folder that the build writes to dist/: content.json (the
// topics parsed but for their bodies, a stamp of every file, and the hash of this code),
// content-bodies.json (the bodies: sources, questions, searches, sections), lexed/<id>.json (each
// topic's sections lexed by marked) and search.index (their search index, in the format of a
// folder's index); and the compiled rules beside them: triage.json, vocabulary.json and
// spelling.json. See src/library/snapshot.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexMarkdown } from '../src/render/lexer.js';
import { stampSource } from '../src/library/built-rules.js';
import { writeIndexFile } from '../src/library/index-file.js';
import { scanFolder } from '../src/library/scan.js';
import { topicsKey } from '../src/library/shipped-index.js';
import { stampFiles, type Snapshot } from '../src/library/snapshot.js';
import { splitTopics, type TopicBody } from '../src/library/snapshot-bodies.js';
import type { BuiltTriage } from '../src/library/triage.js';
import type { BuiltVocabulary } from '../src/library/vocabulary.js';
import { realNeighbours } from '../src/search/edits.js';
import { buildIndex } from '../src/search/memory-index.js';
import { compileTriage } from '../src/search/triage/compile.js';
import { compileVocabulary } from '../src/search/vocabulary.js';
import type { WordSet } from '../src/search/word-set.js';
import { parseTriage } from '../src/topics/triage-file.js';
import { parseVocabulary } from '../src/topics/vocabulary-file.js';
import { loadTopics, type SkippedFile } from '../src/topics/load.js';

export interface SnapshotParts {
  /** content.json without its `bodiesSize`, which the build sets when it writes the bodies. */
  snapshot: Omit<Snapshot, 'bodiesSize'>;
  /** content-bodies.json */
  bodies: TopicBody[];
  /** Topic id → its sections' lexed tokens, as JSON. */
  lexed: Map<string, string[]>;
  skipped: SkippedFile[];
}

/**
 * dist/triage.json: the folder's triage rules compiled, with the typo table, which needs an
 * English word list the CLI does not ship.
 */
export function makeTriage(dir: string, english: WordSet): BuiltTriage {
  const source = readFileSync(join(dir, 'triage.yml'));
  return { ...stampSource(source), rules: compileTriage(parseTriage(source.toString('utf8')), english) };
}

/** dist/vocabulary.json: the folder's vocabulary compiled, with a hash of its source. */
export function makeVocabulary(dir: string): BuiltVocabulary {
  const source = readFileSync(join(dir, 'vocabulary.yml'));
  return { ...stampSource(source), vocabulary: compileVocabulary(parseVocabulary(source.toString('utf8'))) };
}

/**
 * dist/spelling.json: the real English words one letter edit from a word a typo can be read as:
 * the content's words and the vocabulary's own ("canoe" is not a typo of "cane").
 */
export function makeSpelling(
  dir: string,
  english: ReadonlySet<string>,
  vocabulary: readonly string[] = makeVocabulary(dir).vocabulary.words,
): { real: string } {
  // One string, the words separated by spaces: it parses faster and packs smaller than a list.
  return {
    real: realNeighbours([...buildIndex(loadTopics(dir).topics).words.keys(), ...vocabulary], english).join(' '),
  };
}

/** The snapshot of `dir`; `code` is the hash of the code that makes it (scripts/build.mjs). */
export function makeSnapshot(dir: string, code: string): SnapshotParts {
  const { topics, skipped } = loadTopics(dir);
  const lexed = new Map(topics.map((t) => [t.id, t.sections.map((s) => JSON.stringify(lexMarkdown(s.markdown)))]));
  const { heads, bodies } = splitTopics(topics);
  return {
    snapshot: { code, files: stampFiles(dir), topics: heads, indexKey: topicsKey(topics) },
    bodies,
    lexed,
    skipped,
  };
}

/**
 * Write the search index of `dir` to `file`. Of each topic it keeps what ties it to the
 * snapshot's topics (id, title, file, headings), not what content.json already holds: the
 * package stays smaller.
 */
export async function writeSnapshotIndex(dir: string, file: string): Promise<void> {
  const { meta, data } = await scanFolder(dir);
  const topics = meta.topics.map(({ id, title, file, sections }) => ({
    id,
    title,
    summary: '',
    aliases: [],
    tags: [],
    related: [],
    reviewed: null,
    sources: [],
    questions: [],
    file,
    sections,
  }));
  writeIndexFile(file, { meta: { ...meta, topics }, data });
}
