// The file-system reader of topic folders: a content folder → topics, plus a warning for every
// file skipped, and the stamp of every file as it was read (for an index of the folder).
import { realpathSync, statSync } from 'node:fs';
import { ContentError, OsteoError } from '../errors.js';
import { stampFrom, stampOf, topicFileNames, type FileStamp } from './files.js';
import { TOPIC_ID } from './names.js';
import { parseTopic } from './parse.js';
import { FileProblem } from './read-file.js';
import { readTopicFile, readTopicStats } from './topic-file.js';
import type { Topic } from './types.js';

export { MAX_TOPIC_BYTES } from './topic-file.js';

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
}

/**
 * Read every `*.md` topic in `dir` (not recursive). Symlinks are followed only when their target
 * is a file inside the same folder, so a shared folder cannot make osteo read elsewhere.
 */
export function loadTopics(dir: string, options: LoadOptions = {}): LoadResult {
  const topics: Topic[] = [];
  const { root, names } = openTopicFolder(dir);
  // No stamps: nothing here keeps them (an array per file, live until the last file is read).
  const { skipped } = readTopicFiles(root, names, { ...options, stamps: false }, (topic) => topics.push(topic));
  return { topics, skipped };
}

/**
 * loadTopics a topic at a time: `onTopic` gets each topic as it is read, in name order. Also
 * gives the stamp of every file (from the descriptor it was read through, so a file changed
 * after it was read no longer matches), the real path of the folder, and its file names.
 */
export function readFolder(
  dir: string,
  options: LoadOptions,
  onTopic: (topic: Topic) => void,
): { skipped: SkippedFile[]; stamps: FileStamp[]; root: string; names: string[] } {
  const { root, names } = openTopicFolder(dir);
  return { ...readTopicFiles(root, names, options, onTopic), root, names };
}

/** The folder's real path and its topic file names; a ContentError if it cannot be listed. */
export function openTopicFolder(dir: string): { root: string; names: string[] } {
  const root = openFolder(dir);
  return { root, names: listTopicFiles(root, dir) };
}

/**
 * Read the topic files `names` of the folder `root` (see readFolder). `seen` has each id taken so
 * far and its file: a later file with the same id is skipped as a duplicate.
 */
export function readTopicFiles(
  root: string,
  names: readonly string[],
  options: LoadOptions,
  onTopic: (topic: Topic) => void,
  seen = new Map<string, string>(),
): { skipped: SkippedFile[]; stamps: FileStamp[]; seen: Map<string, string> } {
  const skipped: SkippedFile[] = [];
  const stamps: FileStamp[] = [];
  const stamping = options.stamps !== false;
  for (const name of names) {
    try {
      const { text, stats } = readTopicStats(root, name, options.frontMatterOnly === true);
      if (stamping) stamps.push(stampFrom(name, stats));
      const topic = parseTopic(text, name);
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
      const stamp = !stamping || stamps.at(-1)?.[0] === name ? undefined : stampOf(root, name);
      if (stamp) stamps.push(stamp);
      skipped.push({ file: name, problem: error.message });
    }
  }
  return { skipped, stamps, seen };
}

/**
 * Just the topic whose file is `<id>.md`, when that file exists and has that id; else null (the
 * caller then loads the whole folder). `osteo explain <id>` on a library of thousands of topics
 * reads one file this way.
 */
export function loadTopicById(dir: string, id: string): Topic | null {
  if (!TOPIC_ID.test(id)) return null;
  const root = openFolder(dir);
  const name = `${id}.md`;
  try {
    const topic = parseTopic(readTopicFile(root, name).text, name);
    return topic.id === id ? topic : null;
  } catch (error) {
    if (error instanceof OsteoError) return null;
    throw error;
  }
}

/** The text of one topic file of `dir`, read through the same checks as loadTopics (osteo check lints a file that did not load). */
export function readTopicText(dir: string, name: string): string {
  return readTopicFile(openFolder(dir), name).text;
}

/** Resolve the folder to its real path, or fail with a content error that says what is wrong. */
function openFolder(dir: string): string {
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
