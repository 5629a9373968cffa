// What an index file says beside its terms: the topic files it was made from, the files it
// skipped, and each topic without its text. Read back from disk, all of it is checked here
// before use (types, ranges, plain file names); format.ts has already cleaned every string.
import type { FileStamp } from '../topics/files.js';
import type { SkippedFile } from '../topics/load.js';
import type { Topic } from '../topics/types.js';
import { IndexDoubt, type IndexHead } from './format.js';
import { StoredTopic, type TopicRecord } from './stored-topic.js';

export interface IndexMeta {
  /** The folder's real path, in the cache's copies only: a copy for another folder is foreign. */
  folder?: string | undefined;
  files: FileStamp[];
  skipped: SkippedFile[];
  /** The topics, their sections with headings only (markdown ""). */
  topics: Topic[];
}

/**
 * The meta as the file holds it: the files, the skipped files and the topics' ids and titles as JSON, and
 * each topic's other fields as a record of its own (stored-topic.ts), a list in a fixed order
 * (names once, not 10,000 times: a fifth less to read and parse) with its sections as headings.
 */
export function encodeMeta(meta: IndexMeta): { meta: unknown; records: string[] } {
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
  return { meta: { folder: meta.folder, files: meta.files, skipped: meta.skipped, ids, titles }, records };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
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
  head: Pick<IndexHead, 'meta' | 'record' | 'records' | 'recordBytes' | 'arrays'>,
): IndexMeta & { readAll: () => void } {
  const value = head.meta;
  if (!isRecord(value)) fail('description');
  // Checked where they are, not copied: 10,000 stamps are 10,000 arrays. Index loops here and
  // below, not for…of: this runs once, before V8 optimizes it, and each step made an object.
  const files = value.files;
  if (!Array.isArray(files)) fail('file list');
  for (let i = 0; i < files.length; i++) {
    const f: unknown = files[i];
    if (!Array.isArray(f) || f.length !== 5) fail('file list');
    if (!PLAIN_NAME.test(string(f[0], 'file list'))) fail('file list');
    count(f[1], 'file list');
    time(f[2], 'file list');
    time(f[3], 'file list');
    count(f[4], 'file list');
  }
  const names = new Set((files as FileStamp[]).map(([name]) => name));
  if (names.size !== files.length) fail('file list');
  const plainFile = (v: unknown, what: string): string => {
    const name = string(v, what);
    return PLAIN_NAME.test(name) && names.has(name) ? name : fail(what);
  };
  const skipped = list(value.skipped, 'skipped files', (s): SkippedFile => {
    if (!isRecord(s)) fail('skipped files');
    return { file: string(s.file, 'skipped files'), problem: string(s.problem, 'skipped files') };
  });
  const ids = list(value.ids, 'topic list', (id) => (typeof id === 'string' && ID.test(id) ? id : fail('topic id')));
  if (new Set(ids).size !== ids.length) fail('topic list');
  const titles = value.titles;
  if (!Array.isArray(titles) || titles.length !== ids.length) fail('topic list');
  for (let i = 0; i < titles.length; i++) text(titles[i], 'topic title');
  const { topicStart, sectionCounts } = head.arrays;
  // Records one after another, ascending, filling the topics part: each is then read in bounds.
  if (topicStart.length !== ids.length + 1 || topicStart[0] !== 0 || topicStart[ids.length] !== head.recordBytes)
    fail('topic list');
  for (let i = 0; i < ids.length; i++) if ((topicStart[i] ?? 0) > (topicStart[i + 1] ?? 0)) fail('topic list');
  // Set while readAll() reads every record in one parse.
  let all: unknown[] | undefined;
  const topics = ids.map(
    (id, i) =>
      new StoredTopic(id, titles[i] as string, () =>
        checkRecord(all ? all[i] : head.record(i), sectionCounts[i] ?? -1, plainFile),
      ),
  );
  const readAll = (): void => {
    all = head.records(ids.length);
    try {
      for (const topic of topics) topic.check();
    } finally {
      all = undefined;
    }
  };
  const folder = value.folder === undefined ? undefined : string(value.folder, 'folder');
  return { folder, files: files as FileStamp[], skipped, topics, readAll };
}

/** A topic's record, as a StoredTopic reads it: with as many sections as the index counts. */
function checkRecord(t: unknown, sections: number, plainFile: (v: unknown, what: string) => string): TopicRecord {
  if (!Array.isArray(t) || t.length !== 9) fail('topic list');
  const [summary, aliases, tags, related, reviewed, sources, questions, file, headings] = t as unknown[];
  if (!Array.isArray(headings) || headings.length !== sections) fail('section headings');
  return {
    summary: string(summary, 'topic summary'),
    aliases: strings(aliases, 'topic aliases'),
    tags: strings(tags, 'topic tags'),
    related: strings(related, 'related topics'),
    reviewed: reviewed === null ? null : string(reviewed, 'review date'),
    sources: list(sources, 'sources', (s) =>
      Array.isArray(s) && s.length === 2
        ? { title: text(s[0], 'sources'), url: text(s[1], 'sources') }
        : fail('sources'),
    ),
    questions: strings(questions, 'questions'),
    file: plainFile(file, 'topic file name'),
    sections: list(headings, 'section headings', (heading) => ({
      heading: string(heading, 'section headings'),
      markdown: '',
    })),
  };
}

/** Each topic's names as terms: one list of terms per name, per topic. */
export function checkNames(value: unknown, topics: number): string[][][] {
  // Checked where they are, not copied: a list per name of 10,000 topics.
  if (!Array.isArray(value) || value.length !== topics) fail('names');
  for (let i = 0; i < value.length; i++) {
    const topic: unknown = value[i];
    if (!Array.isArray(topic)) fail('names');
    for (let j = 0; j < topic.length; j++) strings(topic[j], 'names');
  }
  return value as string[][][];
}
