// IndexData read back from an index file: its head's arrays and lists checked against each
// other and against the topics (lengths, orders, every number in range), and each term's
// postings checked as they are read. Anything wrong is an IndexDoubt, never a wrong answer.
import { compare, type IndexData, type NameList } from './builder.js';
import { IndexDoubt, startsFill, type IndexHead } from './format.js';
import { decodePairs } from './varint.js';

/** More sections than any library osteo can load: a bound on every count in the file. */
const MAX_SECTIONS = 2 ** 28;

function fail(what: string): never {
  throw new IndexDoubt(`its ${what} are damaged`);
}

/** A list of string, sorted and without repeats when `sorted`. */
function stringList(value: unknown, what: string, sorted: boolean): string[] {
  if (!Array.isArray(value)) fail(what);
  value.forEach((item, i) => {
    if (typeof item !== 'string') fail(what);
    if (sorted && i > 0 && compare(value[i - 1] as string, item) >= 0) fail(what);
  });
  return value as string[];
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
    if (wordTerms.length !== list.length || wordTerms.some((t) => t >= terms.length)) fail('words');
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
  for (const [start, list, what] of [
    [nameStart, nameTopic, 'names'],
    [tagStart, tagTopic, 'tags'],
  ] as const) {
    checkStarts(start, terms.length, list.length, what);
    // Each term's topics: ascending, and topics that exist.
    for (let t = 0; t < terms.length; t++) {
      for (let i = start[t] ?? 0; i < (start[t + 1] ?? 0); i++) {
        if ((list[i] ?? 0) >= topics || (i > (start[t] ?? 0) && (list[i - 1] ?? 0) >= (list[i] ?? 0))) fail(what);
      }
    }
  }
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
