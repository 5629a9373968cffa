// A folder's topic files read one after another, with the parser the caller gives: load.ts reads
// them through parse.ts; loadPlainFirst through parse-plain.ts alone until a file needs more.
// Apart from load.ts so that a folder of plain topics is read without starting parse.ts's
// js-yaml and zod: code the build's code cache does not hold (only the shipped topics train it),
// compiled and run at every `osteo topics` of such a folder (15-23 ms in CPU profiles).
import { realpathSync, statSync } from 'node:fs';
import { ContentError, OsteoError } from '../errors.js';
import { stampFrom, stampOf, topicFileNames, type FileStamp } from './files.js';
import { parsePlainTopic } from './parse-plain.js';
import { FileProblem } from './read-file.js';
import { readTopicStats } from './topic-file.js';
import type { Topic } from './types.js';

/** A topic file that was skipped, and why. */
export interface SkippedFile {
  file: string;
  problem: string;
}

export interface LoadResult {
  topics: Topic[];
  skipped: SkippedFile[];
}

export interface LoadOptions {
  /**
   * Read each file only up to the end of its front matter: the topics come without sections.
   * For listing a large library (`osteo topics`), where the bodies are most of the bytes.
   */
  frontMatterOnly?: boolean;
  /** Stamp each file as it is read (readTopicFiles' `stamps`); by default, yes. */
  stamps?: boolean;
  /**
   * Keep of each topic only what `osteo topics` lists: its id, title, summary, date and file; its
   * lists (aliases, tags, related, sources, questions, sections) come empty, and no `searches`.
   * Each file is still read and checked as without it, so the same files are skipped for the
   * same reasons. loadPlainFirst only.
   */
  listing?: boolean;
  /**
   * Called with the number of files before they are read (io/list-run.ts tunes V8 for listing a
   * large folder). loadPlainFirst only.
   */
  tune?: ((files: number) => void) | undefined;
}

/** A topic file's text → its topic; undefined when this parser cannot tell (the reading stops there). */
export type TopicParser = (text: string, file: string) => Topic | undefined;

/** The folder's real path and its topic file names; a ContentError if it cannot be listed. */
export function openTopicFolder(dir: string): { root: string; names: string[] } {
  const root = openFolder(dir);
  return { root, names: listTopicFiles(root, dir) };
}

/**
 * Read the topic files `names` of the folder `root` from `from` on, each through `parse` (see
 * load.ts readTopicFiles). `seen` has each id taken so far and its file: a later file with the
 * same id is skipped as a duplicate. `next` is where `parse` could not tell (its file neither
 * stamped nor skipped), or the end.
 */
export function readTopicsWith(
  root: string,
  names: readonly string[],
  options: LoadOptions,
  onTopic: (topic: Topic) => void,
  seen: Map<string, string>,
  parse: TopicParser,
  from = 0,
): { skipped: SkippedFile[]; stamps: FileStamp[]; seen: Map<string, string>; next: number } {
  const skipped: SkippedFile[] = [];
  const stamps: FileStamp[] = [];
  const stamping = options.stamps !== false;
  for (let i = from; i < names.length; i++) {
    const name = names[i] ?? '';
    // Set once the file is read: a file that then fails to parse keeps the stamp it was read with.
    let stamp: FileStamp | undefined;
    try {
      const { text, stats } = readTopicStats(root, name, options.frontMatterOnly === true);
      if (stamping) stamp = stampFrom(name, stats);
      const topic = parse(text, name);
      if (topic === undefined) return { skipped, stamps, seen, next: i };
      if (stamp) stamps.push(stamp);
      const first = seen.get(topic.id);
      if (first !== undefined) {
        skipped.push({ file: name, problem: `duplicate id "${topic.id}" (already used by ${first})` });
        continue;
      }
      seen.set(topic.id, name);
      onTopic(topic);
    } catch (error) {
      if (!(error instanceof OsteoError)) throw error;
      // Gone since the folder was listed: not a problem with the file, and nothing to stamp.
      if (error.cause instanceof FileProblem && error.cause.code === 'ENOENT') continue;
      const late = stamp ?? (stamping ? stampOf(root, name) : null);
      if (late) stamps.push(late);
      skipped.push({ file: name, problem: error.message });
    }
  }
  return { skipped, stamps, seen, next: names.length };
}

/**
 * readTopicsWith from the start, each file through parse-plain.ts until one is not plain, and
 * from that one on through parse.ts, loaded then: a folder of plain topics is read without
 * starting js-yaml and zod (parseTopic reads plain files as parsePlainTopic does;
 * tests/topics/parse-plain holds the two equal). For loadPlainFirst and a search's scan.
 */
export async function readPlainFirst(
  root: string,
  names: readonly string[],
  options: LoadOptions,
  onTopic: (topic: Topic) => void,
  seen: Map<string, string>,
): Promise<{ skipped: SkippedFile[]; stamps: FileStamp[] }> {
  const plain = readTopicsWith(root, names, options, onTopic, seen, parsePlainTopic);
  if (plain.next === names.length) return plain;
  const { parseTopic } = await import('./parse.js');
  const rest = readTopicsWith(root, names, options, onTopic, plain.seen, parseTopic, plain.next);
  return { skipped: [...plain.skipped, ...rest.skipped], stamps: [...plain.stamps, ...rest.stamps] };
}

/**
 * load.ts loadTopics, without stamps, the same topics (with `listing`, what the list shows of
 * them) and skipped files in the same order, read plain first (readPlainFirst).
 */
export async function loadPlainFirst(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const topics: Topic[] = [];
  const onTopic = options.listing
    ? (topic: Topic): void => {
        topics.push(listed(topic));
      }
    : (topic: Topic): void => {
        topics.push(topic);
      };
  const { root, names } = openTopicFolder(dir);
  options.tune?.(names.length);
  const { skipped } = await readPlainFirst(root, names, { ...options, stamps: false }, onTopic, new Map());
  return { topics, skipped };
}

// One empty list for every listed topic's lists; frozen, as it is shared.
const NONE = Object.freeze([]) as unknown as never[];

/**
 * The part of `topic` that `osteo topics` lists. Its lists are most of what a topic holds (an
 * array each, their items, a source's object): kept for the whole read of 10,000 topics, they
 * were copied by every young collection they outlived, and grew the heap page by page (a page
 * fault costs about 12 µs on the project's machine), for a list that never shows them. Dropped
 * as each topic is read, they die young: see ARCHITECTURE.md's speed table for what it saves.
 */
function listed(topic: Topic): Topic {
  const { id, title, summary, reviewed, file } = topic;
  return {
    id,
    title,
    summary,
    aliases: NONE,
    tags: NONE,
    related: NONE,
    reviewed,
    sources: NONE,
    questions: NONE,
    sections: NONE,
    file,
  };
}

/** Resolve the folder to its real path, or fail with a content error that says what is wrong. */
export function openFolder(dir: string): string {
  let stats;
  try {
    stats = statSync(dir);
  } catch (cause) {
    throw new ContentError(`Content folder not found: ${dir}`, {
      cause,
      hint: 'Check --content-dir or OSTEO_CONTENT_DIR.',
    });
  }
  if (!stats.isDirectory()) {
    throw new ContentError(`Content folder is not a folder: ${dir}`, {
      hint: 'Check --content-dir or OSTEO_CONTENT_DIR.',
    });
  }
  try {
    return realpathSync(dir);
  } catch (cause) {
    throw new ContentError(`Cannot read content folder: ${dir}`, { cause });
  }
}

function listTopicFiles(root: string, shown: string): string[] {
  try {
    return topicFileNames(root);
  } catch (cause) {
    throw new ContentError(`Cannot read content folder: ${shown}`, { cause });
  }
}
