// How well each section matches one query word: the quality of its best alternative there, for
// ranking topics (with the topic's names and tags) and for choosing a topic's section (its own
// heading and text). search.ts adds the words up.
import { sectionQuality, TITLE_WORD_IN_SECTION } from './answer-first.js';
import { topicTerms } from './topic-terms.js';
import { findDoc, IN_NAME, packedHits, unpackHit, type SearchIndex, type TermHit } from './memory-index.js';
import type { QueryWord } from './query.js';

/**
 * For one query word, the best match quality in each section, over its alternatives: the
 * sections in the order first matched, and by section number the quality and the term.
 */
export function bestPerDoc(
  index: SearchIndex,
  word: QueryWord,
  coverage: (topicId: string) => number,
  titleWordDiscount: boolean,
): { docs: number[]; quality: Float64Array; own: Float64Array; term: (doc: number) => string | undefined } {
  const docs: number[] = [];
  const quality = new Float64Array(index.docs.length);
  const own = new Float64Array(index.docs.length);
  // The alternative (plus one) that matched best, by section: not an array of strings indexed by
  // section, which V8 keeps as a slow dictionary once a common word leaves gaps in it.
  const best = new Uint16Array(index.docs.length);
  // Reused for every section: a common word touches most sections of a large library.
  const first: TermHit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 };
  word.alternatives.forEach((alt, altNumber) => {
    // A meaning of several words ("height loss") matches where all of them are, as well as its weakest.
    const main = packedHits(index.postings, alt.term);
    const withTerms = (alt.with ?? []).map((t) => packedHits(index.postings, t));
    if (!main || withTerms.some((p) => p === undefined)) return;
    const others = withTerms.map((): TermHit => ({ inName: false, inTags: false, inHeading: false, bodyCount: 0 }));
    const parts = [first, ...others];
    const alone = withTerms.length === 0;
    const mainDocs = main.docs;
    const mainHits = main.hits;
    for (let i = 0; i < mainDocs.length; i++) {
      const doc = mainDocs[i] ?? 0;
      const value = mainHits[i] ?? 0;
      // Most sections of a large library match a common word in their text alone: their
      // qualities come from a table, with no object, no topic lookup and no call per section
      // (the first search of a 10,000-topic library runs this loop before V8 optimizes it).
      if (alone && (value & IN_NAME) === 0) {
        const key = tableKey(value);
        const q = alt.weight * (TEXT_QUALITY[key] ?? 0);
        const ownQ = alt.weight * (TEXT_OWN[key] ?? 0);
        if (ownQ > (own[doc] ?? 0)) own[doc] = ownQ;
        const was = quality[doc] ?? 0;
        if (q > was) {
          if (was === 0) docs.push(doc);
          quality[doc] = q;
          best[doc] = altNumber + 1;
        }
        continue;
      }
      unpackHit(value, first);
      let all = true;
      for (let k = 0; k < withTerms.length && all; k++) {
        const p = withTerms[k];
        const at = p ? findDoc(p, doc) : -1;
        if (at < 0) all = false;
        else unpackHit(p?.hits[at] ?? 0, others[k] ?? first);
      }
      if (!all) continue;
      const topicId = index.docs[doc]?.topic.id ?? '';
      let weakest = Infinity;
      let weakestOwn = Infinity;
      for (const hit of parts) {
        weakest = Math.min(weakest, matchQuality(hit, hit.inName ? coverage(topicId) : 0));
        weakestOwn = Math.min(weakestOwn, sectionQuality(hit));
      }
      const q = alt.weight * weakest;
      // A word of the topic's own title is true of all its sections, so it says little about
      // which of them answers ("bisphosphonates" in "how long do I stay on bisphosphonates").
      // Only a name's word can be a title's: most sections of a large library skip the lookup.
      const naming =
        titleWordDiscount && first.inName && index.docs[doc] && topicTerms(index.docs[doc].topic).all.has(alt.term)
          ? TITLE_WORD_IN_SECTION
          : 1;
      own[doc] = Math.max(own[doc] ?? 0, naming * alt.weight * weakestOwn);
      const was = quality[doc] ?? 0;
      if (q > was) {
        if (was === 0) docs.push(doc);
        quality[doc] = q;
        best[doc] = altNumber + 1;
      }
    }
  });
  const alternatives = word.alternatives;
  return { docs, quality, own, term: (doc) => alternatives[(best[doc] ?? 0) - 1]?.term };
}

/**
 * How fully the query says one of a topic's names, per topic: 1 when every word of its title, id
 * or an alias is in the query ("osteoporosis" names osteoporosis, and only a third of "Living
 * well with osteoporosis").
 */
export function nameCoverage(index: SearchIndex, words: readonly QueryWord[]): (topicId: string) => number {
  const weights = new Map<string, number>();
  for (const alt of words.flatMap((w) => w.alternatives))
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
  const both = !topicLevel ? 0 : hit.inHeading ? 0.15 : hit.bodyCount > 0 ? 0.1 : 0;
  // Not capped at 1: past 1 it still ranks (a named topic's section with the word in its heading
  // beats its intro); scores are capped only when reported.
  return base + both;
}

// A hit outside the topic's names, by its flags and its body count up to 5 (more counts as 5 in
// both qualities): matchQuality and sectionQuality of each, worked out once.
function tableKey(value: number): number {
  return (value & 7) | (Math.min(value >>> 3, 5) << 3);
}
const TEXT_QUALITY = new Float64Array(48);
const TEXT_OWN = new Float64Array(48);
{
  const hit: TermHit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 };
  for (let key = 0; key < 48; key++) {
    if ((key & IN_NAME) !== 0) continue;
    unpackHit(key, hit);
    TEXT_QUALITY[key] = matchQuality(hit, 0);
    TEXT_OWN[key] = sectionQuality(hit);
  }
}
