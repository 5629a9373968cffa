// An index file on disk (search/format.ts): read through the safe open (no symlink, regular file,
// size cap), its head in one read and each term's postings in one more when a query asks; and
// written whole to a new file beside it, then renamed into place, so no reader ever sees half
// of one and no planted symlink is written through.
import { closeSync, constants, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeHead, encodeIndex, headLength, IndexDoubt, LITTLE_ENDIAN, recordsPlace } from '../search/format.js';
import { checkMeta, encodeMeta, lazyNames, type IndexMeta } from '../search/meta.js';
import type { IndexData } from '../search/builder.js';
import { checkData } from '../search/stored.js';
import { openRegular, readInto } from '../topics/read-file.js';

/** The largest index file osteo reads: far more than 100,000 topics need. */
export const MAX_INDEX_BYTES = 2 ** 31;

export interface IndexFile {
  meta: IndexMeta;
  data: IndexData;
  /** Read and check every topic's record now, in one parse (else each is read when first used): throws IndexDoubt. */
  readAll(): void;
  /** Let go of the file (its postings can no longer be read). */
  close(): void;
}

/**
 * The index in `path`, checked. Throws FileProblem when it cannot be opened as a regular file,
 * IndexDoubt when it is not a sound index; a term's postings throw IndexDoubt when read, if bad.
 */
export function readIndexFile(path: string): IndexFile {
  const { fd, stats } = openRegular(path, MAX_INDEX_BYTES);
  try {
    const first = new Uint8Array(new ArrayBuffer(Math.min(stats.size, 64 * 1024)));
    if (readInto(fd, first, 0) < first.length) throw new IndexDoubt('it is cut short');
    const length = headLength(first, stats.size);
    let head = first;
    let open = true;
    // The topics' records (half of a large index's head) are read a record at a time, when one is
    // asked for: a search shows a dozen topics of 10,000. Their bytes of `head` are left unread
    // (pages never touched take no memory) and filled in place, so the head reads as before.
    const records = recordsPlace(first, stats.size);
    const skip = length > first.length && records.offset >= first.length ? records : { offset: length, length: 0 };
    const fill = (from: number, to: number): void => {
      if (from < skip.offset || to > skip.offset + skip.length) return;
      if (!open) throw new IndexDoubt('it was closed');
      if (readInto(fd, head, from, from, to) < to) throw new IndexDoubt('it is cut short');
    };
    if (length > first.length) {
      head = new Uint8Array(new ArrayBuffer(length));
      head.set(first);
      const end = skip.offset + skip.length;
      if (readInto(fd, head, first.length, first.length, skip.offset) < skip.offset)
        throw new IndexDoubt('it is cut short');
      if (readInto(fd, head, end, end, length) < length) throw new IndexDoubt('it is cut short');
    }
    const parts = decodeHead(head, stats.size, fill);
    const { readAll, ...meta } = checkMeta(parts);
    const names = lazyNames(parts, meta.topics.length);
    const data = checkData(parts, names, meta.topics.length, (from, length) => {
      if (!open) throw new IndexDoubt('it was closed');
      const bytes = new Uint8Array(length);
      if (readInto(fd, bytes, 0, parts.postingsAt + from) < length) throw new IndexDoubt('its postings are cut short');
      return bytes;
    });
    return {
      meta,
      data,
      readAll,
      close() {
        if (open) closeSync(fd);
        open = false;
      },
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Why an index was not written; the message says what to do. */
export class WriteProblem extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

// O_NOFOLLOW is missing on Windows, where there is no such link to plant.
const CREATE =
  constants.O_WRONLY |
  constants.O_CREAT |
  constants.O_EXCL |
  ((constants as Partial<typeof constants>).O_NOFOLLOW ?? 0);

/**
 * Write the index to `path`: into a new file of its own in the same folder (O_EXCL: never an
 * existing file or a planted link), then renamed over `path`. An existing `path` that is a
 * symlink or not a regular file is refused and left alone.
 */
export function writeIndexFile(path: string, contents: { meta: IndexMeta; data: IndexData }): void {
  if (!LITTLE_ENDIAN) throw new WriteProblem('this machine stores numbers big-endian, which the index format does not');
  refuseOddTarget(path);
  // A name nobody else is writing (O_EXCL refuses it if one is).
  const temp = join(
    dirname(path),
    `.${basename(path)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  let fd: number;
  try {
    fd = openSync(temp, CREATE, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ERR_ACCESS_DENIED: Node's permission model said no.
    const denied = code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ERR_ACCESS_DENIED';
    throw new WriteProblem(denied ? 'the folder is not writable' : `it cannot be created (${code ?? 'error'})`, code);
  }
  try {
    encodeIndex({ ...encodeMeta(contents.meta), data: contents.data }, (chunk) => {
      for (let done = 0; done < chunk.length;) done += writeSync(fd, chunk, done, chunk.length - done);
    });
    closeSync(fd);
    fd = -1;
    refuseOddTarget(path);
    renameSync(temp, path);
  } catch (error) {
    if (fd >= 0) closeSync(fd);
    unlinkSync(temp);
    if (error instanceof WriteProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteProblem(code === 'ENOSPC' ? 'the disk is full' : `writing failed (${code ?? String(error)})`, code);
  }
}

/** A symlink, a folder, a FIFO or a device at `path` is not osteo's index: never replace it. */
function refuseOddTarget(path: string): void {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return;
  }
  if (stats.isSymbolicLink())
    throw new WriteProblem(`${basename(path)} is a symlink; osteo will not write through it (remove it first)`);
  if (!stats.isFile())
    throw new WriteProblem(`${basename(path)} is not a regular file; osteo will not replace it (remove it first)`);
}
