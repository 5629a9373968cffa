// IndexData (builder.ts, or read back from an index file) as the SearchIndex that ranking reads:
// a term's postings are made when a query first asks for them, in the order buildIndex() makes
// them (sections ascending), so ranking and its ties come out the same. A test compares every
// term's postings with buildIndex()'s.
import type { Section, Topic } from '../topics/types.js';
import { compare, type IndexData } from './builder.js';
import { IndexDoubt } from './format.js';
import { StoredTopic } from './stored-topic.js';
import {
  packBits,
  unpackHit,
  type PackedHits,
  type Postings,
  type SearchIndex,
  type SectionDoc,
  type TermHit,
  type TopicNames,
} from './memory-index.js';

/**
 * A section of a topic read from an index file: its Section is asked of the topic only when
 * used, so that a topic's record is read (StoredTopic) only for the sections a search shows.
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
 * StoredTopic checks its own count when read; any other topic is checked here).
 */
export function indexView(data: IndexData, topics: readonly Topic[]): SearchIndex {
  const docs: SectionDoc[] = [];
  const firstDoc = new Uint32Array(topics.length + 1);
  topics.forEach((topic, i) => {
    const count = data.sectionCounts[i] ?? 0;
    if (topic instanceof StoredTopic)
      for (let position = 0; position < count; position++) docs.push(new StoredDoc(topic, position));
    else {
      if (topic.sections.length !== count) throw new Error(`index: topic ${i} has other sections`);
      topic.sections.forEach((section, position) => docs.push({ topic, section, position }));
    }
    firstDoc[i + 1] = docs.length;
  });
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
  // A topic's names are read when first asked for (an index file's are parsed then).
  let numbers: Map<string, number> | undefined;
  const numberOf = (id: string): number => {
    if (!numbers) {
      // A loop, not a Map of [id, i] pairs: 10,000 pairs to make and collect, in code not yet optimized.
      numbers = new Map();
      for (let i = 0; i < topics.length; i++) numbers.set(topics[i]?.id ?? '', i);
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
  return {
    docs,
    postings,
    // Only a query with a typo needs the vocabulary.
    get words() {
      return (words ??= new Map(data.words.map((word, i) => [word, data.terms[data.wordTerms[i] ?? 0] ?? ''])));
    },
    names,
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

/** The sections of the topics listed in [start, end) of `topics`, ascending: `doc` is the current one. */
class TopicDocs {
  doc = Infinity;
  private stop = 0;
  constructor(
    private readonly topics: Uint32Array,
    private i: number,
    private readonly end: number,
    private readonly firstDoc: Uint32Array,
  ) {
    this.load();
  }
  next(): void {
    if (++this.doc < this.stop) return;
    this.i++;
    this.load();
  }
  /** The first section of the i-th listed topic, or of the next one that has any. */
  private load(): void {
    for (; this.i < this.end; this.i++) {
      const topic = this.topics[this.i] ?? 0;
      this.doc = this.firstDoc[topic] ?? 0;
      this.stop = this.firstDoc[topic + 1] ?? 0;
      if (this.doc < this.stop) return;
    }
    this.doc = Infinity;
  }
}

/** A term's postings, packed (memory-index.ts PackedHits): its own sections merged with its topics' names and tags. */
function readPostings(data: IndexData, t: number, firstDoc: Uint32Array): PackedHits {
  // At most every listed section and every section of every named or tagged topic.
  const own = data.postings(t);
  let most = own.length / 2;
  for (const [topics, start] of [
    [data.nameTopic, data.nameStart],
    [data.tagTopic, data.tagStart],
  ] as const) {
    for (let i = start[t] ?? 0; i < (start[t + 1] ?? 0); i++) {
      const topic = topics[i] ?? 0;
      most += (firstDoc[topic + 1] ?? 0) - (firstDoc[topic] ?? 0);
    }
  }
  const docs = new Uint32Array(most);
  const hits = new Uint32Array(most);
  let n = 0;
  const named = new TopicDocs(data.nameTopic, data.nameStart[t] ?? 0, data.nameStart[t + 1] ?? 0, firstDoc);
  const tagged = new TopicDocs(data.tagTopic, data.tagStart[t] ?? 0, data.tagStart[t + 1] ?? 0, firstDoc);
  let p = 0;
  for (;;) {
    const next = p < own.length ? (own[p] ?? 0) : Infinity;
    const doc = Math.min(named.doc, tagged.doc, next);
    if (doc === Infinity) return { docs: docs.subarray(0, n), hits: hits.subarray(0, n) };
    const value = doc === next ? (own[p + 1] ?? 0) : 0;
    if (doc === next) p += 2;
    docs[n] = doc;
    // The stored value is the body count above one heading bit.
    hits[n++] = packBits(doc === named.doc, doc === tagged.doc, (value & 1) === 1, value >>> 1);
    if (doc === named.doc) named.next();
    if (doc === tagged.doc) tagged.next();
  }
}
