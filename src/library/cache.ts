// The cache: after a search reads a large folder that has no index of its own, its index goes
// into the user's cache folder (XDG_CACHE_HOME, else ~/.cache; `osteo/index-<hash of the folder's
// real path>`), so the next search reads that instead of every file. Never in the content
// folder. Used only while it is for this folder and every topic file's stamp holds; a copy that
// is corrupt, foreign (another folder, another version) or stale is ignored, quietly, and the
// files are read. Safe to delete at any time; OSTEO_CACHE=0 turns it off. The folder itself must
// be this user's and not writable by others, or the cache is not used at all.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { IndexDoubt } from '../search/format.js';
import type { SearchIndex } from '../search/memory-index.js';
import { indexView } from '../search/view.js';
import { stampsHold } from '../topics/files.js';
import { FileProblem } from '../topics/read-file.js';
import { readIndexFile, writeIndexFile } from './index-file.js';
import type { Library } from './open.js';
import { hydrate } from './hydrate.js';
import type { ScannedFolder } from './scan.js';

/** Folders smaller than this are read fast enough without: no cache file for them. */
export const CACHE_MIN_TOPICS = 500;

function cacheFile(cacheDir: string, root: string): string {
  return join(cacheDir, `index-${createHash('sha256').update(root).digest('hex').slice(0, 32)}`);
}

/** Whether `dir` is a folder of this user's that no one else can write (or it does not exist yet). */
function ours(dir: string): boolean {
  try {
    const stats = lstatSync(dir);
    // -1 where the system has no user ids (Windows).
    const uid = userInfo().uid;
    return stats.isDirectory() && (uid === -1 || stats.uid === uid) && (stats.mode & 0o022) === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * The library from the cached index of the folder `root`, when there is a sound, current one.
 * `eager`: every topic's record is read and checked now (for a command that lists them all,
 * with no fallback of its own); else when first used, and a search falls back if one is bad.
 */
export function openCachedIndex(cacheDir: string, root: string, eager = false): Library | null {
  if (!ours(cacheDir)) return null;
  let file;
  try {
    file = readIndexFile(cacheFile(cacheDir, root));
  } catch (error) {
    if (error instanceof FileProblem || error instanceof IndexDoubt) return null;
    throw error;
  }
  try {
    if (file.meta.folder !== root || !stampsHold(root, file.meta.files))
      throw new IndexDoubt('not this folder as it is now');
    if (eager) file.readAll();
  } catch {
    file.close();
    return null;
  }
  // Made when a search asks (see folder-index.ts): it cannot fail.
  let index: SearchIndex | undefined;
  return {
    from: 'cache',
    topics: file.meta.topics,
    skipped: file.meta.skipped,
    notes: [],
    index: () => Promise.resolve((index ??= indexView(file.data, file.meta.topics, file.meta.numbers))),
    hydrate: (docs) => hydrate(root, file.meta.files, docs),
    close: () => file.close(),
  };
}

/** Keep the index of a folder just read, for the next search; any failure only means no cache. */
export function saveToCache(cacheDir: string, scanned: ScannedFolder): void {
  if (scanned.topics.length < CACHE_MIN_TOPICS) return;
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    if (!ours(cacheDir)) return;
    writeIndexFile(cacheFile(cacheDir, scanned.root), {
      meta: { ...scanned.meta, folder: scanned.root },
      data: scanned.data,
    });
  } catch {
    // A read-only home, a full disk, Node's permission model: the cache is only a help.
  }
}
