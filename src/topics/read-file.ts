// The one way osteo opens a file it reads from a folder it does not own (topic files, an index,
// the cache): never through a symlink at the name, only a regular file, never more than a cap.
// O_NONBLOCK makes a FIFO open at once (then it is refused) instead of waiting for a writer;
// O_NOFOLLOW makes a link planted at the name fail instead of reaching /dev/zero or elsewhere;
// the checks are made on the open descriptor, so a file swapped after a check is not read.
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { ContentError } from '../errors.js';
import { fstatNumbers, type FstatNumbers } from '../io/lstat-numbers.js';

// Both are missing on Windows, which has neither such links nor FIFOs in folders.
const { O_NOFOLLOW = 0, O_NONBLOCK = 0 } = constants as Partial<typeof constants>;
const FLAGS = constants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK;

/** Why a file was not read: the message names the problem; `code` is the system's, if any. */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * An open regular file and what fstat said of it: its stamp, as it is read. fstat's numbers, not
 * a Stats object (io/lstat-numbers.ts): a large folder opens thousands of files.
 */
export interface OpenFile {
  fd: number;
  stats: FstatNumbers;
}

/** Open `path` for reading: a regular file of at most `cap` bytes, not a symlink. Close it with closeSync. */
export function openRegular(path: string, cap: number): OpenFile {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileProblem(code === 'ELOOP' ? 'is a symlink' : code === 'ENOENT' ? 'is gone' : 'cannot be read', code);
  }
  try {
    const stats = fstatNumbers(fd);
    if (!stats.regular) throw new FileProblem('not a regular file');
    if (stats.size > cap) throw new FileProblem(`larger than ${describeBytes(cap)}`);
    return { fd, stats };
  } catch (error) {
    closeSync(fd);
    throw error instanceof FileProblem
      ? error
      : new FileProblem('cannot be read', (error as NodeJS.ErrnoException).code);
  }
}

/** Reading only the start of a file: its first `scratch.length` bytes, if `enough` finds all it needs there. */
export interface HeadOnly {
  /** Read into, and reused: what `enough` accepts is a view of it. */
  scratch: Buffer;
  /**
   * The length of the part needed, or -1 to read the whole file, from the first `length` bytes
   * of `scratch` (the rest is left from earlier files: no view is made per file to hide it).
   */
  enough: (scratch: Buffer, length: number) => number;
}

/**
 * A buffer to read whole files into, one after another. A fresh buffer per file of a large
 * folder was as many allocations outside the heap, each pressing the engine to collect garbage
 * (a fifth of reading 10,000 topics went to collecting it).
 */
export interface Scratch {
  buffer: Buffer;
}

/**
 * The bytes of a regular file (see openRegular), and its stamp: the file as fstat saw it, read
 * up to the size fstat gave (at most the cap), so what is read and its stamp agree. A file that
 * grows meanwhile is read as it was; its stamp no longer holds, so no index keeps it. With
 * `scratch` (or `head`), the bytes are a view of that buffer: use them before the next read.
 */
export function readRegular(
  path: string,
  cap: number,
  head?: HeadOnly,
  scratch?: Scratch,
): { bytes: Buffer; stats: FstatNumbers } {
  const { fd, stats } = openRegular(path, cap);
  try {
    const size = Math.min(stats.size, cap);
    if (head) {
      const length = readInto(fd, head.scratch, 0, 0, Math.min(size, head.scratch.length));
      const end = head.enough(head.scratch, length);
      if (end >= 0) return { bytes: head.scratch.subarray(0, end), stats };
      if (length === size) return { bytes: head.scratch.subarray(0, length), stats };
    }
    if (scratch) {
      if (scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafe(Math.max(size, 2 * scratch.buffer.length));
      return { bytes: scratch.buffer.subarray(0, readInto(fd, scratch.buffer, 0, 0, size)), stats };
    }
    const bytes = Buffer.allocUnsafe(size);
    return { bytes: bytes.subarray(0, readInto(fd, bytes, 0)), stats };
  } catch (error) {
    throw error instanceof FileProblem
      ? error
      : new FileProblem('cannot be read', (error as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/**
 * Read from `fd` (at `position`) into `buffer` from `from` until it holds `limit` bytes or the
 * file ends; the bytes now in it.
 */
export function readInto(fd: number, buffer: Uint8Array, from: number, position = from, limit = buffer.length): number {
  let length = from;
  while (length < limit) {
    const n = readSync(fd, buffer, length, limit - length, position + length - from);
    if (n === 0) break;
    length += n;
  }
  return length;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

/**
 * The text of a rules file beside the topics (triage.yml, vocabulary.yml, selfchecks.yml), read
 * as every file from the folder is: no link at the name, no FIFO, at most `cap` bytes. Null when
 * the folder has none; any other problem is a ContentError naming the file.
 */
export function readDataFile(path: string, name: string, cap: number): string | null {
  try {
    return readRegular(path, cap).bytes.toString('utf8');
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    if (error.code === 'ENOENT') return null;
    throw new ContentError(`${name}: ${error.message}`, { cause: error });
  }
}
