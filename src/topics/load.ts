// The only file-system reader: a content folder → topics, plus a warning for every file skipped.
import { closeSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError, OsteoError } from '../errors.js';
import { topicFileNames } from './files.js';
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
  for (const name of listTopicFiles(root, dir)) {
    try {
      const topic = parseTopic(readTopicFile(root, name, options.frontMatterOnly === true), name);
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

/** The bytes of a file up to the end of its front matter block (the whole file if it has none in reach). */
function readHead(path: string, size: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    // Not zero-filled (a tenth of listing 10,000 topics): only the bytes read are looked at.
    const buffer = Buffer.allocUnsafe(Math.min(size, HEAD_BYTES));
    const head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    // The closing fence: a "---" line after the opening one (at byte 3, or 6 after a BOM).
    const close = head.indexOf('\n---', 3);
    if (close >= 0) {
      const lineEnd = head.indexOf('\n', close + 4);
      return head.subarray(0, lineEnd >= 0 ? lineEnd + 1 : head.length);
    }
    return head.length >= size ? head : readFileSync(path);
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

function listTopicFiles(root: string, shown: string): string[] {
  try {
    return topicFileNames(root);
  } catch (cause) {
    throw new ContentError(`Cannot read content folder: ${shown}`, { cause });
  }
}

// Enough for any real front matter; a longer one is read with the rest of the file.
const HEAD_BYTES = 16 * 1024;
// One decoder for every file: decode() without { stream } keeps no state between calls.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function readTopicFile(root: string, name: string, headOnly = false): string {
  const path = join(root, name);
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
  if (stats.size > MAX_TOPIC_BYTES) throw new ContentError(`larger than ${MAX_TOPIC_BYTES / 1024 / 1024} MB`);
  let bytes: Buffer;
  try {
    bytes = headOnly ? readHead(path, stats.size) : readFileSync(path);
  } catch (cause) {
    throw new ContentError('cannot be read', { cause });
  }
  if (bytes.includes(0)) throw new ContentError('looks like a binary file');
  try {
    return UTF8.decode(bytes);
  } catch (cause) {
    throw new ContentError('is not valid UTF-8 text', { cause });
  }
}
