// Ranks sections for a query. A score is the weighted share of the query's words a section
// matches, times how well it matches them: 0..1, 1 = every word in a title, alias or heading.
import { docAt, docCount, packedHits, positionOf, type SearchIndex, type SectionDoc } from './memory-index.js';
import { inTopTopics, topicsOf, type Keep } from './keep-topics.js';
import { bestPerDoc, nameCoverage } from './word-matches.js';
import { answerFirst, NAMED_LEAD, onlyNames } from './answer-first.js';
import { parseQuery, type QueryWord } from './query.js';
import type { Vocabulary } from './vocabulary.js';
import { ALL_IDEAS, type Ideas } from './ideas.js';
import { askedKinds, NOTHING_ASKED, type Asked } from './question-kinds.js';

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
// A word that sets the scene ("knee arthritis" in "exercises for knee arthritis") counts this much
// of its rarity: it still tells topics apart, but what is asked chooses first.
const CONTEXT_WEIGHT = 0.5;

/**
 * The ranked sections, and the query as read: its words and the kinds of question its wording
 * asks (for deciding whether the library covers it).
 */
export async function rankQuery(
  index: SearchIndex,
  query: string,
  vocabulary?: Vocabulary,
  ideas: Readonly<Ideas> = ALL_IDEAS,
  keep?: Keep,
): Promise<{ hits: SearchHit[]; words: QueryWord[]; asked: Asked }> {
  const words = await parseQuery(index, query, vocabulary, ideas);
  const asked = ideas.questionKinds ? askedKinds(query, vocabulary?.questions ?? []) : NOTHING_ASKED;
  return { hits: words.length === 0 ? [] : score(index, query, words, ideas, asked, keep), words, asked };
}

export type { Keep };
export { matchQuality } from './word-matches.js';

function score(
  index: SearchIndex,
  query: string,
  words: readonly QueryWord[],
  ideas: Readonly<Ideas>,
  asked: Asked,
  keep: Keep | undefined,
): SearchHit[] {
  const total = docCount(index);
  // How rare a word is across sections says how much it tells about what is asked: the words
  // that set the question apart ("yoga", "stop", "missed") outweigh the context word that
  // names the library's subject ("osteoporosis"), which most sections use. A word is as rare as
  // the sections any of its own forms is in: "broken" is common however rare "broke" is alone.
  const unknownWeight = ideas.rarity ? Math.log(1 + total) / 2 : 1;
  const importance = words.map((w) => {
    const known = w.alternatives.filter((a) => index.postings.has(a.term));
    // A number the content never uses ("70 year old") says nothing the other words do not.
    const unmatched = /^\d/.test(w.word) ? 0 : unknownWeight;
    const weight =
      known.length === 0
        ? unmatched
        : ideas.rarity
          ? Math.log(1 + total / Math.max(1, sectionsWithForms(index, known)))
          : 1;
    const scene = w.context ? CONTEXT_WEIGHT : 1;
    return (w.generic && ideas.genericWords ? weight * GENERIC_WEIGHT : weight) * w.share * scene;
  });
  const sum = importance.reduce((a, b) => a + b, 0);
  if (sum === 0) return [];

  const coverage = ideas.nameCoverage ? nameCoverage(index, words) : () => 1;
  // Flat arrays by section number, not a Map of objects: a common word in a library of 10,000
  // topics touches most of its 60,000 sections, and the garbage was a fifth of the search.
  const score = new Float64Array(total);
  // Which term each word matched in each section, and how well each section's own heading and
  // text match it: asked only of the sections kept (worked out for every section matched, they
  // were much of a large library's ranking and garbage).
  const byWord: ReturnType<typeof bestPerDoc>[] = [];
  const seen = new Uint8Array(total);
  // The sections matched, by number, in the order first matched: a typed array and a count (as
  // bestPerDoc's docs), not an array grown by push() for most sections of a large library.
  const matched = new Uint32Array(total);
  const into = { score, seen, order: matched, count: 0 };
  // The sections of every topic whose names hold a term of the query (with repeats): the only
  // topics a query can name outright.
  const nameHits: number[] = [];
  words.forEach((word, i) => {
    const matches = bestPerDoc(index, word, coverage, ideas.titleWordDiscount);
    const { docs, quality, named } = matches;
    for (let k = 0; k < named.length; k++) nameHits.push(named[k] ?? 0);
    byWord.push(matches);
    addWord(docs, quality, importance[i] ?? 0, sum, into);
  });

  // A question that says nothing but a topic's name ("what is osteoporosis in simple words") is
  // about that topic, however often its side words turn up elsewhere.
  // Such a topic's names hold a query term, so all its sections are among nameHits: they are
  // the sections to look at, not every section matched. By topic number, not a Map by id
  // (0: not yet asked); `seen` 2: the lead given.
  const topicOf = topicsOf(index);
  const named = new Uint8Array(total === 0 ? 0 : (topicOf[total - 1] ?? 0) + 1);
  for (let i = 0; ideas.namedLead && i < nameHits.length; i++) {
    const doc = nameHits[i] ?? 0;
    if (seen[doc] !== 1) continue;
    const topic = topicOf[doc] ?? 0;
    if (named[topic] === 0) named[topic] = onlyNames(words, index, docAt(index, doc)?.topic.id ?? '', coverage) ? 1 : 2;
    if (named[topic] === 1) {
      score[doc] = (score[doc] ?? 0) + NAMED_LEAD;
      seen[doc] = 2;
    }
  }
  // Ties go to the earlier section of the library, whichever kind of index found them first.
  // Positions by number (positionOf): this compares most matched sections of a large library.
  const before = (a: number, b: number): number =>
    (score[b] ?? 0) - (score[a] ?? 0) || positionOf(index, a) - positionOf(index, b) || a - b;
  const order = keep
    ? inTopTopics(index, matched.subarray(0, into.count), score, before, keep)
    : Array.from(matched.subarray(0, into.count));
  order.sort(before);
  const hits: SearchHit[] = [];
  for (const doc of order) {
    const sectionDoc = docAt(index, doc);
    if (!sectionDoc) continue;
    const terms: string[] = [];
    // Each word the section matched, in order: its term, and its own match at its weight's share of `sum`.
    let local = 0;
    byWord.forEach(({ quality, own, term }, i) => {
      const matched = term(doc);
      if (matched !== undefined && !terms.includes(matched)) terms.push(matched);
      if ((quality[doc] ?? 0) > 0) local += ((importance[i] ?? 0) * own(doc)) / sum;
    });
    hits.push({ doc: sectionDoc, score: score[doc] ?? 0, local, terms });
  }
  const shaped = ideas.answerFirst
    ? answerFirst(hits, query, words, index, coverage, ideas, asked.kinds, asked.words)
    : hits;
  for (const hit of shaped) hit.score = Math.min(1, Math.round(hit.score * 1000) / 1000);
  return shaped;
}

/**
 * Add one word's qualities, at its weight's share of `sum`, to the sections' scores; note the sections
 * first matched. A small function with an index loop: it runs over most sections of a large
 * library, once, before V8 has optimized it (for…of's iterator was a third of its time, and a
 * small function is optimized sooner than the closure it was).
 */
function addWord(
  docs: Uint32Array,
  quality: Float64Array,
  weight: number,
  sum: number,
  into: { score: Float64Array; seen: Uint8Array; order: Uint32Array; count: number },
): void {
  const { score, seen, order } = into;
  let count = into.count;
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k] ?? 0;
    if (seen[doc] === 0) {
      seen[doc] = 1;
      order[count++] = doc;
    }
    score[doc] = (score[doc] ?? 0) + (weight * (quality[doc] ?? 0)) / sum;
  }
  into.count = count;
}

/**
 * How many sections hold the word in any of its own forms: its alternatives of the highest
 * weight ("broken", "break", "broke"), not the looser meanings and typo readings below them.
 */
function sectionsWithForms(index: SearchIndex, known: readonly { term: string; weight: number }[]): number {
  const top = Math.max(...known.map((a) => a.weight));
  const lists = known.filter((a) => a.weight >= top).map((a) => packedHits(index.postings, a.term)?.docs ?? []);
  if (lists.length === 1) return lists[0]?.length ?? 0;
  // A mark per section, not a Set: a common word of a large library is in most of its sections.
  const seen = new Uint8Array(docCount(index));
  let count = 0;
  for (const docs of lists)
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] ?? 0;
      if (seen[doc] === 0) {
        seen[doc] = 1;
        count++;
      }
    }
  return count;
}
