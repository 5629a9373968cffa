// The one way osteo opens a file it reads from a folder it does not own (topic files, an index,
// the cache): never through a symlink at the name, only a regular file, never more than a cap.
// O_NONBLOCK makes a FIFO open at once (then it is refused) instead of waiting for a writer;
// O_NOFOLLOW makes a link planted at the name fail instead of reaching /dev/zero or elsewhere;
// the checks are made on the open descriptor, so a file swapped after a check is not read.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

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

/** An open regular file and what fstat said of it: its stamp, as it is read. */
export interface OpenFile {
  fd: number;
  stats: Stats;
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
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileProblem('not a regular file');
    if (stats.size > cap) throw new FileProblem(`larger than ${describeBytes(cap)}`);
    return { fd, stats };
  } catch (error) {
    closeSync(fd);
    throw error instanceof FileProblem ? error : new FileProblem('cannot be read', (error as NodeJS.ErrnoException).code);
  }
}

/** Reading only the start of a file: its first `scratch.length` bytes, if `enough` finds all it needs there. */
export interface HeadOnly {
  /** Read into, and reused: what `enough` accepts is copied out. */
  scratch: Buffer;
  /** The length of the part needed, or -1 to read the whole file. */
  enough: (head: Buffer) => number;
}

/**
 * The bytes of a regular file (see openRegular), and its stamp. No more than cap + 1 bytes are
 * read, so a file that grows past the cap after fstat is refused too.
 */
export function readRegular(path: string, cap: number, head?: HeadOnly): { bytes: Buffer; stats: Stats } {
  const { fd, stats } = openRegular(path, cap);
  try {
    let buffer = head ? head.scratch : Buffer.allocUnsafe(stats.size + 1);
    let length = readInto(fd, buffer, 0);
    if (head) {
      const end = head.enough(buffer.subarray(0, length));
      if (end >= 0) return { bytes: Buffer.from(buffer.subarray(0, end)), stats };
    }
    if (length === buffer.length && length <= cap) {
      // Longer than fstat said, or than the head: the rest, up to the cap and one byte more.
      const whole = Buffer.allocUnsafe(cap + 1);
      buffer.copy(whole);
      buffer = whole;
      length = readInto(fd, buffer, length);
    }
    if (length > cap) throw new FileProblem(`larger than ${describeBytes(cap)}`);
    return { bytes: head ? Buffer.from(buffer.subarray(0, length)) : buffer.subarray(0, length), stats };
  } catch (error) {
    throw error instanceof FileProblem ? error : new FileProblem('cannot be read', (error as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/** Read from `fd` into `buffer` from `from` until it is full or the file ends; the bytes now in it. */
export function readInto(fd: number, buffer: Uint8Array, from: number, position = from): number {
  let length = from;
  while (length < buffer.length) {
    const n = readSync(fd, buffer, length, buffer.length - length, position + length - from);
    if (n === 0) break;
    length += n;
  }
  return length;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}
