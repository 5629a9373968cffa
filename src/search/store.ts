// A search index kept on disk, for libraries of thousands of topics: `osteo index DIR` writes it
// (DIR/.osteo-index.json and .osteo-index.bin); search then reads only the header and the
// postings of the query's words, and parses only the topic files it shows. It holds exactly what
// buildIndex() makes, so results are the same with it and without it (a test compares them).
// It is used only while every topic file has the size and time it had when indexed.
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicFileNames } from '../topics/files.js';
import type { Section, Topic } from '../topics/types.js';
import { buildIndex, onDemandIndex, type SearchIndex, type SectionDoc, type TermHit } from './index.js';

export const INDEX_FILE = '.osteo-index.json';
export const POSTINGS_FILE = '.osteo-index.bin';
const VERSION = 1;

// A posting is one 32-bit number: section << 4 | in heading << 3 | body count (capped at 7).
const BODY_BITS = 3;
const HEADING_BIT = 1 << BODY_BITS;
const SECTION_SHIFT = 4;

/** A topic without its section text: what the header keeps of each. */
type TopicHead = Omit<Topic, 'sections'> & { headings: string[] };

interface Header {
  version: number;
  /** [name, size, mtimeMs] of each topic file, to tell whether the index still holds. */
  files: [string, number, number][];
  topics: TopicHead[];
  names: string[][][];
  words: Record<string, string>;
  /** term → [offset, count] of its section postings, the topics naming it, the topics tagged with it. */
  terms: Record<string, [number, number, number[], number[]]>;
}

function stampFolder(dir: string): [string, number, number][] {
  return topicFileNames(dir).map((name) => {
    const stats = statSync(join(dir, name));
    return [name, stats.size, stats.mtimeMs];
  });
}

/** Write the index of `topics` (the loaded contents of `dir`) into `dir`. */
export function writeStoredIndex(dir: string, topics: readonly Topic[]): { sections: number; terms: number } {
  const index = buildIndex(topics);
  const topicNumber = new Map(topics.map((t, i) => [t.id, i]));
  const chunks: number[] = [];
  const terms: Header['terms'] = {};
  // Which topics carry a term in their names or tags: stored per topic, not per section.
  const named = new Map<string, Set<number>>();
  const tagged = new Map<string, Set<number>>();
  for (const [term, byDoc] of index.postings) {
    const own: number[] = [];
    for (const [doc, hit] of byDoc) {
      const topic = topicNumber.get(index.docs[doc]?.topic.id ?? '') ?? 0;
      if (hit.inName) (named.get(term) ?? named.set(term, new Set()).get(term))?.add(topic);
      if (hit.inTags) (tagged.get(term) ?? tagged.set(term, new Set()).get(term))?.add(topic);
      if (hit.inHeading || hit.bodyCount > 0) {
        own.push((doc << SECTION_SHIFT) | (hit.inHeading ? HEADING_BIT : 0) | Math.min(hit.bodyCount, (1 << BODY_BITS) - 1));
      }
    }
    own.sort((a, b) => a - b);
    terms[term] = [chunks.length, own.length, [...(named.get(term) ?? [])], [...(tagged.get(term) ?? [])]];
    chunks.push(...own);
  }
  const header: Header = {
    version: VERSION,
    files: stampFolder(dir),
    topics: topics.map(({ sections, ...head }) => ({ ...head, headings: sections.map((s) => s.heading) })),
    names: topics.map((t) => index.names.get(t.id) ?? []),
    words: Object.fromEntries(index.words),
    terms,
  };
  writeFileSync(join(dir, POSTINGS_FILE), new Uint32Array(chunks));
  writeFileSync(join(dir, INDEX_FILE), JSON.stringify(header));
  return { sections: index.docs.length, terms: Object.keys(terms).length };
}

export interface StoredIndex {
  /** The topics, with their section headings but not their text (see hydrate). */
  topics: Topic[];
  index: SearchIndex;
  /** Read the real text of these sections from their topic files, in place. */
  hydrate(docs: readonly SectionDoc[], parse: (text: string, file: string) => Topic): void;
}

/** The stored index of `dir`, if there is one and every topic file is as it was; else null. */
export function openStoredIndex(dir: string): StoredIndex | null {
  let header: Header;
  try {
    header = JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')) as Header;
  } catch {
    return null;
  }
  if (header.version !== VERSION || JSON.stringify(header.files) !== JSON.stringify(stampFolder(dir))) return null;

  const topics: Topic[] = header.topics.map(({ headings, ...head }) => ({
    ...head,
    sections: headings.map((heading): Section => ({ heading, markdown: '' })),
  }));
  // The number of each topic's first section.
  const firstDoc: number[] = [];
  let sections = 0;
  for (const topic of topics) {
    firstDoc.push(sections);
    sections += topic.sections.length;
  }
  const postingsFile = join(dir, POSTINGS_FILE);

  const read = (term: string): ReadonlyMap<number, TermHit> => {
    const [offset, count, namedBy, taggedBy] = header.terms[term] ?? [0, 0, [], []];
    const byDoc = new Map<number, TermHit>();
    const hitAt = (doc: number): TermHit => {
      let hit = byDoc.get(doc);
      if (!hit) byDoc.set(doc, (hit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 }));
      return hit;
    };
    // A topic-level term marks every section of the topic, as buildIndex does.
    for (const [list, field] of [[namedBy, 'inName'], [taggedBy, 'inTags']] as const) {
      for (const t of list) {
        const start = firstDoc[t] ?? 0;
        for (let doc = start; doc < start + (topics[t]?.sections.length ?? 0); doc++) hitAt(doc)[field] = true;
      }
    }
    if (count > 0) {
      const bytes = Buffer.alloc(count * 4);
      const fd = openSync(postingsFile, 'r');
      try {
        readSync(fd, bytes, 0, bytes.length, offset * 4);
      } finally {
        closeSync(fd);
      }
      const values = new Uint32Array(bytes.buffer, bytes.byteOffset, count);
      for (const value of values) {
        const hit = hitAt(value >>> SECTION_SHIFT);
        hit.inHeading = (value & HEADING_BIT) !== 0;
        hit.bodyCount = value & ((1 << BODY_BITS) - 1);
      }
    }
    return byDoc;
  };
  const index = onDemandIndex(topics, {
    names: header.names,
    words: Object.entries(header.words),
    has: (term) => Object.hasOwn(header.terms, term),
    read,
  });

  const hydrate: StoredIndex['hydrate'] = (wanted, parse) => {
    for (const topic of new Set(wanted.map((d) => d.topic))) {
      const full = parse(readFileSync(join(dir, topic.file), 'utf8'), topic.file);
      topic.sections.forEach((section, i) => {
        Object.assign(section, full.sections[i] ?? {});
      });
    }
  };
  return { topics, index, hydrate };
}
