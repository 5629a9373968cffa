// IndexData (builder.ts, or read back from an index file) as the SearchIndex that ranking reads:
// a term's postings are made when a query first asks for them, in the order buildIndex() makes
// them (sections ascending), so ranking and its ties come out the same. A test compares every
// term's postings with buildIndex()'s.
import type { Topic } from '../topics/types.js';
import { compare, type IndexData } from './builder.js';
import type { Postings, SearchIndex, SectionDoc, TermHit } from './memory-index.js';

/** The index of `topics`, which must be the topics `data` was built from (same sections). */
export function indexView(data: IndexData, topics: readonly Topic[]): SearchIndex {
  const docs: SectionDoc[] = [];
  const firstDoc = new Uint32Array(topics.length + 1);
  topics.forEach((topic, i) => {
    if (topic.sections.length !== data.sectionCounts[i]) throw new Error(`index: topic ${i} has other sections`);
    topic.sections.forEach((section, position) => docs.push({ topic, section, position }));
    firstDoc[i + 1] = docs.length;
  });
  const cache = new Map<string, ReadonlyMap<number, TermHit>>();
  const postings: Postings = {
    has: (term) => hasPostings(data, findTerm(data.terms, term)),
    get(term) {
      const t = findTerm(data.terms, term);
      if (!hasPostings(data, t)) return undefined;
      let byDoc = cache.get(term);
      if (!byDoc) cache.set(term, (byDoc = readPostings(data, t, firstDoc)));
      return byDoc;
    },
  };
  let words: Map<string, string> | undefined;
  const names = new Map(topics.map((topic, i) => [topic.id, data.names[i] ?? []]));
  return {
    docs,
    postings,
    // Only a query with a typo needs the vocabulary.
    get words() {
      return (words ??= new Map(data.words.map((word, i) => [word, data.terms[data.wordTerms[i] ?? 0] ?? ''])));
    },
    names,
    nameTerms: new Set(data.names.flat(2)),
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

function readPostings(data: IndexData, t: number, firstDoc: Uint32Array): Map<number, TermHit> {
  const byDoc = new Map<number, TermHit>();
  const named = new TopicDocs(data.nameTopic, data.nameStart[t] ?? 0, data.nameStart[t + 1] ?? 0, firstDoc);
  const tagged = new TopicDocs(data.tagTopic, data.tagStart[t] ?? 0, data.tagStart[t + 1] ?? 0, firstDoc);
  const pairs = data.postings(t);
  let p = 0;
  for (;;) {
    const own = p < pairs.length ? (pairs[p] ?? 0) : Infinity;
    const doc = Math.min(named.doc, tagged.doc, own);
    if (doc === Infinity) return byDoc;
    const value = doc === own ? (pairs[p + 1] ?? 0) : 0;
    if (doc === own) p += 2;
    byDoc.set(doc, {
      inName: doc === named.doc,
      inTags: doc === tagged.doc,
      inHeading: (value & 1) === 1,
      bodyCount: value >>> 1,
    });
    if (doc === named.doc) named.next();
    if (doc === tagged.doc) tagged.next();
  }
}
