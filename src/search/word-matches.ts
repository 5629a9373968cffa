// How well each section matches one query word: the quality of its best alternative there, for
// ranking topics (with the topic's names and tags) and for choosing a topic's section (its own
// heading and text). search.ts adds the words up.
import { sectionQuality, TITLE_WORD_IN_SECTION } from './answer-first.js';
import { topicTerms } from './topic-terms.js';
import {
  docCount,
  findDoc,
  IN_NAME,
  packedHits,
  unpackHit,
  type PackedHits,
  type SearchIndex,
  topicAt,
  type SectionDoc,
  type TermHit,
} from './memory-index.js';
import type { QueryWord } from './query.js';

/**
 * For one query word, the best match quality in each section, over its alternatives: the
 * sections in the order first matched, and by section number the quality and the term. Also
 * `named`: the sections whose topic's names hold one of the word's terms (each once per term);
 * and `own`, how well a section's own heading and text match the word, worked out when asked.
 */
export function bestPerDoc(
  index: SearchIndex,
  word: QueryWord,
  coverage: (topicId: string) => number,
  titleWordDiscount: boolean,
): {
  docs: Uint32Array;
  quality: Float64Array;
  named: number[];
  term: (doc: number) => string | undefined;
  own: (doc: number) => number;
} {
  const named: number[] = [];
  const total = docCount(index);
  // The sections first matched, in order: each at most once, so no more than the sections or
  // than the alternatives' postings. A typed array and a count, not push(): a common word of a
  // large library matches tens of thousands, and a growing array was copied at each growth and
  // by each young collection.
  let most = 0;
  for (let a = 0; a < word.alternatives.length; a++)
    most += packedHits(index.postings, word.alternatives[a]?.term ?? '')?.docs.length ?? 0;
  const docs = new Uint32Array(Math.min(total, most));
  const found = { count: 0 };
  const quality = new Float64Array(total);
  // The alternative (plus one) that matched best, by section: not an array of strings indexed by
  // section, which V8 keeps as a slow dictionary once a common word leaves gaps in it.
  const best = new Uint16Array(total);
  // Reused for every section: a common word touches most sections of a large library.
  const first: TermHit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 };
  // Each alternative's name hits (and all its hits, for a meaning of several words) take the
  // general path below; the rest, most hits of a large library, take textHits.
  const general: number[] = [];
  word.alternatives.forEach((alt, altNumber) => {
    // A meaning of several words ("height loss") matches where all of them are, as well as its weakest.
    const main = packedHits(index.postings, alt.term);
    const withTerms = (alt.with ?? []).map((t) => packedHits(index.postings, t));
    if (!main) return;
    if (withTerms.some((p) => p === undefined)) {
      // No section matches it, but its term may still name a topic.
      for (let i = 0; i < main.docs.length; i++)
        if (((main.hits[i] ?? 0) & IN_NAME) !== 0) named.push(main.docs[i] ?? 0);
      return;
    }
    const others = withTerms.map((): TermHit => ({ inName: false, inTags: false, inHeading: false, bodyCount: 0 }));
    const mainDocs = main.docs;
    const mainHits = main.hits;
    general.length = 0;
    if (withTerms.length === 0) textHits(main, alt.weight, altNumber + 1, { docs, found, quality, best }, general);
    else for (let i = 0; i < mainDocs.length; i++) general.push(i);
    // What a hit in a topic's names depends on is the same for all its sections, which come one
    // after another: worked out once per topic.
    let topic: SectionDoc['topic'] | undefined;
    let topicCoverage = 0;
    for (let g = 0; g < general.length; g++) {
      const i = general[g] ?? 0;
      const doc = mainDocs[i] ?? 0;
      unpackHit(mainHits[i] ?? 0, first);
      if (first.inName) named.push(doc);
      let all = true;
      for (let k = 0; k < withTerms.length && all; k++) {
        const p = withTerms[k];
        const at = p ? findDoc(p, doc) : -1;
        if (at < 0) all = false;
        else unpackHit(p?.hits[at] ?? 0, others[k] ?? first);
      }
      if (!all) continue;
      const here = topicAt(index, doc);
      if (here !== topic) {
        topic = here;
        topicCoverage = coverage(here?.id ?? '');
      }
      let weakest = matchQuality(first, first.inName ? topicCoverage : 0);
      for (let k = 0; k < others.length; k++) {
        const hit = others[k] ?? first;
        weakest = Math.min(weakest, matchQuality(hit, hit.inName ? topicCoverage : 0));
      }
      const q = alt.weight * weakest;
      const was = quality[doc] ?? 0;
      if (q > was) {
        if (was === 0) docs[found.count++] = doc;
        quality[doc] = q;
        best[doc] = altNumber + 1;
      }
    }
  });
  const alternatives = word.alternatives;
  return {
    docs: docs.subarray(0, found.count),
    quality,
    named,
    term: (doc) => alternatives[(best[doc] ?? 0) - 1]?.term,
    own: (doc) => ownMatch(index, word, doc, titleWordDiscount),
  };
}

/**
 * How well section `doc`'s own heading and text match `word`: the best of its alternatives there,
 * each as its weakest part's sectionQuality, a word of the topic's own title counting less.
 * Asked only of the sections ranked in full (search.ts: a few topics' worth of a large library),
 * each alternative's hit found by a binary search: worked out for every section matched, as it
 * was, it took a second pass over each alternative's hits and the title terms of every topic a
 * query word names (hundreds of topics tokenized and stemmed, for a dozen shown).
 */
function ownMatch(index: SearchIndex, word: QueryWord, doc: number, titleWordDiscount: boolean): number {
  let own = 0;
  const hit: TermHit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 };
  const part: TermHit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 };
  const here = topicAt(index, doc);
  for (const alt of word.alternatives) {
    const main = packedHits(index.postings, alt.term);
    const at = main ? findDoc(main, doc) : -1;
    if (!main || at < 0) continue;
    unpackHit(main.hits[at] ?? 0, hit);
    // A meaning of several words matches where all of them are, as well as its weakest.
    let weakest = sectionQuality(hit);
    for (const term of alt.with ?? []) {
      const other = packedHits(index.postings, term);
      const there = other ? findDoc(other, doc) : -1;
      if (!other || there < 0) {
        weakest = -1;
        break;
      }
      weakest = Math.min(weakest, sectionQuality(unpackHit(other.hits[there] ?? 0, part)));
    }
    if (weakest < 0) continue;
    // A word of the topic's own title is true of all its sections, so it says little about
    // which of them answers ("bisphosphonates" in "how long do I stay on bisphosphonates").
    // Only a name's word can be a title's.
    const naming =
      hit.inName && titleWordDiscount && here && topicTerms(here).all.has(alt.term) ? TITLE_WORD_IN_SECTION : 1;
    own = Math.max(own, naming * alt.weight * weakest);
  }
  return own;
}

/** Where bestPerDoc keeps its results: by section number, and the sections in the order first matched. */
interface Best {
  docs: Uint32Array;
  found: { count: number };
  quality: Float64Array;
  best: Uint16Array;
}

/**
 * One alternative's hits outside its topics' names, scored from a table, with no object, no topic
 * lookup and no call per section: most sections of a large library match a common word in their
 * text alone, and the first search of a 10,000-topic library runs this loop before V8 optimizes
 * it (a small function of its own is optimized sooner). The name hits' places go to `general`.
 */
function textHits(main: PackedHits, weight: number, altNumber: number, into: Best, general: number[]): void {
  const { docs, found, quality, best } = into;
  let count = found.count;
  const mainDocs = main.docs;
  const mainHits = main.hits;
  for (let i = 0; i < mainDocs.length; i++) {
    const value = mainHits[i] ?? 0;
    if ((value & IN_NAME) !== 0) {
      general.push(i);
      continue;
    }
    const doc = mainDocs[i] ?? 0;
    const q = weight * (TEXT_QUALITY[(value & 7) | (Math.min(value >>> 3, 5) << 3)] ?? 0);
    const was = quality[doc] ?? 0;
    if (q > was) {
      if (was === 0) docs[count++] = doc;
      quality[doc] = q;
      best[doc] = altNumber;
    }
  }
  found.count = count;
}

/**
 * How fully the query says one of a topic's names, per topic: 1 when every word of its title, id
 * or an alias is in the query ("osteoporosis" names osteoporosis, and only a third of "Living
 * well with osteoporosis").
 */
export function nameCoverage(index: SearchIndex, words: readonly QueryWord[]): (topicId: string) => number {
  const weights = new Map<string, number>();
  // A word that tells how the question came about names no topic ("diagnosed" in "diagnosed
  // with osteoporosis" is not the tests topic). Other generic words still do: "help someone up"
  // is what the carers topic is called.
  for (const alt of words.filter((w) => w.told !== true).flatMap((w) => w.alternatives))
    weights.set(alt.term, Math.max(alt.weight, weights.get(alt.term) ?? 0));
  const memo = new Map<string, number>();
  return (topicId) => {
    let value = memo.get(topicId);
    if (value === undefined) {
      value = 0;
      for (const name of index.names.get(topicId) ?? []) {
        value = Math.max(value, name.reduce((sum, term) => sum + (weights.get(term) ?? 0), 0) / name.length);
      }
      memo.set(topicId, value);
    }
    return value;
  };
}

/**
 * How strongly a section matches a term. A heading says what one section is about; the topic's
 * name (id, title, alias) says what a whole topic is about, and counts fully only when the query
 * names it fully (`coverage`); tags and body text only touch on it.
 */
export function matchQuality(hit: TermHit, coverage = 1): number {
  // A section that keeps using a word is more about it than one that uses it once.
  const body = hit.bodyCount > 0 ? 0.5 + 0.04 * Math.min(hit.bodyCount, 5) : 0;
  const name = hit.inName ? 0.7 + 0.3 * coverage : 0;
  const base = Math.max(name, hit.inHeading ? 0.9 : 0, hit.inTags ? 0.65 : 0, body);
  // A topic-level match that the section itself also uses marks the section about it.
  const topicLevel = hit.inName || hit.inTags;
  const used = hit.inHeading || hit.bodyCount > 0;
  const both = !topicLevel ? 0 : hit.inHeading ? 0.15 : used ? 0.1 : 0;
  // More so when the query says the whole name: "how long can you stay on prolia" is about the
  // Prolia topic, whose sections keep saying "Prolia", not about another topic's "How long…"
  // section that names Prolia in passing.
  const named = hit.inName && coverage >= 1 && used ? NAMED_AND_USED : 0;
  // Not capped at 1: past 1 it still ranks (a named topic's section with the word in its heading
  // beats its intro); scores are capped only when reported.
  return base + both + named;
}

// Chosen on the development question sets: 0.1 lost 5 answers, 0.2 gained 10, 0.25 12, 0.3 6.
const NAMED_AND_USED = 0.2;

// A hit outside the topic's names, by its flags and its body count up to 5 (more counts as 5):
// matchQuality of each, worked out once. textHits finds a packed hit's entry as
// (value & 7) | (min(value >>> 3, 5) << 3): written out there, as a call costs in code not yet
// optimized. (sectionQuality is asked only of the sections ranked in full: ownMatch.)
const TEXT_QUALITY = new Float64Array(48);
{
  const hit: TermHit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 };
  for (let key = 0; key < 48; key++) {
    if ((key & IN_NAME) !== 0) continue;
    unpackHit(key, hit);
    TEXT_QUALITY[key] = matchQuality(hit, 0);
  }
}
