// The shipped content, parsed and lexed at build time, so the CLI starts without a YAML parser,
// a schema library or marked's lexer: the topics (dist/content.json), each topic's lexed
// sections (dist/lexed/<id>.json, read only for a topic that is shown) and the search index
// (dist/search-index.json), so search starts without tokenizing and stemming every section.
// Used only while every topic file is still exactly as the build saw it (same names, sizes and
// contents); any change, and the CLI parses the folder as usual.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchIndex } from '../search/index.js';
import { unpackIndex, type PackedIndex } from '../search/packed.js';
import { topicFileNames } from '../topics/files.js';
import { fnv1a } from './hash.js';
import type { LoadResult } from '../topics/load.js';
import type { Topic } from '../topics/types.js';

export const SNAPSHOT_VERSION = 3;

export interface FileStamp {
  name: string;
  size: number;
  hash: number;
}

export interface Snapshot {
  version: number;
  files: FileStamp[];
  topics: Topic[];
}

/** The real English words near the content's words (dist/spelling.json), read on first use. */
function lazyWords(file: string): { has(word: string): boolean } {
  let words: Set<string> | undefined;
  return {
    has: (word) => {
      if (!words) {
        try {
          const list = (JSON.parse(readFileSync(file, 'utf8')) as { real?: unknown }).real;
          words = new Set(Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : []);
        } catch {
          words = new Set();
        }
      }
      return words.has(word);
    },
  };
}

export interface SnapshotFiles {
  /** dist/content.json */
  topics: string;
  /** dist/search-index.json: the PackedIndex of the same topics. */
  index: string;
  /** dist/lexed: <id>.json per topic, its sections' lexed tokens (Section.lexed), in order. */
  lexed: string;
  /** dist/spelling.json: real English words one letter from a content word. */
  spelling: string;
}

/** The snapshot's topics, and its search index read when first asked for. */
export interface SnapshotResult extends LoadResult {
  index(): SearchIndex;
}

/** Name, size and a hash of each topic file, to tell whether a snapshot still holds. */
export function stampFiles(dir: string): FileStamp[] {
  return topicFileNames(dir).map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, size: bytes.length, hash: fnv1a(bytes) };
  });
}


/** The snapshot's topics if `files.topics` matches `dir` file for file; null otherwise. */
export function readSnapshot(files: SnapshotFiles, dir: string): SnapshotResult | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(files.topics, 'utf8')) as Snapshot;
    if (snapshot.version !== SNAPSHOT_VERSION || !holds(snapshot, files.topics, dir)) return null;
  } catch {
    return null;
  }
  const { topics } = snapshot;
  for (const topic of topics) attachLexed(topic, join(files.lexed, `${topic.id}.json`));
  let index: SearchIndex | undefined;
  return {
    topics,
    skipped: [],
    index: () => (index ??= { ...unpackIndex(JSON.parse(readFileSync(files.index, 'utf8')) as PackedIndex, topics), realWords: lazyWords(files.spelling) }),
  };
}

/**
 * Each section's `lexed`, read from `file` when a section of the topic is first rendered. Not
 * enumerable: it is a shortcut for the renderer, not part of the topic. Unreadable, and the
 * renderer lexes the Markdown itself (slower, the same output).
 */
function attachLexed(topic: Topic, file: string): void {
  let lexed: (string | undefined)[] | undefined;
  const read = (): (string | undefined)[] => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as string[];
    } catch {
      return [];
    }
  };
  topic.sections.forEach((section, i) => {
    Object.defineProperty(section, 'lexed', { get: () => (lexed ??= read())[i], enumerable: false, configurable: true });
  });
}

/**
 * Whether the topic files are the ones the snapshot was made from. The same names and sizes,
 * each file no newer than the snapshot, is enough: an edit after the build makes the file newer.
 * Otherwise the contents decide (hashing is slower): npm gives every packed file the same
 * time, and a checkout can touch files without changing them.
 */
function holds(snapshot: Snapshot, snapshotFile: string, dir: string): boolean {
  const names = topicFileNames(dir);
  if (names.length !== snapshot.files.length) return false;
  const built = statSync(snapshotFile).mtimeMs;
  let older = true;
  for (const [i, name] of names.entries()) {
    const stats = statSync(join(dir, name));
    const stamp = snapshot.files[i];
    if (stamp?.name !== name || stamp.size !== stats.size) return false;
    if (stats.mtimeMs > built) older = false;
  }
  if (older) return true;
  const now = stampFiles(dir);
  return snapshot.files.every((f, i) => now[i]?.hash === f.hash);
}
