// The only file-system reader: a content folder → topics, plus a warning for every file skipped.
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError, OsteoError } from '../errors.js';
import { topicFileEntries, type TopicFileEntry } from './files.js';
import { parseTopic } from './parse.js';
import type { Topic } from './types.js';

/** Topic files larger than this are skipped: real topics are a few KB, and a huge file is a mistake. */
export const MAX_TOPIC_BYTES = 1024 * 1024;

/** A topic file that was skipped, and why. */
export interface SkippedFile {
  file: string;
  problem: string;
}

export interface LoadResult {
  topics: Topic[];
  skipped: SkippedFile[];
}

/**
 * Read every `*.md` topic in `dir` (not recursive). Symlinks are followed only when their target
 * is a file inside the same folder, so a shared folder cannot make osteo read elsewhere.
 */
export interface LoadOptions {
  /**
   * Read each file only up to the end of its front matter: the topics come without sections.
   * For listing a large library (`osteo topics`), where the bodies are most of the bytes.
   */
  frontMatterOnly?: boolean;
}

export function loadTopics(dir: string, options: LoadOptions = {}): LoadResult {
  const root = openFolder(dir);
  const skipped: SkippedFile[] = [];
  const topics: Topic[] = [];
  const seen = new Map<string, string>();
  for (const { name, plainFile } of listTopicFiles(root, dir)) {
    try {
      const topic = parseTopic(readTopicFile(root, name, options.frontMatterOnly === true, plainFile), name);
      const first = seen.get(topic.id);
      if (first !== undefined) {
        skipped.push({ file: name, problem: `duplicate id "${topic.id}" (already used by ${first})` });
        continue;
      }
      seen.set(topic.id, name);
      topics.push(topic);
    } catch (error) {
      if (!(error instanceof OsteoError)) throw error;
      skipped.push({ file: name, problem: error.message });
    }
  }
  return { topics, skipped };
}

/**
 * Just the topic whose file is `<id>.md`, when that file exists and has that id; else null (the
 * caller then loads the whole folder). `osteo explain <id>` on a library of thousands of topics
 * reads one file this way.
 */
export function loadTopicById(dir: string, id: string): Topic | null {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return null;
  const root = openFolder(dir);
  const name = `${id}.md`;
  try {
    const topic = parseTopic(readTopicFile(root, name), name);
    return topic.id === id ? topic : null;
  } catch (error) {
    if (error instanceof OsteoError || (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The text of one topic file of `dir`, read through the same checks as loadTopics (osteo check lints a file that did not load). */
export function readTopicText(dir: string, name: string): string {
  return readTopicFile(openFolder(dir), name);
}

/**
 * The bytes of a file up to the end of its front matter block (the whole file if it has none in
 * reach). A file that fills the first read is checked against the size limit before anything
 * of it is used.
 */
function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = HEAD.subarray(0, readSync(fd, HEAD, 0, HEAD.length, 0));
    if (head.length === HEAD.length && fstatSync(fd).size > MAX_TOPIC_BYTES) tooLarge();
    // The closing fence: a "---" line after the opening one (at byte 3, or 6 after a BOM).
    const close = head.indexOf('\n---', 3);
    if (close >= 0) {
      const lineEnd = head.indexOf('\n', close + 4);
      // A copy: HEAD is read into again for the next file.
      return Buffer.from(head.subarray(0, lineEnd >= 0 ? lineEnd + 1 : head.length));
    }
    return head.length < HEAD.length ? Buffer.from(head) : readFileSync(path);
  } finally {
    closeSync(fd);
  }
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
    throw new ContentError(`Content folder is not a folder: ${dir}`, { hint: 'Check --content-dir or OSTEO_CONTENT_DIR.' });
  }
  return realpathSync(dir);
}

function listTopicFiles(root: string, shown: string): TopicFileEntry[] {
  try {
    return topicFileEntries(root);
  } catch (cause) {
    throw new ContentError(`Cannot read content folder: ${shown}`, { cause });
  }
}

// Enough for any real front matter; a longer one is read with the rest of the file. One buffer,
// read into for each file in turn: a fresh one per file was a tenth of listing 10,000 topics.
const HEAD = Buffer.alloc(16 * 1024);
// One decoder for every file: decode() without { stream } keeps no state between calls.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function readTopicFile(root: string, name: string, headOnly = false, plainFile = false): string {
  const path = join(root, name);
  let bytes: Buffer;
  if (headOnly && plainFile) {
    // The folder listing already said it is a plain file (not a link): no lstat. readHead checks
    // the size of any file too long to read whole; a shorter one is under the limit anyway.
    bytes = readOrExplain(() => readHead(path));
  } else {
    checkBeforeReading(root, path);
    bytes = readOrExplain(() => (headOnly ? readHead(path) : readFileSync(path)));
  }
  if (bytes.includes(0)) throw new ContentError('looks like a binary file');
  try {
    return UTF8.decode(bytes);
  } catch (cause) {
    throw new ContentError('is not valid UTF-8 text', { cause });
  }
}

/** The checks before reading a topic file: a link must stay in the folder; the file must be regular and under the size limit. */
function checkBeforeReading(root: string, path: string): void {
  const link = lstatSync(path);
  if (link.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch (cause) {
      throw new ContentError('broken or looping symlink', { cause });
    }
    const inside = relative(root, target);
    if (inside.startsWith('..') || inside.includes(sep) || inside === '') {
      throw new ContentError('symlink points outside the content folder');
    }
  }
  // A plain file's lstat is its stat: one system call fewer per file.
  const stats = link.isSymbolicLink() ? statSync(path) : link;
  if (!stats.isFile()) throw new ContentError('not a regular file');
  if (stats.size > MAX_TOPIC_BYTES) tooLarge();
}

function tooLarge(): never {
  throw new ContentError(`larger than ${MAX_TOPIC_BYTES / 1024 / 1024} MB`);
}

function readOrExplain(read: () => Buffer): Buffer {
  try {
    return read();
  } catch (error) {
    if (error instanceof OsteoError) throw error;
    throw new ContentError('cannot be read', { cause: error });
  }
}
