// Which files in a content folder are topics (`*.md`, not hidden, in name order), where a
// symlink among them may lead (only to a file in the same folder), and the stamp that tells
// whether a file is still the one that was read. Kept apart from load.ts so the start-up path
// (library/snapshot.ts) can use it without the parser.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';

export function topicFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
  // A name from readdir has no separator in it, so joining is plain concatenation: path.join's
  // normalizing was a fifth of checking 10,000 stamps.
  const path = root.endsWith(sep) ? root + name : root + sep + name;
  try {
    const link = lstatSync(path);
    if (!link.isSymbolicLink()) return stampFrom(name, link);
    try {
      return stampFrom(name, statSync(linkTarget(root, path)));
    } catch {
      return stampFrom(name, link);
    }
  } catch {
    return null;
  }
}

/**
 * Whether `stamps` describe the folder's topic files as they are now, name for name. A folder
 * that cannot be listed holds no topic files.
 */
export function stampsHold(root: string, stamps: readonly FileStamp[]): boolean {
  let names: string[];
  try {
    names = topicFileNames(root);
  } catch {
    names = [];
  }
  if (names.length !== stamps.length) return false;
  return stamps.every((stamp, i) => {
    if (stamp[0] !== names[i]) return false;
    const now = stampOf(root, stamp[0]);
    return now !== null && now[1] === stamp[1] && now[2] === stamp[2] && now[3] === stamp[3] && now[4] === stamp[4];
  });
}
