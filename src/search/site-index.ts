// The offline site's search index (osteo export): JSON inside the page's script, because a page
// opened from file:// cannot fetch a binary file beside it. The CLI never reads it: its one index
// format is format.ts. It holds exactly what buildIndex() makes, so the site's results are the
// CLI's (a browser test compares them). Each term's postings stay a string until a query asks.
import type { Topic } from '../topics/types.js';
import type { BuiltIndex, Postings, SearchIndex, SectionDoc, TermHit } from './memory-index.js';

export interface PackedIndex {
  /** term → "doc:flags doc:flags …", flags = bodyCount << 3 | heading << 2 | tags << 1 | name. */
  terms: Record<string, string>;
  /** [word, stem] pairs, in the index's order (an object would put number-like words first). */
  words: [string, string][];
  /** Each topic's name terms, in topic order. */
  names: string[][][];
}

const NAME = 1;
const TAGS = 2;
const HEADING = 4;
const BODY_SHIFT = 3;

export function packIndex(index: BuiltIndex, topics: readonly Topic[]): PackedIndex {
  const packed: Record<string, string> = {};
  for (const [term, byDoc] of index.postings) {
    packed[term] = [...byDoc]
      .map(
        ([doc, h]) =>
          `${doc}:${(h.bodyCount << BODY_SHIFT) | (h.inHeading ? HEADING : 0) | (h.inTags ? TAGS : 0) | (h.inName ? NAME : 0)}`,
      )
      .join(' ');
  }
  return { terms: packed, words: [...index.words], names: topics.map((t) => index.names.get(t.id) ?? []) };
}

/** The index of `topics` from its packed form; `topics` must be the ones it was packed from. */
export function unpackIndex(packed: PackedIndex, topics: readonly Topic[]): SearchIndex {
  return onDemandIndex(topics, {
    names: packed.names,
    words: packed.words,
    has: (term) => Object.hasOwn(packed.terms, term),
    read: (term) => {
      const text = packed.terms[term];
      return text === undefined ? new Map() : decode(text);
    },
  });
}

function decode(text: string): Map<number, TermHit> {
  const byDoc = new Map<number, TermHit>();
  for (const pair of text.split(' ')) {
    const [doc = 0, flags = 0] = pair.split(':').map(Number);
    byDoc.set(doc, {
      inName: (flags & NAME) !== 0,
      inTags: (flags & TAGS) !== 0,
      inHeading: (flags & HEADING) !== 0,
      bodyCount: flags >>> BODY_SHIFT,
    });
  }
  return byDoc;
}

/** Where an on-demand index gets its parts: names and words in full, postings a term at a time. */
interface IndexParts {
  /** Each topic's name terms, in topic order. */
  names: readonly string[][][];
  words: Iterable<readonly [string, string]>;
  /** Whether the index has the term: own keys only, so "constructor" is just a word. */
  has(term: string): boolean;
  /** The postings of a term that `has` said is there. */
  read(term: string): ReadonlyMap<number, TermHit>;
}

/**
 * An index of `topics` whose postings are read when a query first asks for a term. Sections are
 * numbered as buildIndex numbers them.
 */
function onDemandIndex(topics: readonly Topic[], parts: IndexParts): SearchIndex {
  const docs = topics.flatMap((topic) =>
    topic.sections.map((section, position): SectionDoc => ({ topic, section, position })),
  );
  const cache = new Map<string, ReadonlyMap<number, TermHit>>();
  const postings: Postings = {
    get(term) {
      if (!parts.has(term)) return undefined;
      let byDoc = cache.get(term);
      if (!byDoc) cache.set(term, (byDoc = parts.read(term)));
      return byDoc;
    },
    has: (term) => parts.has(term),
  };
  const names = new Map(topics.map((t, i) => [t.id, parts.names[i] ?? []]));
  return { docs, postings, words: new Map(parts.words), names };
}
