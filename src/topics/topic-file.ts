// One topic file read as loadTopics reads it: through the safe open (read-file.ts), a symlink
// followed only to a file of the same folder, no binary, valid UTF-8. Apart from the parser
// (load.ts), so that a search of a folder's index reads the topics it shows without loading what
// parsing every kind of front matter needs (library/hydrate.ts).
import { ContentError } from '../errors.js';
import { LinkProblem, linkTarget, pathIn, stampFrom, type FileStamp } from './files.js';
import type { FstatNumbers } from '../io/lstat-numbers.js';
import { FileProblem, readRegular, type HeadOnly, type Scratch } from './read-file.js';

/** Topic files larger than this are skipped: real topics are a few KB, and a huge file is a mistake. */
export const MAX_TOPIC_BYTES = 1024 * 1024;

// What the head is searched for, as bytes: a string needle is converted at every call.
const FENCE = Buffer.from('\n---', 'latin1');
const NEWLINE = 0x0a;
// Enough for any real front matter; a longer one is read with the rest of the file. One buffer,
// read into for each file in turn: a fresh one per file was a tenth of listing 10,000 topics.
const HEAD: HeadOnly = {
  scratch: Buffer.alloc(16 * 1024),
  // The closing fence: a "---" line after the opening one (at byte 3, or 6 after a BOM).
  enough: (scratch, length) => {
    // A find at or past `length` (bytes of an earlier file) is none.
    const close = scratch.indexOf(FENCE, 3);
    if (close < 0 || close + FENCE.length > length) return -1;
    const lineEnd = scratch.indexOf(NEWLINE, close + 4);
    return lineEnd >= 0 && lineEnd < length ? lineEnd + 1 : length;
  },
};
// One buffer for whole files, read into for each in turn (see Scratch).
const WHOLE: Scratch = { buffer: Buffer.allocUnsafe(64 * 1024) };
// One decoder for every file: decode() without { stream } keeps no state between calls.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A topic file's text and stamp. The name is opened without following a symlink; a symlink is
 * then followed only to a file in the same folder, opened the same way. Every problem is a
 * ContentError naming it, whose cause is the FileProblem, if any.
 */
export function readTopicFile(root: string, name: string, headOnly = false): { text: string; stamp: FileStamp } {
  const { text, stats } = readTopicStats(root, name, headOnly);
  return { text, stamp: stampFrom(name, stats) };
}

/**
 * readTopicFile with fstat's numbers in place of a stamp: a caller that keeps no stamps (listing a
 * folder's topics) makes no array per file.
 */
export function readTopicStats(root: string, name: string, headOnly = false): { text: string; stats: FstatNumbers } {
  let bytes: Buffer;
  let stats;
  try {
    ({ bytes, stats } = read(root, name, headOnly));
  } catch (error) {
    if (error instanceof FileProblem || error instanceof LinkProblem)
      throw new ContentError(error.message, { cause: error });
    throw error;
  }
  if (bytes.includes(0)) throw new ContentError('looks like a binary file');
  try {
    return { text: UTF8.decode(bytes), stats };
  } catch (cause) {
    throw new ContentError('is not valid UTF-8 text', { cause });
  }
}

function read(root: string, name: string, headOnly: boolean): ReturnType<typeof readRegular> {
  const path = pathIn(root, name);
  try {
    return readRegular(path, MAX_TOPIC_BYTES, headOnly ? HEAD : undefined, WHOLE);
  } catch (error) {
    if (!(error instanceof FileProblem) || error.code !== 'ELOOP') throw error;
  }
  // A symlink: to a file of this folder only, itself opened without following a link.
  return readRegular(linkTarget(root, path), MAX_TOPIC_BYTES, headOnly ? HEAD : undefined, WHOLE);
}
