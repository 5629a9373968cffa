// The file-system reader of topic folders: a content folder → topics, plus a warning for every
// file skipped, and the stamp of every file as it was read (for an index of the folder).
import { OsteoError } from '../errors.js';
import type { FileStamp } from './files.js';
import { TOPIC_ID } from './names.js';
import { parseTopic } from './parse.js';
import {
  openFolder,
  openTopicFolder,
  readTopicsWith,
  type LoadOptions,
  type LoadResult,
  type SkippedFile,
} from './read-topics.js';
import { readTopicFile } from './topic-file.js';
import type { Topic } from './types.js';

export { MAX_TOPIC_BYTES } from './topic-file.js';

export { openTopicFolder, type LoadOptions, type LoadResult, type SkippedFile } from './read-topics.js';

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
  const { skipped, stamps } = readTopicsWith(root, names, options, onTopic, seen, parseTopic);
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
