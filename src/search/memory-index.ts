// Builds the search index: every section of every topic, with its terms by field.
import { searchNames } from '../topics/names.js';
import { searchesOf, withSearches } from '../topics/searches.js';
import type { Section, Topic } from '../topics/types.js';
import { isStopWord, keepsName, stem, tokenize, toTerms } from './normalize.js';

/** Where a term occurs in one section; topic-level fields (id, title, aliases, tags) count for all sections. */
export interface TermHit {
  /** In the topic's id, title or an alias: what the topic is named. */
  inName: boolean;
  /** In one of the topic's tags or its summary: what the topic touches on. */
  inTags: boolean;
  inHeading: boolean;
  bodyCount: number;
}

export interface SectionDoc {
  topic: Topic;
  section: Section;
  /** Position of the section within its topic (0 = intro or first section). */
  position: number;
}

/** Where each term occurs; a Map in memory, or read on demand (an index file: view.ts; the site: site-index.ts). */
export interface Postings {
  get(term: string): ReadonlyMap<number, TermHit> | undefined;
  has(term: string): boolean;
  /** The same as `get`, packed (see PackedHits): ranking reads this when a kind of index has it. */
  packed?(term: string): PackedHits | undefined;
}

/**
 * A term's postings as two arrays in section order: the section numbers, and for each a number
 * that packs its TermHit (packHit). Ranking a common word of a large library reads tens of
 * thousands of sections; an object per section was most of that search's time and garbage.
 */
export interface PackedHits {
  docs: Uint32Array;
  hits: Uint32Array;
}

export const IN_NAME = 1;
export const IN_TAGS = 2;
const IN_HEADING = 4;

/** A TermHit as one number: three flags, and the body count above them. */
export function packHit(hit: TermHit): number {
  return packBits(hit.inName, hit.inTags, hit.inHeading, hit.bodyCount);
}

export function packBits(inName: boolean, inTags: boolean, inHeading: boolean, bodyCount: number): number {
  return (inName ? IN_NAME : 0) | (inTags ? IN_TAGS : 0) | (inHeading ? IN_HEADING : 0) | (bodyCount << 3);
}

/** Unpack into `into` (reused by the caller, so a loop over sections makes no objects). */
export function unpackHit(value: number, into: TermHit): TermHit {
  into.inName = (value & IN_NAME) !== 0;
  into.inTags = (value & IN_TAGS) !== 0;
  into.inHeading = (value & IN_HEADING) !== 0;
  into.bodyCount = value >>> 3;
  return into;
}

// The packed form of a Map's postings, made once per Map (an index built in memory, the site's).
const packedMaps = new WeakMap<ReadonlyMap<number, TermHit>, PackedHits>();

/** A term's postings packed: from the index's own packed form if it has one, else from `get`. */
export function packedHits(postings: Postings, term: string): PackedHits | undefined {
  if (postings.packed) return postings.packed(term);
  const byDoc = postings.get(term);
  if (!byDoc) return undefined;
  let packed = packedMaps.get(byDoc);
  if (!packed) {
    // Section order, as findDoc needs: every index here is built that way, but a Map does not promise it.
    const entries = [...byDoc].sort(([a], [b]) => a - b);
    const docs = new Uint32Array(entries.length);
    const hits = new Uint32Array(entries.length);
    entries.forEach(([doc, hit], i) => {
      docs[i] = doc;
      hits[i] = packHit(hit);
    });
    packedMaps.set(byDoc, (packed = { docs, hits }));
  }
  return packed;
}

/** The place of `doc` in `packed.docs` (ascending), or -1. */
export function findDoc(packed: PackedHits, doc: number): number {
  let low = 0;
  let high = packed.docs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = packed.docs[mid] ?? 0;
    if (at === doc) return mid;
    if (at < doc) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Each topic's names as stemmed terms, by topic id: a Map, or read when asked for (view.ts). */
export interface TopicNames {
  get(id: string): string[][] | undefined;
  has(id: string): boolean;
  values(): Iterable<string[][]>;
}

export interface SearchIndex {
  /** Every section, by number: read through docCount, docAt, topicAt and positionOf where `sections` may be set. */
  docs: SectionDoc[];
  /**
   * The sections by number without an object each, where an index can give them so (view.ts,
   * whose `docs` is then made only if read whole): ranking reads the topic and position of most
   * sections of a large library, and makes SectionDocs only for those it returns.
   */
  sections?: SectionTable | undefined;
  /** stem → section number → where it occurs. */
  postings: Postings;
  /** Every surface word in the content → its stem; the vocabulary typos are matched against. */
  words: ReadonlyMap<string, string>;
  /** Each topic's names (id, title, aliases) as stemmed terms, to see how fully a query names it. */
  names: TopicNames;
  /**
   * The content's words that may be one letter edit from `word` (each with its stem), where an
   * index cannot list them all (search/partial.ts); else `words` is read.
   */
  wordsNear?: ((word: string) => ReadonlyMap<string, string>) | undefined;
  /** Whether the content uses `word`: where an index cannot list its words (search/partial.ts), or can answer it more cheaply than `words` (view.ts). */
  hasWord?: ((word: string) => boolean) | undefined;
  /** Real English words one letter from a content word: never read as typos (the build makes it). */
  realWords?: { has(word: string): boolean } | undefined;
}

/** The sections of an index as numbers: each section's topic, and where each topic's sections start. */
export interface SectionTable {
  count: number;
  topics: readonly Topic[];
  /** Section i's topic, as a number in `topics`. */
  topicOf: Uint32Array;
  /** Topic t's first section; its sections end where topic t + 1's start (count after the last). */
  firstDoc: Uint32Array;
  /** Section i's SectionDoc, made when first asked for and then the same object each time. */
  doc(i: number): SectionDoc | undefined;
}

/** How many sections an index has. */
export function docCount(index: SearchIndex): number {
  return index.sections ? index.sections.count : index.docs.length;
}

/** Section `doc` of an index. */
export function docAt(index: SearchIndex, doc: number): SectionDoc | undefined {
  return index.sections ? index.sections.doc(doc) : index.docs[doc];
}

/** The topic of section `doc`, without making its SectionDoc. */
export function topicAt(index: SearchIndex, doc: number): Topic | undefined {
  const table = index.sections;
  return table ? table.topics[table.topicOf[doc] ?? -1] : index.docs[doc]?.topic;
}

/** The position of section `doc` in its topic, without making its SectionDoc. */
export function positionOf(index: SearchIndex, doc: number): number {
  const table = index.sections;
  if (!table) return index.docs[doc]?.position ?? 0;
  return doc - (table.firstDoc[table.topicOf[doc] ?? 0] ?? 0);
}

/** An index built in memory: its postings are a plain Map, so they can be listed (site-index.ts). */
export interface BuiltIndex extends SearchIndex {
  postings: ReadonlyMap<string, ReadonlyMap<number, TermHit>>;
  names: ReadonlyMap<string, string[][]>;
}

export function buildIndex(topics: readonly Topic[]): BuiltIndex {
  const docs: SectionDoc[] = [];
  const postings = new Map<string, Map<number, TermHit>>();
  const words = new Map<string, string>();
  const names = new Map<string, string[][]>();

  const hitFor = (term: string, doc: number): TermHit => {
    let byDoc = postings.get(term);
    if (!byDoc) postings.set(term, (byDoc = new Map<number, TermHit>()));
    let hit = byDoc.get(doc);
    if (!hit) byDoc.set(doc, (hit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 }));
    return hit;
  };
  const learn = (text: string): void => {
    for (const token of tokenize(text)) if (!isStopWord(token) && !words.has(token)) words.set(token, stem(token));
  };

  for (const topic of topics) {
    const nameList = searchNames(topic);
    names.set(
      topic.id,
      nameList.map(toTerms).filter((terms, i) => keepsName(nameList[i] ?? '', terms.length)),
    );
    const nameText = nameList.join(' \n ');
    const nameTerms = new Set(toTerms(nameText));
    // The summary says what the whole topic covers, as its tags do: it marks every section of
    // the topic a little, not its opening section a lot (which then won every question).
    const tagTerms = new Set(toTerms(`${topic.tags.join(' \n ')} \n ${topic.summary}`));
    learn(nameText);
    learn(topic.tags.join(' '));
    learn(topic.summary);
    topic.sections.forEach((section, position) => {
      const doc = docs.push({ topic, section, position }) - 1;
      const body = withSearches(indexableText(section.markdown), searchesOf(topic, section));
      const headings = headingText(section);
      learn(headings);
      learn(body);
      for (const term of nameTerms) hitFor(term, doc).inName = true;
      for (const term of tagTerms) hitFor(term, doc).inTags = true;
      for (const term of toTerms(headings)) hitFor(term, doc).inHeading = true;
      for (const term of toTerms(body)) hitFor(term, doc).bodyCount += 1;
    });
  }
  return { docs, postings, words, names };
}

/**
 * What a section's headings say: its own, and those of its parts (### How to get up from the
 * floor), which say what the section answers as much as its title does.
 */
export function headingText(section: { heading: string; markdown: string }): string {
  if (!section.markdown.includes('#')) return section.heading;
  const parts = [section.heading];
  for (const match of section.markdown.matchAll(SUBHEADING)) parts.push(match[1] ?? '');
  return parts.join(' \n ');
}
const SUBHEADING = /^#{3,6}[ \t]+(.+)$/gm;

/**
 * Prose only: inline code holds commands (`osteo explain red-flags`), alert markers are syntax, and
 * citation markers ("[74]", "[19, 69]") number sources; none says what a section is about. A
 * question's numbers are mostly ages ("my husband is 74"), which a section with 80 sources would
 * otherwise answer.
 */
export function indexableText(markdown: string): string {
  // Most sections have none of these: a quick look first spares a pass of each pattern (issue 16).
  let text = markdown.includes('`') ? markdown.replace(/`[^`\n]*`/g, ' ') : markdown;
  if (text.includes('[!')) text = text.replace(/\[![A-Z]+\]/g, ' ');
  return text.includes('[') ? text.replace(CITATION, ' ') : text;
}
const CITATION = /\[\d+(?:\s*[,\u2013-]\s*\d+)*\]/g;
