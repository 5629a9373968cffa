// The only file-system reader: a content folder → topics, plus a warning for every file skipped.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError, OsteoError } from '../errors.js';
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
export function loadTopics(dir: string): LoadResult {
  const root = openFolder(dir);
  const skipped: SkippedFile[] = [];
  const topics: Topic[] = [];
  const seen = new Map<string, string>();
  for (const name of listTopicFiles(root, dir)) {
    try {
      const topic = parseTopic(readTopicFile(root, name), name);
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
    return readdirSync(root)
      .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
      .sort();
  } catch (cause) {
    throw new ContentError(`Cannot read content folder: ${shown}`, { cause });
  }
}

function readTopicFile(root: string, name: string): string {
  const path = join(root, name);
  if (lstatSync(path).isSymbolicLink()) {
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
  const stats = statSync(path);
  if (!stats.isFile()) throw new ContentError('not a regular file');
  if (stats.size > MAX_TOPIC_BYTES) throw new ContentError(`larger than ${MAX_TOPIC_BYTES / 1024 / 1024} MB`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new ContentError('cannot be read', { cause });
  }
  if (bytes.includes(0)) throw new ContentError('looks like a binary file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ContentError('is not valid UTF-8 text', { cause });
  }
}
