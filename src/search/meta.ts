// What an index file says beside its terms: the topic files it was made from, the files it
// skipped, and each topic without its text. Read back from disk, all of it is checked here
// before use (types, ranges, plain file names); format.ts has already cleaned every string.
import type { FileStamp } from '../topics/files.js';
import type { SkippedFile } from '../topics/load.js';
import type { Topic, TriageRules } from '../topics/types.js';
import { IndexDoubt } from './format.js';

/** A topic without its sections' text: the index keeps their headings. */
export type TopicHead = Omit<Topic, 'sections'> & { headings: string[] };

export interface IndexMeta {
  /** The folder's real path, in the cache's copies only: a copy for another folder is foreign. */
  folder?: string | undefined;
  files: FileStamp[];
  skipped: SkippedFile[];
  topics: TopicHead[];
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
const list = <T>(v: unknown, what: string, each: (item: unknown) => T): T[] => (Array.isArray(v) ? v.map(each) : fail(what));
const strings = (v: unknown, what: string): string[] => list(v, what, (s) => string(s, what));
const count = (v: unknown, what: string): number => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fail(what));
const time = (v: unknown, what: string): number => (typeof v === 'number' && Number.isFinite(v) ? v : fail(what));

export function checkMeta(value: unknown): IndexMeta {
  if (!isRecord(value)) fail('description');
  const files = list(value.files, 'file list', (f): FileStamp => {
    if (!Array.isArray(f) || f.length !== 5) fail('file list');
    const name = string(f[0], 'file list');
    if (!PLAIN_NAME.test(name)) fail('file list');
    return [name, count(f[1], 'file list'), time(f[2], 'file list'), time(f[3], 'file list'), count(f[4], 'file list')];
  });
  const names = new Set(files.map(([name]) => name));
  if (names.size !== files.length) fail('file list');
  const plainFile = (v: unknown, what: string): string => {
    const name = string(v, what);
    return PLAIN_NAME.test(name) && names.has(name) ? name : fail(what);
  };
  const skipped = list(value.skipped, 'skipped files', (s): SkippedFile => {
    if (!isRecord(s)) fail('skipped files');
    return { file: string(s.file, 'skipped files'), problem: string(s.problem, 'skipped files') };
  });
  const topics = list(value.topics, 'topic list', (t) => checkTopic(t, plainFile));
  if (new Set(topics.map((t) => t.id)).size !== topics.length) fail('topic list');
  const folder = value.folder === undefined ? undefined : string(value.folder, 'folder');
  return { folder, files, skipped, topics };
}

function checkTopic(t: unknown, plainFile: (v: unknown, what: string) => string): TopicHead {
  if (!isRecord(t)) fail('topic list');
  const id = string(t.id, 'topic id');
  if (!ID.test(id)) fail('topic id');
  return {
    id,
    title: text(t.title, 'topic title'),
    summary: string(t.summary, 'topic summary'),
    aliases: strings(t.aliases, 'topic aliases'),
    tags: strings(t.tags, 'topic tags'),
    related: strings(t.related, 'related topics'),
    reviewed: t.reviewed === null ? null : string(t.reviewed, 'review date'),
    sources: list(t.sources, 'sources', (s) => (isRecord(s) ? { title: text(s.title, 'sources'), url: text(s.url, 'sources') } : fail('sources'))),
    triage: t.triage === null ? null : checkTriage(t.triage),
    file: plainFile(t.file, 'topic file name'),
    headings: strings(t.headings, 'section headings'),
  };
}

function checkTriage(value: unknown): TriageRules {
  if (!isRecord(value) || !isRecord(value.messages)) fail('triage rules');
  return {
    messages: { emergency: text(value.messages.emergency, 'triage rules'), urgent: text(value.messages.urgent, 'triage rules') },
    signs: list(value.signs, 'triage rules', (sign) => {
      if (!isRecord(sign) || (sign.level !== 'emergency' && sign.level !== 'urgent')) fail('triage rules');
      const when = list(sign.when, 'triage rules', (pattern) => list(pattern, 'triage rules', (slot) => strings(slot, 'triage rules')));
      return { level: sign.level, sign: text(sign.sign, 'triage rules'), when };
    }),
  };
}

/** Each topic's names as terms: one list of terms per name, per topic. */
export function checkNames(value: unknown, topics: number): string[][][] {
  const names = list(value, 'names', (topic) => list(topic, 'names', (name) => strings(name, 'names')));
  return names.length === topics ? names : fail('names');
}
