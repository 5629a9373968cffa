// Which section of a topic answers the question (search.ts ranks topics' sections by their
// match; this picks, for each topic, the section whose own heading and text answer the
// question's words, and the opening section for a question that only names the topic).
import { docAt, packedHits, unpackHit, type SearchIndex, type SectionDoc, type TermHit } from './memory-index.js';
import { isStopWord, stem, tokenize } from './normalize.js';
import { queryTerms, type QueryWord } from './query.js';
import type { SearchHit } from './search.js';
import type { Ideas } from './ideas.js';
import type { QuestionKind } from './vocabulary.js';
import { answeringHeading } from './question-kinds.js';
import { topicTerms } from './topic-terms.js';

/** How strongly a section's own heading and text match a term, leaving out its topic's names. */
export function sectionQuality(hit: TermHit): number {
  const body = hit.bodyCount > 0 ? 0.5 + 0.04 * Math.min(hit.bodyCount, 5) : 0;
  return hit.inHeading ? HEADING_IN_SECTION + (hit.bodyCount > 0 ? 0.1 : 0) : body;
}

/**
 * Each topic is shown by the section of it that best answers the question's own words (its
 * heading and text, and the question's phrasing in its heading: "how to take", "how long"),
 * at the place and score of the topic's best match. A question that only names the topic is
 * answered by the topic's opening section.
 */
export function answerFirst(
  hits: SearchHit[],
  query: string,
  words: readonly QueryWord[],
  index: SearchIndex,
  coverage: (id: string) => number,
  ideas: Pick<Ideas, 'headingPhrases' | 'namedLead'>,
  /** The kinds of question the query asks (question-kinds.ts). */
  kindsAsked: readonly QuestionKind[] = [],
  /** The stems of the words that asked them ("how", "do", "i" of "how do i"). */
  wording: ReadonlySet<string> = new Set(),
): SearchHit[] {
  // A pair of the words that asked a kind ("how long", the "do i" of "how do i take it") is a
  // shared phrase only in a heading that gives that kind of answer: "Which one do I take?" is
  // not how to take it.
  const asking = (a: string, b: string): boolean => wording.has(a) && wording.has(b);
  const plainPairs = new Set(ideas.headingPhrases ? pairs(query, (a, b) => !asking(a, b)) : []);
  const wordingPairs = new Set(ideas.headingPhrases ? pairs(query, asking) : []);
  const answers = answeringHeading(kindsAsked);
  // …unless another kind is asked too: "is it normal to ache months after" asks how recovery goes.
  const openingAnswers = kindsAsked.length > 0 && kindsAsked.every((kind) => kind.opening === true);
  const inParts = partsAnswering(index, kindsAsked);
  // Headings repeat across a library ("When to get help"): each is read once a query.
  const bonuses = new Map<string, { value: number; answering: boolean }>();
  const bonus = (hit: SearchHit): number => {
    const heading = hit.doc.section.heading;
    // A topic's opening has no heading of its own: it gives a kind of answer as a whole.
    const opening = hit.doc.position === 0;
    const key = opening ? '\u0000opening' : heading;
    let known = bonuses.get(key);
    if (known === undefined) {
      const answering = opening ? openingAnswers : answers(heading);
      const own = plainPairs.size + wordingPairs.size === 0 ? [] : pairs(heading);
      const shared = own.filter((p) => plainPairs.has(p) || (answering && wordingPairs.has(p))).length;
      known = { value: PHRASE_BONUS * Math.min(2, shared) + (answering ? KIND_BONUS : 0), answering };
      bonuses.set(key, known);
    }
    // A part's heading says what some of its section answers ("### If you forget your tablet").
    return known.value + (!known.answering && inParts(hit.doc) ? PART_KIND_BONUS : 0);
  };
  // The terms the question says, worked out once, and only if a question names a topic.
  let said: Set<string> | undefined;
  const saysTitleOf = (hit: SearchHit | undefined): boolean => saysTitle((said ??= queryTerms(words)), hit);
  const byTopic = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = byTopic.get(hit.doc.topic.id);
    if (list) list.push(hit);
    else byTopic.set(hit.doc.topic.id, [hit]);
  }
  const chosen = new Map<string, SearchHit>();
  for (const [id, list] of byTopic) {
    // A question that names the topic and asks one kind of thing about it ("who gets evenity")
    // is not asking what the topic is: its opening has no lead then.
    const named = ideas.namedLead && kindsAsked.length === 0 && onlyNames(words, index, id, coverage);
    // The opening answers a bare name only when it speaks of what was named about as much as any
    // section does: a name that one section covers and the opening barely says (sedatives,
    // among the medicines that make falls more likely) is answered by that section.
    const introLead = named && (saysTitleOf(list[0]) || introSaysName(list)) ? INTRO_FOR_NAME : 0;
    // Such a question's word pairs are the name and its small words ("what is osteoporosis"): a
    // heading that shares one ("How common is osteoporosis?") is not what it asks.
    const value = (h: SearchHit): number =>
      named ? h.local + (h.doc.position === 0 ? introLead : 0) : h.local + bonus(h);
    // One section needs no choosing; otherwise each section's value is worked out once.
    let best = list[0];
    if (list.length > 1 && best) {
      let bestValue = value(best);
      for (const h of list) {
        const v = value(h);
        if (v > bestValue + 1e-9) [best, bestValue] = [h, v];
      }
    }
    if (best) chosen.set(id, best);
  }
  const out: SearchHit[] = [];
  const placed = new Set<SearchHit>();
  for (const hit of hits) {
    const id = hit.doc.topic.id;
    const pick = chosen.get(id);
    if (pick && !placed.has(pick)) {
      placed.add(pick);
      out.push({ ...pick, score: Math.max(pick.score, hit.score) });
      if (pick !== hit) out.push(hit);
    } else if (!placed.has(hit)) out.push(hit);
    placed.add(hit);
  }
  return out;
}

/** Whether the question says all of a topic's id or title ("men", "osteoporosis"), not only an alias. */
function saysTitle(said: ReadonlySet<string>, hit: SearchHit | undefined): boolean {
  if (!hit) return false;
  const { id, title } = topicTerms(hit.doc.topic);
  return [id, title].some((terms) => terms.length > 0 && terms.every((t) => said.has(t)));
}

/** Whether a topic's opening matches the question's own words at least half as well as its best section. */
function introSaysName(list: readonly SearchHit[]): boolean {
  let intro = 0;
  let best = 0;
  for (const h of list) {
    if (h.doc.position === 0) intro = h.local;
    best = Math.max(best, h.local);
  }
  return intro >= INTRO_SHARE * best;
}

// How well, against its best section, a topic's opening must match a bare name to answer it.
const INTRO_SHARE = 0.5;
const PHRASE_BONUS = 0.15;
// A heading that gives the kind of answer asked for ("How long…" for "how many years"): about as
// much as a shared pair of words, so the section's own match of the question's words still leads.
const KIND_BONUS = 0.2;
const PART_KIND_BONUS = KIND_BONUS / 2;
export const TITLE_WORD_IN_SECTION = 0.6;
// A heading says what its section answers: a word there outweighs the same word in the text.
const HEADING_IN_SECTION = 1.3;
const INTRO_FOR_NAME = 0.5;
// Enough to put a topic the question only names above any other (scores are capped at 1 when shown).
export const NAMED_LEAD = 1;
const NAMED_COVERAGE = 0.6;

/**
 * Whether a section's headings, its parts' included, hold every meaningful word of a heading cue
 * of the kinds asked that its own heading does not ("forget" in "### If you forget your weekly
 * tablet"). Read from the index, which every kind of library builds from the whole text: a large
 * folder's topics hold only their headings until shown, and the answer must not depend on which
 * kind of library it is.
 */
function partsAnswering(index: SearchIndex, kinds: readonly QuestionKind[]): (section: SectionDoc) => boolean {
  const cues: { terms: string[]; sections: Set<SectionDoc> }[] = [];
  for (const cue of kinds.flatMap((kind) => kind.headings)) {
    const terms = cue.split(' ').filter((word) => !isStopWord(word));
    if (terms.length === 0) continue;
    let docs: Set<number> | null = null;
    const hit: TermHit = { inName: false, inTags: false, inHeading: false, bodyCount: 0 };
    for (const term of terms) {
      const packed = packedHits(index.postings, term);
      const here = new Set<number>();
      packed?.docs.forEach((doc, i) => {
        if (unpackHit(packed.hits[i] ?? 0, hit).inHeading && (docs === null || docs.has(doc))) here.add(doc);
      });
      docs = here;
    }
    const sections = new Set<SectionDoc>();
    for (const doc of docs ?? []) {
      const section = docAt(index, doc);
      if (section) sections.add(section);
    }
    cues.push({ terms, sections });
  }
  if (cues.length === 0) return () => false;
  // Only the sections ranked are asked about: their own headings are read then, each once.
  const answered = new Map<SectionDoc, boolean>();
  return (section) => {
    let value = answered.get(section);
    if (value === undefined) {
      const own = new Set(tokenize(section.section.heading).map(stem));
      value = cues.some(({ terms, sections }) => sections.has(section) && !terms.every((term) => own.has(term)));
      answered.set(section, value);
    }
    return value;
  };
}

/**
 * Neighbouring word pairs, stop words included, each word stemmed: "how to take" → how+to,
 * to+take; only those `keep` keeps, when given.
 */
function pairs(text: string, keep: (a: string, b: string) => boolean = () => true): string[] {
  const words = tokenize(text).map(stem);
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1] ?? '', words[i] ?? ''];
    if (keep(a, b)) out.push(`${a}+${b}`);
  }
  return out;
}

/** Whether every word of the question is a name of the topic ("brittle bones", "osteoporosis"). */
export function onlyNames(
  words: readonly QueryWord[],
  index: SearchIndex,
  topicId: string,
  coverage: (id: string) => number,
): boolean {
  // A name with a typo in it still names the topic ("gowt" is 0.64 of gout; half of "weak legs" is not enough).
  if (coverage(topicId) < NAMED_COVERAGE) return false;
  // One name must hold every word: "hip fracture recovery" and "hip operation" are two names, and
  // "recovery after a hip operation" is a question about one part of the topic, not its name.
  return (index.names.get(topicId) ?? []).some((name) => {
    const terms = new Set(name);
    return words.every((w) => w.generic || w.alternatives.some((a) => terms.has(a.term)));
  });
}
