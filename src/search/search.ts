// Ranks sections for a query. A score is the weighted share of the query's words a section
// matches, times how well it matches them: 0..1, 1 = every word in a title, alias or heading.
import { findDoc, packedHits, unpackHit, type SearchIndex, type SectionDoc, type TermHit } from './memory-index.js';
import {
  answerFirst,
  NAMED_LEAD,
  onlyNames,
  sectionQuality,
  TITLE_WORD_IN_SECTION,
  titleTerms,
} from './answer-first.js';
import { parseQuery, type QueryWord } from './query.js';
import type { QuestionKind, Vocabulary } from './vocabulary.js';
import { ALL_IDEAS, type Ideas } from './ideas.js';

export interface SearchHit {
  doc: SectionDoc;
  /** How well the section, with its topic's names and tags, matches: the order of topics. */
  score: number;
  /** How well the section's own heading and text match: which section of a topic answers. */
  local: number;
  /** Stems that matched, for highlighting. */
  terms: string[];
}

/** Every section that matches at least one query word, best first. */
export async function rankSections(index: SearchIndex, query: string, vocabulary?: Vocabulary): Promise<SearchHit[]> {
  return (await rankQuery(index, query, vocabulary)).hits;
}

// A word that says nothing about what is asked ("elderly", "tips") counts this much of its rarity.
const GENERIC_WEIGHT = 0.3;

/** The ranked sections, and the query as read (for deciding whether the library covers it). */
export async function rankQuery(
  index: SearchIndex,
  query: string,
  vocabulary?: Vocabulary,
  ideas: Readonly<Ideas> = ALL_IDEAS,
  keep?: Keep,
): Promise<{ hits: SearchHit[]; words: QueryWord[] }> {
  const words = await parseQuery(index, query, vocabulary, ideas);
  const kinds = vocabulary?.questions ?? [];
  return { hits: words.length === 0 ? [] : score(index, query, words, ideas, kinds, keep), words };
}

/**
 * Which topics' sections to rank in full: the best `topics` (by their best section), and the
 * topic `also` wherever it ranks. The rest are dropped before any object is made for them: a
 * common word in a library of 10,000 topics matches most of its sections, and nobody is shown
 * more than a few. Every section of a kept topic is kept, so the answers shown are the same.
 */
export interface Keep {
  topics: number;
  also?: string | undefined;
}

function score(
  index: SearchIndex,
  query: string,
  words: readonly QueryWord[],
  ideas: Readonly<Ideas>,
  kinds: readonly QuestionKind[],
  keep: Keep | undefined,
): SearchHit[] {
  const total = index.docs.length;
  // How rare a word is across sections says how much it tells about what is asked: the words
  // that set the question apart ("yoga", "stop", "missed") outweigh the context word that
  // names the library's subject ("osteoporosis"), which most sections use.
  const idf = (term: string): number =>
    ideas.rarity ? Math.log(1 + total / (packedHits(index.postings, term)?.docs.length ?? total)) : 1;
  const unknownWeight = ideas.rarity ? Math.log(1 + total) / 2 : 1;
  const importance = words.map((w) => {
    const known = w.alternatives.filter((a) => index.postings.has(a.term));
    // A number the content never uses ("70 year old") says nothing the other words do not.
    const unmatched = /^\d/.test(w.word) ? 0 : unknownWeight;
    const weight = known.length === 0 ? unmatched : Math.max(...known.map((a) => idf(a.term)));
    return w.generic && ideas.genericWords ? weight * GENERIC_WEIGHT : weight;
  });
  const sum = importance.reduce((a, b) => a + b, 0);
  if (sum === 0) return [];

  const coverage = ideas.nameCoverage ? nameCoverage(index, words) : () => 1;
  // Flat arrays by section number, not a Map of objects: a common word in a library of 10,000
  // topics touches most of its 60,000 sections, and the garbage was a fifth of the search.
  const score = new Float64Array(total);
  const local = new Float64Array(total);
  // Which term each word matched in each section: a hit's terms are gathered only for the
  // sections kept (an array per matched section was much of a large library's garbage).
  const termsByWord: string[][] = [];
  const seen = new Uint8Array(total);
  // The sections matched, by number.
  let order: number[] = [];
  words.forEach((word, i) => {
    const { docs, quality, own, term } = bestPerDoc(index, word, coverage, ideas.titleWordDiscount);
    termsByWord.push(term);
    for (const doc of docs) {
      local[doc] = (local[doc] ?? 0) + ((importance[i] ?? 0) * (own[doc] ?? 0)) / sum;
      if (seen[doc] === 0) {
        seen[doc] = 1;
        order.push(doc);
      }
      score[doc] = (score[doc] ?? 0) + ((importance[i] ?? 0) * (quality[doc] ?? 0)) / sum;
    }
  });

  // A question that says nothing but a topic's name ("what is osteoporosis in simple words") is
  // about that topic, however often its side words turn up elsewhere.
  const named = new Map<string, boolean>();
  for (const doc of ideas.namedLead ? order : []) {
    const id = index.docs[doc]?.topic.id ?? '';
    let only = named.get(id);
    if (only === undefined) named.set(id, (only = onlyNames(words, index, id, coverage)));
    if (only) score[doc] = (score[doc] ?? 0) + NAMED_LEAD;
  }
  // Ties go to the earlier section of the library, whichever kind of index found them first.
  const before = (a: number, b: number): number =>
    (score[b] ?? 0) - (score[a] ?? 0) || (index.docs[a]?.position ?? 0) - (index.docs[b]?.position ?? 0) || a - b;
  if (keep) order = inTopTopics(index, order, before, keep);
  order.sort(before);
  const hits: SearchHit[] = [];
  for (const doc of order) {
    const sectionDoc = index.docs[doc];
    if (!sectionDoc) continue;
    const terms: string[] = [];
    for (const term of termsByWord) {
      const matched = term[doc];
      if (matched !== undefined && !terms.includes(matched)) terms.push(matched);
    }
    hits.push({ doc: sectionDoc, score: score[doc] ?? 0, local: local[doc] ?? 0, terms });
  }
  const shaped = ideas.answerFirst ? answerFirst(hits, query, words, index, coverage, ideas, kinds) : hits;
  for (const hit of shaped) hit.score = Math.min(1, Math.round(hit.score * 1000) / 1000);
  return shaped;
}

/** The sections in `order` whose topic is one of the best `keep.topics` (by `before`), or `keep.also`. */
function inTopTopics(
  index: SearchIndex,
  order: readonly number[],
  before: (a: number, b: number) => number,
  keep: Keep,
): number[] {
  const best = new Map<SectionDoc['topic'], number>();
  for (const doc of order) {
    const topic = index.docs[doc]?.topic;
    if (!topic) continue;
    const was = best.get(topic);
    if (was === undefined || before(doc, was) < 0) best.set(topic, doc);
  }
  if (best.size <= keep.topics) return [...order];
  const kept = new Set(
    [...best]
      .sort(([, a], [, b]) => before(a, b))
      .slice(0, keep.topics)
      .map(([topic]) => topic),
  );
  return order.filter((doc) => {
    const topic = index.docs[doc]?.topic;
    return topic !== undefined && (kept.has(topic) || topic.id === keep.also);
  });
}

/**
 * For one query word, the best match quality in each section, over its alternatives: the
 * sections in the order first matched, and by section number the quality and the term.
 */
function bestPerDoc(
  index: SearchIndex,
  word: QueryWord,
  coverage: (topicId: string) => number,
  titleWordDiscount: boolean,
): { docs: number[]; quality: Float64Array; own: Float64Array; term: string[] } {
  const docs: number[] = [];
  const quality = new Float64Array(index.docs.length);
  const own = new Float64Array(index.docs.length);
  const term: string[] = [];
  const titled = titleTerms();
  // Reused for every section: a common word touches most sections of a large library.
  const first: TermHit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 };
  for (const alt of word.alternatives) {
    // A meaning of several words ("height loss") matches where all of them are, as well as its weakest.
    const main = packedHits(index.postings, alt.term);
    const withTerms = (alt.with ?? []).map((t) => packedHits(index.postings, t));
    if (!main || withTerms.some((p) => p === undefined)) continue;
    const others = withTerms.map((): TermHit => ({ inName: false, inTags: false, inHeading: false, bodyCount: 0 }));
    const parts = [first, ...others];
    for (let i = 0; i < main.docs.length; i++) {
      const doc = main.docs[i] ?? 0;
      unpackHit(main.hits[i] ?? 0, first);
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
      const naming =
        titleWordDiscount && index.docs[doc] && titled(index.docs[doc].topic).has(alt.term) ? TITLE_WORD_IN_SECTION : 1;
      own[doc] = Math.max(own[doc] ?? 0, naming * alt.weight * weakestOwn);
      const was = quality[doc] ?? 0;
      if (q > was) {
        if (was === 0) docs.push(doc);
        quality[doc] = q;
        term[doc] = alt.term;
      }
    }
  }
  return { docs, quality, own, term };
}

/**
 * How fully the query says one of a topic's names, per topic: 1 when every word of its title, id
 * or an alias is in the query ("osteoporosis" names osteoporosis, and only a third of "Living
 * well with osteoporosis").
 */
function nameCoverage(index: SearchIndex, words: readonly QueryWord[]): (topicId: string) => number {
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
