// IndexData read back from an index file: its head's arrays and lists checked against each
// other and against the topics (lengths, orders, every number in range), and each term's
// postings checked as they are read. Anything wrong is an IndexDoubt, never a wrong answer.
import type { IndexData, NameList } from './builder.js';
import { IndexDoubt, startsFill, type IndexHead } from './format.js';
import { decodePairs } from './varint.js';

/** More sections than any library osteo can load: a bound on every count in the file. */
const MAX_SECTIONS = 2 ** 28;

function fail(what: string): never {
  throw new IndexDoubt(`its ${what} are damaged`);
}

/**
 * A list of string, sorted and without repeats when `sorted`. An index loop, the one before in a
 * local, not forEach and compare(): a large index's terms and words are 11,000 strings each,
 * checked at every open and search before V8 optimizes this, where a call per string was most
 * of the check.
 */
function stringList(value: unknown, what: string, sorted: boolean): string[] {
  if (!Array.isArray(value)) fail(what);
  let previous = '';
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') fail(what);
    // compare(previous, item) >= 0: code unit order, as builder.ts sorts.
    if (sorted && i > 0 && !(previous < item)) fail(what);
    previous = item;
  }
  return value as string[];
}

/** Whether every number of `list` is below `limit`: an index loop, not some() with a call per number. */
function allBelow(list: Uint32Array, limit: number): boolean {
  for (let i = 0; i < list.length; i++) if ((list[i] ?? 0) >= limit) return false;
  return true;
}

/**
 * Whether each of the `count` runs of `list` (run t is [start[t], start[t + 1])) holds topics
 * that exist, ascending. One load an entry, the run's last topic kept in a local: a large
 * library's names and tags mark 100,000 entries, checked at every open before V8 optimizes
 * this, where loading each entry, its neighbour and its run's bounds again was a tenth of
 * reading the index.
 */
function topicsAscending(start: Uint32Array, list: Uint32Array, count: number, topics: number): boolean {
  for (let t = 0; t < count; t++) {
    const end = start[t + 1] ?? 0;
    let previous = -1;
    for (let i = start[t] ?? 0; i < end; i++) {
      const topic = list[i] ?? 0;
      if (topic >= topics || topic <= previous) return false;
      previous = topic;
    }
  }
  return true;
}

/** Starts of `count` lists within `total` entries (format.ts startsFill), else an IndexDoubt. */
function checkStarts(start: Uint32Array, count: number, total: number, what: string): void {
  if (!startsFill(start, count, total)) fail(what);
}

/**
 * The index data of a checked head. `readBytes(from, length)` reads bytes of the postings part.
 */
export function checkData(
  head: IndexHead,
  names: NameList,
  topics: number,
  readBytes: (from: number, length: number) => Uint8Array,
): IndexData {
  const terms = stringList(head.terms, 'terms', true);
  const { wordTerms, sectionCounts, postStart, postBytes, nameStart, nameTopic, tagStart, tagTopic } = head.arrays;
  let words: string[] | undefined;
  const checkWords = (): string[] => {
    const list = stringList(head.words(), 'words', false);
    if (wordTerms.length !== list.length || !allBelow(wordTerms, terms.length)) fail('words');
    return list;
  };
  if (sectionCounts.length !== topics) fail('section counts');
  let sections = 0;
  for (let i = 0; i < sectionCounts.length; i++)
    if ((sections += sectionCounts[i] ?? 0) > MAX_SECTIONS) fail('section counts');
  checkStarts(postStart, terms.length, postStart[terms.length] ?? 0, 'postings');
  checkStarts(postBytes, terms.length, head.postingsLength, 'postings');
  // Every posting takes at least 2 bytes, and a term has at most one per section.
  if ((postStart[terms.length] ?? 0) * 2 > head.postingsLength) fail('postings');
  // Each term's topics: ascending, and topics that exist.
  checkStarts(nameStart, terms.length, nameTopic.length, 'names');
  if (!topicsAscending(nameStart, nameTopic, terms.length, topics)) fail('names');
  checkStarts(tagStart, terms.length, tagTopic.length, 'tags');
  if (!topicsAscending(tagStart, tagTopic, terms.length, topics)) fail('tags');
  const encoded = (t: number): Uint8Array => {
    const from = postBytes[t] ?? 0;
    return readBytes(from, (postBytes[t + 1] ?? 0) - from);
  };
  return {
    sectionCounts,
    names,
    terms,
    // Read and checked when a query with a typo first needs them: a doubt then is caught as any other.
    get words() {
      return (words ??= checkWords());
    },
    wordTerms,
    postStart,
    nameStart,
    nameTopic,
    tagStart,
    tagTopic,
    postBytes,
    encoded,
    postings(t) {
      const count = (postStart[t + 1] ?? 0) - (postStart[t] ?? 0);
      const length = (postBytes[t + 1] ?? 0) - (postBytes[t] ?? 0);
      // Each posting takes 2 to 10 bytes; more than one per section cannot be.
      if (count > sections || length < 2 * count || length > 10 * count) fail('postings');
      // Sections ascending and in range; each posting says something (a heading or a body count).
      const pairs = count === 0 ? new Uint32Array(0) : decodePairs(encoded(t), count, sections);
      return pairs ?? fail('postings');
    },
  };
}
