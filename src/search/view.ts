// IndexData (builder.ts, or read back from an index file) as the SearchIndex that ranking reads:
// a term's postings are made when a query first asks for them, in the order buildIndex() makes
// them (sections ascending), so ranking and its ties come out the same. A test compares every
// term's postings with buildIndex()'s.
import type { Section, Topic } from '../topics/types.js';
import { compare, type IndexData } from './builder.js';
import { IndexDoubt } from './format.js';
import type { TopicNumbers } from './meta.js';
import { StoredTopic } from './stored-topic.js';
import { scannedWordSet } from './word-set.js';
import {
  IN_NAME,
  IN_TAGS,
  unpackHit,
  type PackedHits,
  type Postings,
  type SearchIndex,
  type SectionDoc,
  type SectionTable,
  type TermHit,
  type TopicNames,
} from './memory-index.js';

/**
 * A section of a topic read from an index file, or of a shipped topic whose index the caller
 * matched: its Section is asked of the topic only when used, so that a topic's record
 * (StoredTopic) or a shipped topic's body is read only for the sections a search uses.
 * `section` is a getter on the prototype: `{ ...doc }` would drop it; copy fields by name.
 */
class StoredDoc implements SectionDoc {
  constructor(
    readonly topic: Topic,
    readonly position: number,
  ) {}
  get section(): Section {
    const section = this.topic.sections[this.position];
    // StoredTopic checks that its record has the index's number of sections.
    if (!section) throw new IndexDoubt('its topics do not match its terms');
    return section;
  }
}

/**
 * The index of `topics`, which must be the topics `data` was built from (same sections: a
 * StoredTopic checks its own count when read; any other topic is checked here, unless the caller
 * has: `matched`, as the shipped index's key does, library/shipped-index.ts; then a topic's
 * sections are read only for a section a search uses, and the shipped topics' bodies only then).
 */
export function indexView(
  data: IndexData,
  topics: readonly Topic[],
  known?: TopicNumbers,
  matched = false,
): SearchIndex {
  const sections = sectionTable(data, topics, matched);
  const { firstDoc } = sections;
  const packedCache = new Map<string, PackedHits>();
  const cache = new Map<string, ReadonlyMap<number, TermHit>>();
  const packed = (term: string): PackedHits | undefined => {
    let hits = packedCache.get(term);
    if (!hits) {
      const t = findTerm(data.terms, term);
      if (!hasPostings(data, t)) return undefined;
      packedCache.set(term, (hits = readPostings(data, t, firstDoc)));
    }
    return hits;
  };
  const postings: Postings = {
    has: (term) => hasPostings(data, findTerm(data.terms, term)),
    packed,
    get(term) {
      let byDoc = cache.get(term);
      if (!byDoc) {
        const hits = packed(term);
        if (!hits) return undefined;
        const map = new Map<number, TermHit>();
        hits.docs.forEach((doc, i) =>
          map.set(doc, unpackHit(hits.hits[i] ?? 0, { inName: false, inTags: false, inHeading: false, bodyCount: 0 })),
        );
        cache.set(term, (byDoc = map));
      }
      return byDoc;
    },
  };
  let words: Map<string, string> | undefined;
  const knownWords = scannedWordSet(() => data.words);
  // A topic's names are read when first asked for (an index file's are parsed then).
  // `known`: the numbers the index's reader made when it checked the ids (meta.ts).
  let numbers: TopicNumbers | undefined = known;
  const numberOf = (id: string): number => {
    if (!numbers) {
      // A loop, not a Map of [id, i] pairs: 10,000 pairs to make and collect, in code not yet optimized.
      const made = new Map<string, number>();
      for (let i = 0; i < topics.length; i++) made.set(topics[i]?.id ?? '', i);
      numbers = made;
    }
    return numbers.get(id) ?? -1;
  };
  const names: TopicNames = {
    get(id) {
      // Not at(-1): an array's is its last item.
      const i = numberOf(id);
      return i < 0 ? undefined : data.names.at(i);
    },
    has: (id) => numberOf(id) >= 0,
    *values() {
      for (let i = 0; i < topics.length; i++) yield data.names.at(i) ?? [];
    },
  };
  let docs: SectionDoc[] | undefined;
  return {
    // Every section's SectionDoc only when something reads them all: ranking reads `sections`.
    get docs() {
      if (!docs) {
        docs = [];
        for (let i = 0; i < sections.count; i++) docs.push(sections.doc(i) as SectionDoc);
      }
      return docs;
    },
    sections,
    postings,
    // Only a query with a typo needs the vocabulary.
    get words() {
      return (words ??= new Map(data.words.map((word, i) => [word, data.terms[data.wordTerms[i] ?? 0] ?? ''])));
    },
    // Triage asks whether the content uses a few of the question's words (commands/search.ts):
    // the words alone, not the map of 11,000 words to their terms and then a set of its keys, at
    // every search of a large library; looked through for the first few (word-set.ts). The words
    // as \`words\` reads them (checked).
    hasWord: (word) => knownWords.has(word),
    names,
  };
}

/**
 * The sections of `topics` as numbers, their SectionDocs made when asked for: a search of 10,000
 * topics makes them for the few hundred sections it looks at, not for all 70,000 at every
 * search (20 ms of making them before V8 optimized the loop, and objects that every young
 * collection then copied).
 */
function sectionTable(data: IndexData, topics: readonly Topic[], matched: boolean): SectionTable {
  // The counts and the running total in locals, not read again from objects and arrays: these
  // loops run once per topic, before V8 optimizes them.
  const counts = data.sectionCounts;
  const firstDoc = new Uint32Array(topics.length + 1);
  let count = 0;
  for (let i = 0; i < topics.length; i++) {
    const topic = topics[i] as Topic;
    const sections = counts[i] ?? 0;
    if (!matched && !(topic instanceof StoredTopic) && topic.sections.length !== sections)
      throw new Error(`index: topic ${i} has other sections`);
    count += sections;
    firstDoc[i + 1] = count;
  }
  const topicOf = new Uint32Array(count);
  for (let t = 0, from = 0; t < topics.length; t++) {
    const to = firstDoc[t + 1] ?? 0;
    topicOf.fill(t, from, to);
    from = to;
  }
  // Each made once: a doc's identity matters (answers compare them, answer-first keys a map by them).
  const made: (SectionDoc | undefined)[] = [];
  return {
    count,
    topics,
    topicOf,
    firstDoc,
    doc(i) {
      if (!(i >= 0 && i < count)) return undefined;
      let doc = made[i];
      if (!doc) {
        const t = topicOf[i] ?? 0;
        const topic = topics[t] as Topic;
        const position = i - (firstDoc[t] ?? 0);
        doc =
          matched || topic instanceof StoredTopic
            ? new StoredDoc(topic, position)
            : { topic, section: topic.sections[position] as Section, position };
        made[i] = doc;
      }
      return doc;
    },
  };
}

/** The number of `term` in the sorted `terms`, or -1. */
export function findTerm(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const order = compare(terms[mid] ?? '', term);
    if (order === 0) return mid;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function hasPostings(data: IndexData, t: number): boolean {
  if (t < 0) return false;
  const span = (start: Uint32Array): number => (start[t + 1] ?? 0) - (start[t] ?? 0);
  return span(data.postStart) + span(data.nameStart) + span(data.tagStart) > 0;
}

/**
 * A term's postings, packed (memory-index.ts PackedHits): its own sections merged with every
 * section of the topics its names and tags mark. Its own sections are copied in tight loops
 * between those topics' runs, the bits packed inline (packBits, written out): a common word of
 * 10,000 topics has 40,000 sections, decoded once per search before V8 optimizes this, where a
 * three-way minimum, two cursor objects and a call per section were most of the time.
 */
function readPostings(data: IndexData, t: number, firstDoc: Uint32Array): PackedHits {
  const own = data.postings(t);
  const marked = markedTopics(data, t);
  // At most every listed section and every section of every marked topic.
  let most = own.length / 2;
  for (let i = 0; i < marked.length; i += 2) {
    const topic = marked[i] ?? 0;
    most += (firstDoc[topic + 1] ?? 0) - (firstDoc[topic] ?? 0);
  }
  const docs = new Uint32Array(most);
  const hits = new Uint32Array(most);
  let n = 0;
  let p = 0;
  for (let i = 0; i < marked.length; i += 2) {
    const topic = marked[i] ?? 0;
    const flags = marked[i + 1] ?? 0;
    const from = firstDoc[topic] ?? 0;
    const to = firstDoc[topic + 1] ?? 0;
    for (; p < own.length && (own[p] ?? 0) < from; p += 2, n++) {
      const value = own[p + 1] ?? 0;
      docs[n] = own[p] ?? 0;
      hits[n] = ((value & 1) << 2) | ((value >>> 1) << 3);
    }
    for (let doc = from; doc < to; doc++, n++) {
      // The stored value is the body count above one heading bit.
      let value = 0;
      if (p < own.length && own[p] === doc) {
        value = own[p + 1] ?? 0;
        p += 2;
      }
      docs[n] = doc;
      hits[n] = flags | ((value & 1) << 2) | ((value >>> 1) << 3);
    }
  }
  for (; p < own.length; p += 2, n++) {
    const value = own[p + 1] ?? 0;
    docs[n] = own[p] ?? 0;
    hits[n] = ((value & 1) << 2) | ((value >>> 1) << 3);
  }
  return { docs: docs.subarray(0, n), hits: hits.subarray(0, n) };
}

/**
 * The topics term t's names and tags mark, ascending, each with its flags (IN_NAME, IN_TAGS):
 * topic, flags, topic, flags... Both lists are ascending (stored.ts checks it).
 */
function markedTopics(data: IndexData, t: number): number[] {
  const { nameTopic, tagTopic } = data;
  let a = data.nameStart[t] ?? 0;
  const aEnd = data.nameStart[t + 1] ?? 0;
  let b = data.tagStart[t] ?? 0;
  const bEnd = data.tagStart[t + 1] ?? 0;
  const marked: number[] = [];
  while (a < aEnd || b < bEnd) {
    const named = a < aEnd ? (nameTopic[a] ?? 0) : Infinity;
    const tagged = b < bEnd ? (tagTopic[b] ?? 0) : Infinity;
    if (named < tagged) {
      marked.push(named, IN_NAME);
      a++;
    } else if (tagged < named) {
      marked.push(tagged, IN_TAGS);
      b++;
    } else {
      marked.push(named, IN_NAME | IN_TAGS);
      a++;
      b++;
    }
  }
  return marked;
}
