// The shipped content, parsed, lexed and indexed at build time, so the CLI starts without a YAML
// parser, a schema library or marked's lexer: the topics (dist/content.json, their heads, and
// dist/content-bodies.json, their bodies, read when first asked for: snapshot-bodies.ts), each topic's
// lexed sections (dist/lexed/<id>.json, read only for a topic that is shown) and the search
// index (dist/search.index, the same format as a folder's index), with the real English words
// near the content's words (dist/spelling.json: a search never reads them as typos). Used only
// while every topic file is exactly as the build saw it, and only by the code the snapshot was
// made with (its `code` is a hash of the code that makes it, which the build gives the CLI
// too); otherwise the CLI reads the folder as usual. Any of its files missing or damaged: the same.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchIndex } from '../search/memory-index.js';
import { topicFileNames } from '../topics/files.js';
import { lstatNumbers } from '../io/lstat-numbers.js';
import { fnv1a } from './hash.js';
import type { Section } from '../topics/types.js';
import type { Library } from './open.js';
import { lazyWordSet, type WordSet } from '../search/word-set.js';
import { withLazyBodies, type TopicHead } from './snapshot-bodies.js';

export interface FileStamp {
  name: string;
  size: number;
  hash: number;
}

/** dist/content.json. */
export interface Snapshot {
  /** A hash of the code that made it: a snapshot is used only by CLI code built with the same. */
  code: string;
  files: FileStamp[];
  /** Each topic but its body, which is in dist/content-bodies.json, of `bodiesSize` bytes. */
  topics: TopicHead[];
  bodiesSize: number;
  /** The topics dist/search.index is of (shipped-index.ts topicsKey); absent, the topics themselves are compared. */
  indexKey?: number;
}

export interface SnapshotFiles {
  /** dist/content.json */
  topics: string;
  /** dist/content-bodies.json: the topics' bodies, in the same order. */
  bodies: string;
  /** dist/search.index: the index of the same topics. */
  index: string;
  /** dist/lexed: <id>.json per topic, its sections' lexed tokens, in order. */
  lexed: string;
  /** dist/spelling.json: real English words one letter from a content word. */
  spelling: string;
  /** The hash of the code that makes a snapshot, as the build gave it to this code; none, no snapshot. */
  code: string | undefined;
}

/** Name, size and a hash of each topic file, to tell whether a snapshot still holds. */
export function stampFiles(dir: string): FileStamp[] {
  return topicFileNames(dir).map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, size: bytes.length, hash: fnv1a(bytes) };
  });
}

/** The real English words near the content's words (dist/spelling.json), read on first use. */
function lazyWords(file: string): WordSet {
  return lazyWordSet(() => {
    try {
      // The words separated by spaces (scripts/snapshot.ts makeSpelling).
      const list = (JSON.parse(readFileSync(file, 'utf8')) as { real?: unknown }).real;
      return typeof list === 'string' ? list.split(' ') : [];
    } catch {
      return [];
    }
  });
}

/** The snapshot's topics if `files.topics` matches `dir` file for file, made by this code; null otherwise. */
export function readSnapshot(files: SnapshotFiles, dir: string): Library | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(files.topics, 'utf8')) as Snapshot;
    if (files.code === undefined || snapshot.code !== files.code || !holds(snapshot, files.topics, dir)) return null;
    // The bodies' file as the build wrote it, by its size: a missing, cut or planted file means
    // no snapshot, as a damaged content.json does. Its contents are checked when first read.
    const bodies = lstatNumbers(files.bodies);
    if (!bodies || bodies.symlink || bodies.size !== snapshot.bodiesSize) return null;
  } catch {
    return null;
  }
  // Each section of a body read, by its place: the lexed side table's key (lexedSections).
  const places = new Map<Section, { id: string; i: number }>();
  const topics = withLazyBodies(snapshot.topics, files.bodies, snapshot.bodiesSize, (topic, body) => {
    body.sections.forEach((section, i) => places.set(section, { id: topic.id, i }));
  });
  const indexKey = typeof snapshot.indexKey === 'number' ? snapshot.indexKey : undefined;
  let index: SearchIndex | undefined;
  let close: (() => void) | undefined;
  return {
    from: 'snapshot',
    topics,
    skipped: [],
    notes: [],
    // Read when a search first asks for it: other commands never load the index code.
    index: async () => {
      if (!index) {
        const { openShippedIndex, topicsKey } = await import('./shipped-index.js');
        const opened = openShippedIndex(files.index, topics, indexKey ?? topicsKey(topics));
        // Set on the view itself, not spread into a copy: a spread runs the `words` getter,
        // which builds the map of every content word that only a typo needs (about 1.5 ms).
        index = opened.index;
        index.realWords = lazyWords(files.spelling);
        close = opened.close;
      }
      return index;
    },
    lexed: lexedSections(places, files.lexed),
    close: () => close?.(),
  };
}

/**
 * A side table of each section's lexed tokens, read from `folder` when a section of a topic is
 * first rendered; `places` has each section of the bodies read so far. Unreadable, or a section not
 * there, and the renderer lexes the Markdown itself (slower, the same output).
 */
function lexedSections(
  places: ReadonlyMap<Section, { id: string; i: number }>,
  folder: string,
): (section: Section) => string | undefined {
  const read = new Map<string, unknown[]>();
  return (section) => {
    const at = places.get(section);
    if (!at) return undefined;
    let list = read.get(at.id);
    if (!list) {
      try {
        list = JSON.parse(readFileSync(join(folder, `${at.id}.json`), 'utf8')) as unknown[];
      } catch {
        list = [];
      }
      read.set(at.id, list);
    }
    const tokens = list[at.i];
    return typeof tokens === 'string' ? tokens : undefined;
  };
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
    // lstat's numbers, without a Stats object per file (io/lstat-numbers.ts). A symlink's own
    // size is not its file's: the snapshot is then not used, and the folder is read as usual.
    const stats = lstatNumbers(join(dir, name));
    const stamp = snapshot.files[i];
    if (!stats || stats.symlink || stamp?.name !== name || stamp.size !== stats.size) return false;
    if (stats.mtimeMs > built) older = false;
  }
  if (older) return true;
  const now = stampFiles(dir);
  return snapshot.files.every((f, i) => now[i]?.hash === f.hash);
}
