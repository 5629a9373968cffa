// Which files in a content folder are topics (`*.md`, not hidden, in name order), where a
// symlink among them may lead (only to a file in the same folder), and the stamp that tells
// whether a file is still the one that was read. Kept apart from load.ts so the start-up path
// (library/snapshot.ts) can use it without the parser.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { lstatMatches, lstatNumbers, STAMP_LINK, STAMP_MATCHES } from '../io/lstat-numbers.js';

export function topicFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter(isTopicFileName)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isTopicFileName(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.');
}

/** A symlink at `path` that leads elsewhere than a file in the folder `root`. */
export class LinkProblem extends Error {}

/** The real path of the symlink `path` in the folder `root`, if it is a file of that folder. */
export function linkTarget(root: string, path: string): string {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    throw new LinkProblem('broken or looping symlink');
  }
  const inside = relative(root, target);
  if (inside.startsWith('..') || inside.includes(sep) || inside === '')
    throw new LinkProblem('symlink points outside the content folder');
  return target;
}

/** A topic file as it was read: name, size, mtimeMs, ctimeMs and inode. */
export type FileStamp = [name: string, size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** What a stamp needs of fstat or lstat (not node's Stats type: the library's published types stand alone). */
export interface StampedStats {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export function stampFrom(name: string, stats: StampedStats): FileStamp {
  return [name, stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
}

/**
 * The stamp of `name` in `root` now: of the file it names, or, for a symlink, of the file it
 * leads to in the folder (the link itself when it leads nowhere or outside: osteo never looks
 * at anything outside the folder). Null when it cannot be looked at.
 */
export function stampOf(root: string, name: string): FileStamp | null {
  const stats = statsOf(root, name);
  return stats && stampFrom(name, stats);
}

/**
 * The path of the file `name` (a name from readdir: no separator in it) in the folder `root` (a
 * real path), by plain concatenation: path.join's normalizing was a fifth of checking 10,000 stamps.
 */
export function pathIn(root: string, name: string): string {
  return root.endsWith(sep) ? root + name : root + sep + name;
}

/** What stampOf stamps, as lstat or stat gives it (no array made: stampsHold asks of 10,000 files). */
function statsOf(root: string, name: string): StampedStats | null {
  const path = pathIn(root, name);
  const link = lstatNumbers(path);
  if (!link?.symlink) return link;
  try {
    return statSync(linkTarget(root, path));
  } catch {
    return link;
  }
}

/**
 * Many files' stamps, as an index keeps them: the names, and four numbers a file in one array
 * (size, mtimeMs, ctimeMs, inode), not an array per file: 10,000 of those were a tenth of
 * opening a large index, in JSON to parse and objects to collect.
 */
export interface FileStamps {
  readonly names: readonly string[];
  readonly numbers: Float64Array;
  /** The names as a set, where the reader of an index made one to check them (stampsHold then makes none). */
  readonly nameSet?: ReadonlySet<string> | undefined;
  /** The names are in code-unit order, each once (the reader of an index checked it). */
  readonly sorted?: boolean | undefined;
}

export function packStamps(stamps: readonly FileStamp[]): FileStamps {
  const numbers = new Float64Array(4 * stamps.length);
  stamps.forEach(([, size, mtimeMs, ctimeMs, ino], i) => numbers.set([size, mtimeMs, ctimeMs, ino], 4 * i));
  return { names: stamps.map(([name]) => name), numbers };
}

/** The i-th stamp of `stamps`. */
export function stampAt({ names, numbers }: FileStamps, i: number): FileStamp {
  const at = 4 * i;
  return [names[i] ?? '', numbers[at] ?? NaN, numbers[at + 1] ?? NaN, numbers[at + 2] ?? NaN, numbers[at + 3] ?? NaN];
}

/**
 * Whether `stamps` describe the folder's topic files as they are now, name for name (in any
 * order: stamps are looked up by name). A folder that cannot be listed holds no topic files.
 */
export function stampsHold(root: string, { names: stamped, numbers, nameSet, sorted }: FileStamps): boolean {
  // The listed names are looked up in a set of the stamped ones, not sorted: sorting 10,000
  // names, an array per stamp and a callback per file were more than half of checking a large
  // index (the lstat calls are the rest). The index's reader has made that set where the
  // stamps are not in order (meta.ts): a second set of 10,000 names is spared.
  //
  // Stamps in order (as osteo writes them) are first compared name for name with the listing,
  // which libuv's readdir sorts by bytes (the same order for ASCII names): no set is made then.
  // At the first name out of step, the rest are looked up in a set, as above. Either way each
  // listed name is a stamped one, and the listing holds each name once.
  let known: ReadonlySet<string> | undefined = sorted === true ? undefined : (nameSet ?? new Set(stamped));
  let listed = 0;
  try {
    const names = readdirSync(root);
    for (let i = 0; i < names.length; i++) {
      const name = names[i] ?? '';
      if (!isTopicFileName(name)) continue;
      if (!known) {
        if (name === stamped[listed]) {
          listed++;
          continue;
        }
        known = nameSet ?? new Set(stamped);
      }
      if (!known.has(name)) return false;
      listed++;
    }
  } catch {
    // No topic files.
  }
  // Every listed name stamped, as many as the stamps (a folder lists a name once, and names in
  // a list of stamps are unique: meta.ts checks it): the same files.
  if (listed !== stamped.length) return false;
  // An index loop, not for…of: it runs once per file, before V8 optimizes it. Each file is
  // compared by one call (lstatMatches), not through statsOf's objects and calls; a symlink
  // takes statsOf, for the stamp of the file it leads to.
  const prefix = pathIn(root, '');
  for (let i = 0; i < stamped.length; i++) {
    const name = stamped[i] ?? '';
    const at = 4 * i;
    const match = lstatMatches(prefix + name, numbers, at);
    if (match === STAMP_MATCHES) continue;
    if (match !== STAMP_LINK) return false;
    const now = statsOf(root, name);
    if (
      !now ||
      now.size !== numbers[at] ||
      now.mtimeMs !== numbers[at + 1] ||
      now.ctimeMs !== numbers[at + 2] ||
      now.ino !== numbers[at + 3]
    )
      return false;
  }
  return true;
}
