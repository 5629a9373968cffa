// Where a command's topics come from: the one place that decides. The build's snapshot for the
// shipped folder while it is unchanged; a folder's stored index (osteo index) for search and
// topics; one file for `explain <id>`; front matter only for `topics`; else every file parsed.
// The choice rests on what the folder is (its real path, its files), never on how it was spelled.
import { realpathSync } from 'node:fs';
import type { SearchIndex } from '../search/index.js';
import type { StoredIndex } from '../search/store.js';
import type { LoadResult } from '../topics/load.js';
import { readSnapshot, type SnapshotFiles } from './snapshot.js';

export interface LibraryNeeds {
  /** A topic id the command may need alone (explain): just `<id>.md` is read when it exists. */
  only?: string | undefined;
  /** Front matter is enough (topics): the bodies of large folders are not read. */
  frontMatterOnly?: boolean | undefined;
  /** A stored index will do (search, topics). */
  indexed?: boolean | undefined;
}

export interface Library extends LoadResult {
  /** A ready search index of `topics`, when there is one: the stored one, or the build's. */
  index?: (() => SearchIndex) | undefined;
  /** The folder's stored index, when it has a current one (its topics hold headings, not text). */
  stored?: StoredIndex | undefined;
}

export interface LibraryPlaces {
  /** The shipped content folder. */
  shipped: string;
  /** The build's snapshot of it. */
  snapshot: SnapshotFiles;
}

export async function openLibrary(dir: string, needs: LibraryNeeds, places: LibraryPlaces): Promise<Library> {
  if (isSameFolder(dir, places.shipped)) {
    const snapshot = readSnapshot(places.snapshot, dir);
    if (snapshot) return snapshot;
  } else if (needs.indexed) {
    const stored = (await import('../search/store.js')).openStoredIndex(dir);
    if (stored) return { topics: stored.topics, skipped: [], stored, index: () => stored.index };
  }
  const { loadTopicById, loadTopics } = await import('../topics/load.js');
  const single = needs.only === undefined ? null : loadTopicById(dir, needs.only);
  return single ? { topics: [single], skipped: [] } : loadTopics(dir, { frontMatterOnly: needs.frontMatterOnly === true });
}

/** Whether two paths name the same folder (`./content/`, a symlink to it, the absolute path). */
function isSameFolder(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
