// Where a command's topics come from: the one place that decides. The build's snapshot for the
// shipped folder while it is unchanged; a folder's own index (osteo index) for search and
// topics while it holds; for search otherwise, one pass over the files that indexes as it reads
// (scan.ts): in full when the cache will keep it, else for the query's words alone
// (search/partial.ts); one file for `explain <id>`; front matter only for `topics`; else every
// file parsed.
// The choice rests on what the folder is (its real path, its files), never on how it was spelled.
import { realpathSync } from 'node:fs';
import type { SearchIndex, SectionDoc } from '../search/memory-index.js';
import type { LoadResult } from '../topics/load.js';
import type { Section } from '../topics/types.js';
import { readSnapshot, type SnapshotFiles } from './snapshot.js';

export interface LibraryNeeds {
  /** A topic id the command may need alone (explain): just `<id>.md` is read when it exists. */
  only?: string | undefined;
  /** Front matter is enough (topics): the bodies of large folders are not read. */
  frontMatterOnly?: boolean | undefined;
  /** Only what `osteo topics` lists of each topic read from the files (topics/read-topics.ts `listing`). */
  listing?: boolean | undefined;
  /** The folder's index will do (search, topics), if it has a sound and current one. */
  indexed?: boolean | undefined;
  /** A search index is wanted (search): the folder is indexed as it is read. */
  search?: boolean | undefined;
  /** Read every file and keep its text: the last resort when an index proved wrong mid-search. */
  keepText?: boolean | undefined;
  /**
   * The patterns of one query's words (search/partial.ts), made only if a scan needs them: the
   * scan then reads the text for those words alone, and its index answers for nothing else.
   */
  patterns?: (() => Promise<readonly string[]>) | undefined;
  /** What the folder holds was said already (its skipped files, notes, tips): not again. */
  quiet?: boolean | undefined;
}

export interface Library extends LoadResult {
  /** Where the topics came from: the build's snapshot, the folder's index, a scan, or the files. */
  from: 'snapshot' | 'index' | 'cache' | 'scan' | 'files';
  /** A ready search index of `topics`, when there is one. */
  index?: (() => Promise<SearchIndex>) | undefined;
  /**
   * Read the text of these sections, when `topics` hold headings only (from an index or a scan).
   * Throws IndexDoubt when a file is no longer as it was indexed.
   */
  hydrate?: ((docs: readonly SectionDoc[]) => Promise<void>) | undefined;
  /** Lines for stderr, said once: an index that was not used, and why. */
  notes: string[];
  /** marked's tokens of a section, made at build time (the snapshot): rendering skips the lexer. */
  lexed?: ((section: Section) => string | undefined) | undefined;
  /** Let go of any open file (an index's postings). */
  close?: (() => void) | undefined;
  /** Keep what was read for the next search (the cache), once the answer is out. */
  save?: (() => void) | undefined;
}

export interface LibraryPlaces {
  /** The shipped content folder. */
  shipped: string;
  /** The build's snapshot of it. */
  snapshot: SnapshotFiles;
  /** bin/scan-worker.js, when large folders may be read on several threads. */
  worker?: string | undefined;
  /** How many threads (OSTEO_THREADS); default: one per idle core, up to 4 (parallel.ts). */
  threads?: number | undefined;
  /** The cache folder (cache.ts), unless OSTEO_CACHE=0 or there is no home to keep it in. */
  cache?: string | undefined;
  /** Tunes V8 while a folder of so many files is read on this thread (io/scan-run.ts, scan.ts). */
  tuneScan?: ((files: number) => (() => void) | null) | undefined;
  /** Tunes V8 for the rest of a run that lists a folder of so many files (io/list-run.ts, read-topics.ts). */
  tuneList?: ((files: number) => void) | undefined;
}

/** The topics of `dir` for a command that `needs` so much of them (see the top of this file). */
export async function openLibrary(dir: string, needs: LibraryNeeds, places: LibraryPlaces): Promise<Library> {
  const notes: string[] = [];
  // Not when an index proved wrong mid-search (keepText): the files answer then, read whole.
  if (isSameFolder(dir, places.shipped) && !needs.keepText) {
    const snapshot = readSnapshot(places.snapshot, dir);
    if (snapshot) return snapshot;
  } else if (needs.indexed && !needs.keepText) {
    const stored = (await import('./folder-index.js')).openFolderIndex(
      dir,
      dir,
      !needs.search,
      needs.listing === true ? places.tuneList : undefined,
    );
    if (typeof stored === 'string') notes.push(stored);
    else if (stored) return stored;
    // The cache, only for a folder without an index of its own.
    const root = realPath(dir);
    const cached =
      stored === null && places.cache !== undefined && root !== null
        ? (await import('./cache.js')).openCachedIndex(places.cache, root, !needs.search)
        : null;
    if (cached) return cached;
  }
  if (needs.search) {
    const { scanFolder } = await import('./scan.js');
    const { hydrate } = await import('./hydrate.js');
    const { indexView } = await import('../search/view.js');
    const threads =
      places.worker === undefined || places.threads === 1
        ? undefined
        : { script: places.worker, count: places.threads };
    const { cache } = places;
    const { patterns } = needs;
    // A folder large enough to cache is read in full, for the cache to hold: the next search is
    // then faster than any read of the files. Otherwise, for the query's words alone.
    const select =
      patterns === undefined || needs.keepText
        ? undefined
        : async (files: number): Promise<readonly string[] | undefined> =>
            cache !== undefined && files >= (await import('./cache.js')).CACHE_MIN_TOPICS
              ? undefined
              : // What stops the patterns (a vocabulary.yml that cannot be read) is met again, and
                // reported, where the search reads the vocabulary itself: here, a full read.
                patterns().catch(() => undefined);
    const scanned = await scanFolder(dir, needs.keepText === true, threads, select, places.tuneScan);
    const full = indexView(scanned.data, scanned.topics);
    const index = scanned.patterns ? (await import('../search/partial.js')).partialIndex(full, scanned.patterns) : full;
    const library: Library = {
      from: 'scan',
      topics: scanned.topics,
      skipped: scanned.skipped,
      notes,
      index: () => Promise.resolve(index),
    };
    if (!needs.keepText) library.hydrate = (docs) => hydrate(scanned.root, scanned.meta.files, docs);
    if (cache !== undefined && !needs.keepText && !scanned.patterns) {
      const { saveToCache } = await import('./cache.js');
      library.save = () => saveToCache(cache, scanned);
    }
    return library;
  }
  if (needs.only !== undefined) {
    const { loadTopicById } = await import('../topics/load.js');
    const single = loadTopicById(dir, needs.only);
    if (single) return { from: 'files', topics: [single], skipped: [], notes };
  }
  // loadTopics' topics, but parse.ts (js-yaml, zod) loaded only if a file is not plain.
  const { loadPlainFirst } = await import('../topics/read-topics.js');
  const options = {
    frontMatterOnly: needs.frontMatterOnly === true,
    listing: needs.listing === true,
    // Only for the list: `topics --json` and `explain` read whole topics, and were not measured.
    tune: needs.listing === true ? places.tuneList : undefined,
  };
  return { from: 'files', ...(await loadPlainFirst(dir, options)), notes };
}

function realPath(dir: string): string | null {
  try {
    return realpathSync(dir);
  } catch {
    return null;
  }
}

/** Whether two paths name the same folder (`./content/`, a symlink to it, the absolute path). */
export function isSameFolder(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
