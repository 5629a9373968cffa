// A folder read once into an index in memory: how search answers from a folder with no index
// (or an index in doubt), and what `osteo index` writes. Each topic is indexed as it is read and
// its text let go, so a library of 10,000 topics never sits in memory whole; the sections a
// search shows are read again (hydrate.ts), and must be as they were. A large folder is read on
// several threads (parallel.ts), each a run of its files, and the parts joined (search/merge.ts).
import { dataOf, IndexBuilder, type IndexData, type IndexParts } from '../search/builder.js';
import { mergeParts } from '../search/merge.js';
import type { IndexMeta } from '../search/meta.js';
import { packStamps, type FileStamp } from '../topics/files.js';
import {
  openTopicFolder,
  readPlainFirst,
  readTopicsWith,
  type SkippedFile,
  type TopicParser,
} from '../topics/read-topics.js';
import type { Topic } from '../topics/types.js';

export interface ScannedFolder {
  /** The folder's real path. */
  root: string;
  /** The topics, with their sections' headings; their text only with `keepText`. */
  topics: Topic[];
  skipped: SkippedFile[];
  meta: IndexMeta;
  data: IndexData;
  /** The patterns the text was read through, if any: the index is sound for what they cover only. */
  patterns?: readonly string[];
}

/** A run of a folder's files, read and indexed (on this thread or a worker's). */
export interface ScannedPart {
  topics: Topic[];
  skipped: SkippedFile[];
  stamps: FileStamp[];
  /** Each id taken, and its file. */
  seen: [string, string][];
  parts: IndexParts;
}

/** How to read a large folder on several threads (see parallel.ts); none: on this one. */
export interface Threads {
  /** bin/scan-worker.js */
  script: string;
  /** How many threads, this one included; default: one per CPU core, up to 4. */
  count?: number | undefined;
}

/** Tunes V8 while a folder of `files` files is read on this thread; what restores it (io/scan-run.ts). */
export type ScanTuning = (files: number) => (() => void) | null;

/**
 * Read and index every topic of `dir`, on several threads if `threads` allows and it is large.
 * With patterns (`select` says which, told how many files there are), section text counts only
 * the words that hold one (search/select-words.ts). `tune`, if given, while this thread reads.
 */
export async function scanFolder(
  dir: string,
  keepText = false,
  threads?: Threads,
  select?: (files: number) => Promise<readonly string[] | undefined>,
  tune?: ScanTuning,
): Promise<ScannedFolder> {
  const { root, names } = openTopicFolder(dir);
  const patterns = await select?.(names.length);
  const scanned = await scanNames(root, names, keepText, threads, patterns, tune);
  if (patterns) scanned.patterns = patterns;
  return scanned;
}

async function scanNames(
  root: string,
  names: readonly string[],
  keepText: boolean,
  threads: Threads | undefined,
  patterns: readonly string[] | undefined,
  tune: ScanTuning | undefined,
): Promise<ScannedFolder> {
  const runs = threads
    ? await (await import('./parallel.js')).scanOnThreads(root, names, keepText, threads, patterns)
    : null;
  // Two runs with a topic of the same id: the later one must be skipped as a duplicate, as one
  // reader would. Rare enough to read the folder again, on this thread.
  if (runs && !hasDuplicates(runs)) return joinRuns(root, runs);
  // Only around this thread's own reading: workers (above) check the bundle's code cache
  // against V8's flags as they start.
  const restore = tune?.(names.length) ?? null;
  try {
    return joinRuns(root, [await scanPlainFirst(root, names, keepText, patterns)]);
  } finally {
    restore?.();
  }
}

/** scanFolder on this thread only, every file through `parse` (parse.ts parseTopic, say). */
export function scanHere(dir: string, parse: TopicParser, keepText = false): ScannedFolder {
  const { root, names } = openTopicFolder(dir);
  return joinRuns(root, [scanPart(root, names, keepText, parse)]);
}

function joinRuns(root: string, runs: readonly ScannedPart[]): ScannedFolder {
  const topics = runs.flatMap((r) => r.topics);
  const skipped = runs.flatMap((r) => r.skipped);
  const files = runs.flatMap((r) => r.stamps);
  const data = dataOf(mergeParts(runs.map((r) => r.parts)));
  return { root, topics, skipped, meta: { files: packStamps(files), skipped, topics }, data };
}

/**
 * Read and index the files `names` of the folder `root` (through `patterns`, if given), each
 * through `parse` (parse.ts parseTopic: a worker's run, parallel.ts).
 */
export function scanPart(
  root: string,
  names: readonly string[],
  keepText: boolean,
  parse: TopicParser,
  patterns?: readonly string[],
): ScannedPart {
  const part = partBuilder(keepText, patterns);
  const { skipped, stamps } = readTopicsWith(root, names, {}, part.add, part.seen, parse);
  return part.finish(skipped, stamps);
}

/**
 * scanPart on this thread, read plain first (topics/read-topics.ts readPlainFirst): a folder of
 * plain topics is read without starting js-yaml and zod, code the build's code cache does not
 * hold (only the shipped topics train it).
 */
async function scanPlainFirst(
  root: string,
  names: readonly string[],
  keepText: boolean,
  patterns: readonly string[] | undefined,
): Promise<ScannedPart> {
  const part = partBuilder(keepText, patterns);
  const { skipped, stamps } = await readPlainFirst(root, names, {}, part.add, part.seen);
  return part.finish(skipped, stamps);
}

/** The index and topics of a run of files, a topic at a time; `seen` for readTopicsWith. */
function partBuilder(keepText: boolean, patterns: readonly string[] | undefined) {
  const builder = new IndexBuilder(patterns);
  const topics: Topic[] = [];
  const seen = new Map<string, string>();
  return {
    seen,
    add: (topic: Topic): void => {
      builder.add(topic);
      topics.push(keepText ? topic : detached(topic));
    },
    finish: (skipped: SkippedFile[], stamps: FileStamp[]): ScannedPart => ({
      topics,
      skipped,
      stamps,
      seen: [...seen],
      parts: builder.finishParts(),
    }),
  };
}

/**
 * The topic without its sections' text, every string its own copy. A string cut from a larger
 * one (a heading from the file's text, a title from its front matter) keeps the whole text alive
 * in V8: 10,000 topics' headings held 60 MB of file text. Copying them lets each file go.
 */
function detached(topic: Topic): Topic {
  return {
    id: own(topic.id),
    title: own(topic.title),
    summary: own(topic.summary),
    aliases: topic.aliases.map(own),
    tags: topic.tags.map(own),
    related: topic.related.map(own),
    reviewed: topic.reviewed === null ? null : own(topic.reviewed),
    sources: topic.sources.map((s) => ({ title: own(s.title), url: own(s.url) })),
    questions: topic.questions.map(own),
    file: topic.file,
    sections: topic.sections.map((s) => ({ heading: own(s.heading), markdown: '' })),
  };
}

// Concatenated then cut, a string is rebuilt from its own characters; V8 makes strings under 13
// characters copies anyway.
const own = (s: string): string => (s.length < 13 ? s : `${s} `.slice(0, -1));

function hasDuplicates(runs: readonly ScannedPart[]): boolean {
  const ids = new Set<string>();
  for (const run of runs) {
    for (const [id] of run.seen) {
      if (ids.has(id)) return true;
      ids.add(id);
    }
  }
  return false;
}
