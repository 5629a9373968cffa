// What an index file says beside its terms: the topic files it was made from, the files it
// skipped, and each topic without its text. Read back from disk, all of it is checked here
// before use (types, ranges, plain file names); format.ts has already cleaned every string.
import type { FileStamps } from '../topics/files.js';
import type { SkippedFile } from '../topics/load.js';
import { TOPIC_ID } from '../topics/names.js';
import type { Topic } from '../topics/types.js';
import type { NameList } from './builder.js';
import { IndexDoubt, startsFill, type IndexHead } from './format.js';
import { StoredTopic, type CheckedRecord } from './stored-topic.js';

export interface IndexMeta {
  /** The folder's real path, in the cache's copies only: a copy for another folder is foreign. */
  folder?: string | undefined;
  files: FileStamps;
  skipped: SkippedFile[];
  /** The topics, their sections with headings only (markdown ""). */
  topics: Topic[];
  /** Each topic's number in `topics`, by id, where the reader has it (indexView then makes none). */
  numbers?: TopicNumbers | undefined;
}

/** What indexView asks of a topic-number lookup: a Map, or a search of ids in order. */
export interface TopicNumbers {
  get(id: string): number | undefined;
}

/**
 * Where `name` is in `sorted` (strings in code-unit order, each once), or -1: a binary search,
 * for the lists an index holds in order, where a Set or Map of 10,000 strings was made at
 * every open (hashing every string, and a table for each young collection to copy).
 */
export function sortedIndex(sorted: readonly string[], name: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const here = sorted[mid] ?? '';
    if (here === name) return mid;
    if (here < name) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Whether `list` is in code-unit order, each item once (so unique without a set). */
function ascending(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!((list[i - 1] ?? '') < (list[i] ?? ''))) return false;
  return true;
}

/**
 * The meta as the file holds it: the file names, the skipped files and the topics' ids and titles
 * as JSON, the files' stamps as numbers, and each topic's other fields as a record of its own
 * (stored-topic.ts), a list in a fixed order (field names once, not 10,000 times: a fifth less to
 * read and parse) with its sections as headings.
 */
export function encodeMeta(meta: IndexMeta): { meta: unknown; fileNumbers: Float64Array; records: string[] } {
  const records = meta.topics.map((t) =>
    JSON.stringify([
      t.summary,
      t.aliases,
      t.tags,
      t.related,
      t.reviewed,
      t.sources.map((s) => [s.title, s.url]),
      t.questions,
      t.file,
      t.sections.map((s) => s.heading),
    ]),
  );
  const ids = meta.topics.map((t) => t.id);
  const titles = meta.topics.map((t) => t.title);
  return {
    meta: { folder: meta.folder, files: meta.files.names, skipped: meta.skipped, ids, titles },
    fileNumbers: meta.files.numbers,
    records,
  };
}

/** A topic file's name as a folder listing gives it: one plain, visible `.md` name. */
export const PLAIN_NAME = /^[^./\\\u0000][^/\\\u0000]*\.md$/;

function fail(what: string): never {
  throw new IndexDoubt(`its ${what} is malformed`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const string = (v: unknown, what: string): string => (typeof v === 'string' ? v : fail(what));
const text = (v: unknown, what: string): string => (string(v, what).trim() !== '' ? (v as string) : fail(what));
const list = <T>(v: unknown, what: string, each: (item: unknown) => T): T[] =>
  Array.isArray(v) ? v.map(each) : fail(what);
/** A list of strings, checked where it is (most topic fields are): no copy. */
const strings = (v: unknown, what: string): string[] => {
  if (!Array.isArray(v)) fail(what);
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') fail(what);
  return v as string[];
};
const count = (v: unknown, what: string): number =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fail(what);
const time = (v: unknown, what: string): number => (typeof v === 'number' && Number.isFinite(v) ? v : fail(what));

/**
 * The meta of a decoded head, checked now but for the topics' records, which are checked when
 * first read (StoredTopic). `sectionCounts` says how many sections each topic has.
 */
export function checkMeta(
  head: Pick<IndexHead, 'meta' | 'fileNumbers' | 'record' | 'records' | 'recordBytes' | 'arrays'>,
): IndexMeta & { readAll: () => void } {
  const value = head.meta;
  if (!isRecord(value)) fail('description');
  // Checked where they are, not copied. Index loops here and below, not for…of: this runs once,
  // before V8 optimizes it, and each step made an object.
  const files = value.files;
  const fileNumbers = head.fileNumbers;
  if (!Array.isArray(files) || fileNumbers.length !== 4 * files.length) fail('file list');
  for (let i = 0; i < files.length; i++) {
    if (!PLAIN_NAME.test(string(files[i], 'file list'))) fail('file list');
    count(fileNumbers[4 * i], 'file list');
    time(fileNumbers[4 * i + 1], 'file list');
    time(fileNumbers[4 * i + 2], 'file list');
    count(fileNumbers[4 * i + 3], 'file list');
  }
  // Unique: osteo writes the names in order (topicFileNames), which proves it without a set of
  // 10,000 names; a list in any other order gets one, as before.
  const sorted = ascending(files as string[]);
  const names = sorted ? undefined : new Set(files as string[]);
  if (names && names.size !== files.length) fail('file list');
  const known = (name: string): boolean => (names ? names.has(name) : sortedIndex(files as string[], name) >= 0);
  const plainFile = (v: unknown, what: string): string => {
    const name = string(v, what);
    return PLAIN_NAME.test(name) && known(name) ? name : fail(what);
  };
  const skipped = list(value.skipped, 'skipped files', (s): SkippedFile => {
    if (!isRecord(s)) fail('skipped files');
    return { file: string(s.file, 'skipped files'), problem: string(s.problem, 'skipped files') };
  });
  // Checked where they are, not copied by a call per id.
  const idList = value.ids;
  if (!Array.isArray(idList)) fail('topic list');
  for (let i = 0; i < idList.length; i++) {
    const id: unknown = idList[i];
    if (!(typeof id === 'string' && TOPIC_ID.test(id))) fail('topic id');
  }
  const ids = idList as string[];
  // Ranking looks a topic's names up by its number (view.ts). Ids in order (as a folder's topics
  // usually are: their files' names) are unique without a collection and found by a binary
  // search; else a map, which also checks that they are unique.
  let numbers: TopicNumbers;
  if (ascending(ids)) {
    numbers = {
      get(id) {
        const i = sortedIndex(ids, id);
        return i < 0 ? undefined : i;
      },
    };
  } else {
    const map = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) map.set(ids[i] ?? '', i);
    if (map.size !== ids.length) fail('topic list');
    numbers = map;
  }
  const titles = value.titles;
  if (!Array.isArray(titles) || titles.length !== ids.length) fail('topic list');
  for (let i = 0; i < titles.length; i++) text(titles[i], 'topic title');
  const { topicStart, sectionCounts } = head.arrays;
  // Records one after another, filling the topics part: each is then read in bounds.
  if (!startsFill(topicStart, ids.length, head.recordBytes)) fail('topic list');
  // Set while readAll() reads every record in one parse.
  let all: unknown[] | undefined;
  // One loader for every topic, given its place: not a closure per topic (10,000 of them, live
  // as long as the topics). An index loop into a list of known length, not ids.map: this runs
  // once per topic, before V8 optimizes it.
  const load = (i: number): CheckedRecord =>
    checkRecord(all ? all[i] : head.record(i), sectionCounts[i] ?? -1, plainFile);
  const topics: StoredTopic[] = [];
  for (let i = 0; i < ids.length; i++) topics.push(new StoredTopic(ids[i] ?? '', titles[i] as string, i, load));
  const readAll = (): void => {
    all = head.records(ids.length);
    try {
      // An index loop, not for…of: this runs once, before V8 optimizes it, and each step made an object.
      for (let i = 0; i < topics.length; i++) topics[i]?.check();
    } finally {
      all = undefined;
    }
  };
  const folder = value.folder === undefined ? undefined : string(value.folder, 'folder');
  return {
    folder,
    files: { names: files as string[], numbers: fileNumbers, nameSet: names, sorted },
    skipped,
    topics,
    numbers,
    readAll,
  };
}

/**
 * A topic's record, as a StoredTopic reads it: with as many sections as the index counts. Its
 * sources and headings are checked where they are; StoredTopic makes objects of them when asked.
 */
function checkRecord(t: unknown, sections: number, plainFile: (v: unknown, what: string) => string): CheckedRecord {
  if (!Array.isArray(t) || t.length !== 9) fail('topic list');
  // By index, not destructured: destructuring walks an iterator, an object a field, 10,000 times.
  const headings: unknown = t[8];
  if (!Array.isArray(headings) || headings.length !== sections) fail('section headings');
  // Checked in the order of the fields, as before: a record with two bad fields names the first.
  const reviewed: unknown = t[4];
  return {
    summary: string(t[0], 'topic summary'),
    aliases: strings(t[1], 'topic aliases'),
    tags: strings(t[2], 'topic tags'),
    related: strings(t[3], 'related topics'),
    reviewed: reviewed === null ? null : string(reviewed, 'review date'),
    sourcePairs: sourcePairs(t[5]),
    questions: strings(t[6], 'questions'),
    file: plainFile(t[7], 'topic file name'),
    headings: strings(headings, 'section headings'),
  };
}

/** A record's sources, checked where they are: [title, url] pairs of non-empty texts. */
function sourcePairs(v: unknown): [title: string, url: string][] {
  if (!Array.isArray(v)) fail('sources');
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    if (!Array.isArray(s) || s.length !== 2) fail('sources');
    text(s[0], 'sources');
    text(s[1], 'sources');
  }
  return v as [string, string][];
}

/**
 * Each topic's names as terms (a list of terms per name), read and checked the first time a
 * topic's are asked for: ranking asks for those of the topics a query word names.
 */
export function lazyNames(head: Pick<IndexHead, 'names' | 'nameBytes' | 'arrays'>, topics: number): NameList {
  const { nameLines } = head.arrays;
  // Lines one after another, filling the names part: each is then read in bounds.
  if (!startsFill(nameLines, topics, head.nameBytes)) fail('names');
  const read = new Array<string[][] | undefined>(topics);
  return {
    length: topics,
    at(i) {
      if (!(i >= 0 && i < topics)) return undefined;
      let names = read[i];
      if (!names) {
        const value = head.names(i);
        // Checked where they are, not copied.
        if (!Array.isArray(value)) fail('names');
        for (let j = 0; j < value.length; j++) strings(value[j], 'names');
        read[i] = names = value as string[][];
      }
      return names;
    },
  };
}
