// A folder's own index (`osteo index` writes it): used only while it is sound and every topic
// file is as it was when read for it; otherwise ignored, with one line that says why, and the
// files are read instead. Its topics come with headings only: hydrate reads the text of the
// sections a search shows, through loadTopics' checks.
import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { IndexDoubt } from '../search/format.js';
import type { SearchIndex } from '../search/memory-index.js';
import { indexView } from '../search/view.js';
import { stampsHold } from '../topics/files.js';
import { FileProblem } from '../topics/read-file.js';
import { readIndexFile, type IndexFile } from './index-file.js';
import type { Library } from './open.js';
import { hydrate } from './hydrate.js';

export const INDEX_FILE = '.osteo-index';

/**
 * The library from `dir`'s index; a note (why it was not used) when it has one osteo cannot use;
 * null when it has none. `eager`: every topic's record is read and checked now (for a command
 * that lists them all); else when first used, and a search that meets a bad one falls back.
 * `tune` is told how many topic files the index holds, once it is read, when `eager`
 * (io/list-run.ts).
 */
export function openFolderIndex(
  dir: string,
  shown: string,
  eager = false,
  tune?: (files: number) => void,
): Library | string | null {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return null;
  }
  let file: IndexFile;
  try {
    file = readIndexFile(join(root, INDEX_FILE));
  } catch (error) {
    if (
      error instanceof FileProblem &&
      (error.code === 'ENOENT' || (error.code === 'EACCES' && !visible(join(root, INDEX_FILE))))
    )
      return null;
    if (error instanceof FileProblem || error instanceof IndexDoubt) return ignoring(shown, error.message);
    throw error;
  }
  if (eager) tune?.(file.meta.files.names.length);
  if (!stampsHold(root, file.meta.files)) {
    file.close();
    return `osteo: the index in ${shown} is out of date (topic files changed since it was made); reading the files. Run 'osteo index' on the folder to update it.`;
  }
  try {
    if (eager) file.readAll();
    return libraryOf(root, file);
  } catch (error) {
    file.close();
    if (error instanceof IndexDoubt) return ignoring(shown, error.message);
    throw error;
  }
}

/** Whether `path` can be seen at all: in a folder that can be listed but not searched, nothing can. */
function visible(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The one line that says an index was not used, and why. */
export function ignoring(shown: string, why: string): string {
  return `osteo: ignoring the index in ${shown} (${INDEX_FILE}: ${why}); reading the files.`;
}

function libraryOf(root: string, file: IndexFile): Library {
  const { topics } = file.meta;
  // Made when a search asks (`osteo topics` does not): the topics' records are read and
  // checked as they are used (search/stored-topic.ts), so making it cannot fail.
  let index: SearchIndex | undefined;
  return {
    from: 'index',
    topics,
    skipped: file.meta.skipped,
    notes: [],
    index: () => Promise.resolve((index ??= indexView(file.data, topics, file.meta.numbers))),
    hydrate: (docs) => hydrate(root, file.meta.files, docs),
    close: () => file.close(),
  };
}
