// The one on-disk form of a search index: a folder's `.osteo-index` (osteo index), the cache's
// copy of it, and the build's index of the shipped topics. One binary file: a fixed header
// naming its parts, the head (a JSON part of file names and topic ids and titles, the files'
// stamps as numbers, each topic's own JSON record and its names' terms as a JSON line, the terms,
// the vocabulary and small arrays), read whole in one go, then every term's postings, read a
// term at a time. A topic's record is parsed only when something asks for its sections or
// sources (meta.ts), and its names only when ranking asks for them: a search of 10,000 topics
// shows a dozen (10,000 stamp arrays and name lists were 1.2 MB of JSON at every open, 4-5 MB of memory).
// Everything in it is untrusted until checked here (placesOf), in meta.ts and stored.ts: sizes, ranges,
// orders; a term's postings are checked when they are read.
import type { IndexData } from './builder.js';
import { clean, mayHoldUnsafe } from './clean.js';

const MAGIC = 'OSTEOIDX';
// 8: names cut to one word by the stop list no longer name their topic (normalize.ts keepsName).
export const FORMAT_VERSION = 8;
/** The arrays are little-endian, as typed arrays are on every machine Node commonly runs on. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const PARTS = [
  'meta',
  'fileNumbers',
  'topics',
  'topicStart',
  'names',
  'nameLines',
  'terms',
  'words',
  'wordTerms',
  'sectionCounts',
  'postStart',
  'postBytes',
  'nameStart',
  'nameTopic',
  'tagStart',
  'tagTopic',
  'postings',
] as const;
type Part = (typeof PARTS)[number];
/** Bytes before the first part: magic, version, a reserved 0, the number of parts, then the offset and length of each. */
export const HEADER_BYTES = 20 + 8 * PARTS.length;
/** A head larger than this is not an index osteo wrote for any library it can read. */
export const MAX_HEAD_BYTES = 256 * 1024 * 1024;

/**
 * What format.ts needs of a source: the index, the JSON meta (meta.ts), its files' stamps as
 * numbers (four a file) and each topic's JSON record.
 */
export interface IndexContents {
  meta: unknown;
  fileNumbers: Float64Array;
  records: readonly string[];
  data: IndexData;
}

/** Write the index as a series of chunks, the postings a few terms at a time (varint.ts), never as one buffer. */
export function encodeIndex(
  { meta, fileNumbers, records, data }: IndexContents,
  write: (chunk: Uint8Array) => void,
): void {
  const json = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value));
  const { postBytes } = data;
  const nameLines = Array.from({ length: records.length }, (_, i) => JSON.stringify(data.names.at(i) ?? []));
  const head: Record<Exclude<Part, 'postings'>, Uint8Array> = {
    meta: json(meta),
    fileNumbers: new Uint8Array(fileNumbers.buffer, fileNumbers.byteOffset, fileNumbers.byteLength),
    // Each record a line: JSON.stringify writes no raw newline.
    topics: lines(records),
    topicStart: bytes(lineStarts(records)),
    names: lines(nameLines),
    nameLines: bytes(lineStarts(nameLines)),
    terms: json(data.terms),
    words: json(data.words),
    wordTerms: bytes(data.wordTerms),
    sectionCounts: bytes(data.sectionCounts),
    postStart: bytes(data.postStart),
    postBytes: bytes(postBytes),
    nameStart: bytes(data.nameStart),
    nameTopic: bytes(data.nameTopic),
    tagStart: bytes(data.tagStart),
    tagTopic: bytes(data.tagTopic),
  };
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(FORMAT_VERSION, 8);
  header.writeUInt32LE(PARTS.length, 16);
  let offset = HEADER_BYTES;
  PARTS.forEach((part, i) => {
    const length = part === 'postings' ? (postBytes[data.terms.length] ?? 0) : head[part].length;
    header.writeUInt32LE(offset, 20 + 8 * i);
    header.writeUInt32LE(length, 24 + 8 * i);
    offset = align(offset + length);
  });
  write(header);
  for (const part of PARTS) {
    if (part === 'postings') break;
    write(head[part]);
    write(Buffer.alloc(align(head[part].length) - head[part].length));
  }
  // Postings of consecutive terms are consecutive, and already encoded: a megabyte at a time.
  const chunk: Uint8Array[] = [];
  let size = 0;
  for (let t = 0; t < data.terms.length; t++) {
    const run = data.encoded(t);
    chunk.push(run);
    size += run.length;
    if (size >= 1 << 20 || t === data.terms.length - 1) {
      write(Buffer.concat(chunk));
      chunk.length = 0;
      size = 0;
    }
  }
}

function lines(texts: readonly string[]): Uint8Array {
  return Buffer.from(texts.map((text) => `${text}\n`).join(''));
}

/** Where each line of lines(texts) starts, in bytes, and where the last ends. */
function lineStarts(texts: readonly string[]): Uint32Array {
  const start = new Uint32Array(texts.length + 1);
  texts.forEach((text, i) => (start[i + 1] = (start[i] ?? 0) + Buffer.byteLength(text) + 1));
  return start;
}

function bytes(array: Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align(n: number): number {
  return (n + 3) & ~3;
}

/** The head of an index file, checked: every part's place, and the head's parts themselves. */
export interface IndexHead {
  meta: unknown;
  /** Four numbers a file, in the order of the meta's file names: size, mtimeMs, ctimeMs, inode. */
  fileNumbers: Float64Array;
  /** Topic i's record, parsed and cleaned: the bytes [topicStart[i], topicStart[i + 1]) of the topics part. */
  record: (i: number) => unknown;
  /** Topic i's names as lists of terms, parsed and cleaned (line i of the names part). */
  names: (i: number) => unknown;
  /** All `count` records, parsed and cleaned at once (each must then still be checked). */
  records: (count: number) => unknown[];
  /** How many bytes the topics part holds, and the names part. */
  recordBytes: number;
  nameBytes: number;
  terms: unknown;
  /** Parsed when first asked for: only a query with a typo needs the vocabulary. */
  words: () => unknown;
  arrays: Record<
    | 'topicStart'
    | 'nameLines'
    | 'wordTerms'
    | 'sectionCounts'
    | 'postStart'
    | 'postBytes'
    | 'nameStart'
    | 'nameTopic'
    | 'tagStart'
    | 'tagTopic',
    Uint32Array
  >;
  /** Where the postings start in the file, and how many bytes they take. */
  postingsAt: number;
  postingsLength: number;
}

/**
 * Whether `start` holds the starts of `count` runs filling `total` entries or bytes, one after
 * another: count + 1 numbers from 0 up to total, never going down. Each run is then in bounds.
 */
export function startsFill(start: Uint32Array, count: number, total: number): boolean {
  if (start.length !== count + 1 || start[0] !== 0 || start[count] !== total) return false;
  // One load a number, the one before kept in a local: an index of 10,000 topics has six such
  // lists of 10,000 numbers, checked at every open before V8 optimizes this loop.
  let previous = 0;
  for (let i = 1; i <= count; i++) {
    const next = start[i] ?? 0;
    if (previous > next) return false;
    previous = next;
  }
  return true;
}

/** Thrown for anything wrong with an index file: the caller ignores the index. */
export class IndexDoubt extends Error {}

/** How many bytes of the file hold the head (header and head parts), from the header alone. */
export function headLength(header: Uint8Array, fileSize: number): number {
  const places = placesOf(header, fileSize);
  return places.postings.offset;
}

/** Where the topics' records are in the file (and in the head), from the header alone. */
export function recordsPlace(header: Uint8Array, fileSize: number): { offset: number; length: number } {
  return placesOf(header, fileSize).topics;
}

function placesOf(header: Uint8Array, fileSize: number): Record<Part, { offset: number; length: number }> {
  if (header.length < HEADER_BYTES) throw new IndexDoubt('it is too short');
  const buffer = Buffer.from(header.buffer, header.byteOffset, header.length);
  if (buffer.toString('latin1', 0, 8) !== MAGIC) throw new IndexDoubt('it is not an osteo index');
  if (buffer.readUInt32LE(8) !== FORMAT_VERSION) throw new IndexDoubt('it is from another version of osteo');
  if (!LITTLE_ENDIAN) throw new IndexDoubt('this machine stores numbers big-endian');
  if (buffer.readUInt32LE(12) !== 0 || buffer.readUInt32LE(16) !== PARTS.length)
    throw new IndexDoubt('its header is damaged');
  const places = {} as Record<Part, { offset: number; length: number }>;
  let end = HEADER_BYTES;
  PARTS.forEach((part, i) => {
    const offset = buffer.readUInt32LE(20 + 8 * i);
    const length = buffer.readUInt32LE(24 + 8 * i);
    // Parts follow one another in order, aligned, and inside the file.
    if (offset !== align(end) || offset % 4 !== 0 || offset + length > fileSize)
      throw new IndexDoubt(`its ${part} part is out of place`);
    places[part] = { offset, length };
    end = offset + length;
  });
  if (places.postings.offset > MAX_HEAD_BYTES) throw new IndexDoubt('its head is too large');
  if (end !== fileSize) throw new IndexDoubt('its postings are cut short');
  return places;
}

/**
 * The head's parts from the file's first headLength() bytes (`head` must start 4-aligned).
 * `fill(from, to)`, if given, puts the file's bytes [from, to) of the topics part into `head`
 * before they are read (the caller left that part unread); it throws IndexDoubt if it cannot.
 */
export function decodeHead(
  head: Uint8Array,
  fileSize: number,
  fill: (from: number, to: number) => void = () => undefined,
): IndexHead {
  const places = placesOf(head, fileSize);
  if (head.length < places.postings.offset || head.byteOffset % 4 !== 0) throw new IndexDoubt('its head is cut short');
  const text = (part: Part): string =>
    Buffer.from(head.buffer, head.byteOffset + places[part].offset, places[part].length).toString('utf8');
  const array = (part: Part): Uint32Array => {
    const { offset, length } = places[part];
    if (length % 4 !== 0) throw new IndexDoubt(`its ${part} part is damaged`);
    return new Uint32Array(head.buffer, head.byteOffset + offset, length / 4);
  };
  // Copied: a Float64Array must start at a multiple of 8, and parts are aligned to 4.
  const float64s = (part: Part): Float64Array => {
    const { offset, length } = places[part];
    if (length % 8 !== 0) throw new IndexDoubt(`its ${part} part is damaged`);
    const start = head.byteOffset + offset;
    return new Float64Array(head.buffer.slice(start, start + length));
  };
  const parseText = (json: string, part: Part): unknown => {
    try {
      const value = JSON.parse(json) as unknown;
      return mayHoldUnsafe(json) ? clean(value) : value;
    } catch {
      throw new IndexDoubt(`its ${part} part is damaged`);
    }
  };
  const parse = (part: Part): unknown => parseText(text(part), part);
  /** Line i of a part of JSON lines, parsed; `start` says where each line starts. */
  const line = (part: Part, start: Uint32Array, i: number): unknown => {
    const from = start[i] ?? 0;
    const to = start[i + 1] ?? 0;
    if (!(from < to && to <= places[part].length)) throw new IndexDoubt(`its ${part} part is damaged`);
    return parseText(
      Buffer.from(head.buffer, head.byteOffset + places[part].offset + from, to - from - 1).toString('utf8'),
      part,
    );
  };
  // A line's bounds are checked against the ids in meta.ts before any line is asked for.
  // Each line ends in a newline, which JSON text never holds raw.
  const topicStart = array('topicStart');
  const nameLines = array('nameLines');
  const record = (i: number): unknown => {
    const from = topicStart[i] ?? 0;
    const to = topicStart[i + 1] ?? 0;
    // Out of bounds is line()'s doubt; only bytes inside the part are filled.
    if (from < to && to <= places.topics.length) fill(places.topics.offset + from, places.topics.offset + to);
    return line('topics', topicStart, i);
  };
  // Every record in one parse, for a command that lists them all: the newlines made commas.
  const records = (count: number): unknown[] => {
    fill(places.topics.offset, places.topics.offset + places.topics.length);
    const all = parseText(`[${text('topics').slice(0, -1).replaceAll('\n', ',')}]`, 'topics');
    if (!Array.isArray(all) || all.length !== count) throw new IndexDoubt('its topics part is damaged');
    return all;
  };
  return {
    meta: parse('meta'),
    fileNumbers: float64s('fileNumbers'),
    record,
    names: (i) => line('names', nameLines, i),
    records,
    recordBytes: places.topics.length,
    nameBytes: places.names.length,
    terms: parse('terms'),
    words: () => parse('words'),
    arrays: {
      topicStart,
      nameLines,
      wordTerms: array('wordTerms'),
      sectionCounts: array('sectionCounts'),
      postStart: array('postStart'),
      postBytes: array('postBytes'),
      nameStart: array('nameStart'),
      nameTopic: array('nameTopic'),
      tagStart: array('tagStart'),
      tagTopic: array('tagTopic'),
    },
    postingsAt: places.postings.offset,
    postingsLength: places.postings.length,
  };
}
