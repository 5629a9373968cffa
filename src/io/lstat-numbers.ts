// lstat as the few numbers a file stamp needs, without a Stats object. Checking an index of
// 10,000 topics lstats every topic file, and Node 20's lstatSync makes a Stats object with four
// Date objects for each: 30-35 ms of a search that takes under 300. Node's own binding, the
// function lstatSync calls, hands back the numbers in one reused Float64Array: about 15 ms.
// process.binding is deprecated in the documentation only, with a warning under
// --pending-deprecation: then, on Windows (paths need Node's namespacing), on a Node without it,
// or when its answer is not the array this expects, lstatSync is used, as before. Either way a
// stamp compares equal only to a stamp of the same file: numbers read at the wrong places would
// make an index look changed (it is then not used), never unchanged. fstatNumbers does the same
// for an open file (topics/read-file.ts checks every file it reads on its descriptor).
import { fstatSync, lstatSync } from 'node:fs';

/** The numbers of a stamp, and whether the path is a symlink. Reused: read before the next call. */
export interface LstatNumbers {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  symlink: boolean;
}

type BindingLstat = (path: string, bigint: false, request: undefined, throwIfNoEntry: boolean) => unknown;
type BindingFstat = (fd: number, bigint: false, request: undefined, shouldNotThrow: false) => unknown;
interface FsBinding {
  lstat: BindingLstat;
  fstat: BindingFstat | null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
// Where Node 20's binding puts each field (lib/internal/fs/utils.js, getStatsFromBinding).
const MODE = 1;
const INO = 7;
const SIZE = 8;
const MTIME_SEC = 12;
const CTIME_SEC = 14;
const FIELDS = 18;

let binding: FsBinding | null | undefined;
const FSTAT_CALL = /binding\.fstat\(fd, options\.bigint, undefined, false\)/;

function fsBinding(): FsBinding | null {
  if (binding !== undefined) return binding;
  binding = null;
  const options = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (process.platform === 'win32' || options.includes('--pending-deprecation')) return binding;
  if (process.env.NODE_PENDING_DEPRECATION === '1') return binding;
  try {
    const fs = (process as unknown as { binding(name: string): { lstat?: unknown; fstat?: unknown } }).binding('fs');
    if (typeof fs.lstat === 'function')
      binding = {
        lstat: fs.lstat.bind(fs) as BindingLstat,
        // Only where fstatSync itself passes these arguments (older Nodes took an object to
        // report errors in, in the last place): else fstatSync, slower, never wrong.
        fstat:
          typeof fs.fstat === 'function' && FSTAT_CALL.test(fstatSync.toString())
            ? (fs.fstat.bind(fs) as BindingFstat)
            : null,
      };
  } catch {
    // Not on this Node: lstatSync.
  }
  return binding;
}

const out: LstatNumbers = { size: 0, mtimeMs: 0, ctimeMs: 0, ino: 0, symlink: false };

/** Milliseconds as Node's Stats works them out from seconds and nanoseconds (msFromTimeSpec). */
const ms = (sec: number, nsec: number): number => sec * 1e3 + nsec / 1e6;

/** The four numbers of a stamp, as lstat and fstat both give them. */
type StampNumbers = Pick<LstatNumbers, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

/** The binding's array read into `to` (its stamp's numbers); the file's type bits (S_IFMT). */
function readStamp(values: Float64Array, to: StampNumbers): number {
  to.size = values[SIZE] ?? NaN;
  to.mtimeMs = ms(values[MTIME_SEC] ?? NaN, values[MTIME_SEC + 1] ?? NaN);
  to.ctimeMs = ms(values[CTIME_SEC] ?? NaN, values[CTIME_SEC + 1] ?? NaN);
  to.ino = values[INO] ?? NaN;
  return (values[MODE] ?? 0) & S_IFMT;
}

/** lstat `path`; null when it cannot be looked at (missing, no permission). */
export function lstatNumbers(path: string, useBinding = true): LstatNumbers | null {
  const lstat = useBinding ? fsBinding()?.lstat : null;
  if (lstat) {
    let values: unknown;
    try {
      values = lstat(path, false, undefined, true);
    } catch {
      return null;
    }
    if (values instanceof Float64Array && values.length >= FIELDS) {
      out.symlink = readStamp(values, out) === S_IFLNK;
      return out;
    }
    // Not the array this expects: this Node's binding differs, so never ask it again.
    binding = null;
  }
  try {
    const stats = lstatSync(path);
    out.size = stats.size;
    out.mtimeMs = stats.mtimeMs;
    out.ctimeMs = stats.ctimeMs;
    out.ino = stats.ino;
    out.symlink = stats.isSymbolicLink();
    return out;
  } catch {
    return null;
  }
}

/** What lstatMatches finds: the stamp differs (or the path cannot be looked at), it matches, or the path is a symlink. */
export const STAMP_DIFFERS = 0;
export const STAMP_MATCHES = 1;
export const STAMP_LINK = 2;

/**
 * Whether lstat of `path` gives the stamp at `stamps[at]` to `stamps[at + 3]` (size, mtimeMs,
 * ctimeMs, inode), compared straight from the binding's array (STAMP_LINK for a symlink, whose
 * stamp is the file it leads to: the caller's). Checking an index lstats every topic file:
 * lstatNumbers' object, its helper calls and the milliseconds boxed in code not yet optimized
 * were more instructions than the lstat calls' own JavaScript (10,000 files in a bare script:
 * 239 M instructions against 199 M here, 181 M for the lstat calls alone; valgrind). The
 * milliseconds are worked out as Node's Stats does (`ms`), so they compare equal.
 */
export function lstatMatches(path: string, stamps: Float64Array, at: number): number {
  const lstat = fsBinding()?.lstat;
  if (lstat) {
    let values: unknown;
    try {
      values = lstat(path, false, undefined, true);
    } catch {
      return STAMP_DIFFERS;
    }
    if (values instanceof Float64Array && values.length >= FIELDS) {
      if (((values[MODE] ?? 0) & S_IFMT) === S_IFLNK) return STAMP_LINK;
      return values[SIZE] === stamps[at] &&
        values[INO] === stamps[at + 3] &&
        (values[MTIME_SEC] ?? NaN) * 1e3 + (values[MTIME_SEC + 1] ?? NaN) / 1e6 === stamps[at + 1] &&
        (values[CTIME_SEC] ?? NaN) * 1e3 + (values[CTIME_SEC + 1] ?? NaN) / 1e6 === stamps[at + 2]
        ? STAMP_MATCHES
        : STAMP_DIFFERS;
    }
    // Not the array this expects: this Node's binding differs, so never ask it again.
    binding = null;
  }
  const now = lstatNumbers(path, false);
  if (!now) return STAMP_DIFFERS;
  if (now.symlink) return STAMP_LINK;
  return now.size === stamps[at] &&
    now.mtimeMs === stamps[at + 1] &&
    now.ctimeMs === stamps[at + 2] &&
    now.ino === stamps[at + 3]
    ? STAMP_MATCHES
    : STAMP_DIFFERS;
}

/** What fstat says of an open file: a stamp's numbers, and whether it is a regular file. */
export interface FstatNumbers {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  regular: boolean;
}

/**
 * fstat `fd` as numbers (a new object each call: callers keep it as a file's stamp). Every topic
 * file is opened and fstatted to check it (topics/read-file.ts): fstatSync's Stats object with
 * four Dates, made and dropped per file, was 10,000 of each to collect in `osteo topics`
 * (10,000 fstats in a bare script: 70-90 ms by fstatSync, 33-54 ms here). Throws as fstatSync does.
 */
export function fstatNumbers(fd: number, useBinding = true): FstatNumbers {
  const fstat = useBinding ? fsBinding()?.fstat : null;
  if (fstat) {
    const values = fstat(fd, false, undefined, false);
    if (values instanceof Float64Array && values.length >= FIELDS) {
      const numbers: FstatNumbers = { size: 0, mtimeMs: 0, ctimeMs: 0, ino: 0, regular: false };
      numbers.regular = readStamp(values, numbers) === S_IFREG;
      return numbers;
    }
    // Not the array this expects: this Node's binding differs, so never ask it again.
    if (binding) binding.fstat = null;
  }
  const stats = fstatSync(fd);
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, regular: stats.isFile() };
}
