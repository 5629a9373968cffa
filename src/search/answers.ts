// The search use case: a question → the triage alarm (if any) and the sections that answer it,
// best first, with "Did you mean" topics when nothing matched. Commands and the library API
// both call this; they only format what it returns.
import type { Region } from '../region.js';
import type { SearchResponse } from '../results.js';
import type { Topic } from '../topics/types.js';
import { buildIndex, docAt, docCount, packedHits, positionOf, type SearchIndex } from './memory-index.js';
import { queryTerms, type QueryWord } from './query.js';
import { pickResults } from './pick.js';
import { rankQuery, type SearchHit } from './search.js';
import type { Triage, TriageMatch } from './triage/match.js';
import type { Vocabulary } from './vocabulary.js';
import { ALL_IDEAS, type Ideas } from './ideas.js';
import { topicTerms } from './topic-terms.js';

export interface AnswerOptions {
  limit: number;
  /** A ready index of the topics (stored, or the build's); else one is built. */
  index?: SearchIndex | undefined;
  /** The triage to run; none, no alarm. */
  triage?: Triage | undefined;
  /** The lay words, brand names and spellings to read the question through. */
  vocabulary?: Vocabulary | undefined;
  region?: Region | null | undefined;
  /** Which ranking ideas to use; all unless an ablation says otherwise (ideas.ts). */
  ideas?: Readonly<Ideas> | undefined;
}

export interface TriageAlarm extends TriageMatch {
  /** What to do, for the region, then the sign: the banner's text. */
  message: string;
}

export interface Answers {
  query: string;
  triage: TriageAlarm | null;
  results: SearchHit[];
  more: SearchHit[];
  /** Topic ids that look like the query, for a "Did you mean" when nothing matched. */
  suggestions: string[];
  /** The question's words the library has nothing on, when that is most of what it asks. */
  uncovered: string[];
}

// How many topics past the limit `more` holds at least: the text view lists 3, handouts 5.
export const FURTHER_TOPICS = 8;

// Without an alarm, the urgent-signs topic answers only a question that is clearly about it.
const UNASKED_ALARM_WEIGHT = 0.5;

export async function findAnswers(topics: readonly Topic[], query: string, opts: AnswerOptions): Promise<Answers> {
  const match = opts.triage?.match(query) ?? null;
  const triage = match && { ...match, message: `${match.advice[opts.region ?? 'both']} ${match.sign}.` };
  const index = opts.index ?? buildIndex(topics);
  const ideas = opts.ideas ?? ALL_IDEAS;
  // Only the best topics are ranked in full: the shown answers, the further ones listed under
  // them, and one spare, as the alarm topic may be moved down past them (demoteAlarmTopic).
  const keep = { topics: opts.limit + FURTHER_TOPICS + 1, also: opts.triage?.topic };
  const { hits: ranked, words, asked: kinds } = await rankQuery(index, query, opts.vocabulary, ideas, keep);
  // Honest limits: a question mostly about what the library does not cover gets no answer
  // dressed up from its side words ("head lice" is not answered by a head injury section).
  // The words that say what kind of question it is ("correctly", "dangerous") are not its subject.
  const uncovered = triage || !ideas.uncovered ? [] : uncoveredWords(index, words, kinds.words);
  const alarmTopic = opts.triage?.topic;
  const asked = alarmTopic !== undefined && namesInFull(index, words, alarmTopic);
  const hits =
    uncovered.length > 0
      ? []
      : triage
        ? alarmFirst(ranked, topics, triage)
        : asked || !ideas.demoteAlarmTopic
          ? ranked
          : demoteAlarmTopic(ranked, alarmTopic);
  const { results, more } = pickResults(hits, opts.limit);
  const suggestions = results.length === 0 ? (await import('./fuzzy.js')).suggestTopics(topics, query) : [];
  return { query, triage, results, more, suggestions, uncovered };
}

// The unknown words must weigh at least this share of the known ones for the question to be
// about something else: one odd word in a question about weak legs is not enough, but
// "passport" is not answered by a page that once says "online".
const UNCOVERED_SHARE = 0.35;
// A question that names a topic ("weak legs", "vitamin d", "osteoporosis") is about that topic
// unless what it adds that the library lacks outweighs everything it does know: "vitamin d for
// weak legs in the cold" is answered, "vitamin d drops for breastfed babies" is not.
const NAMED_UNCOVERED_SHARE = 1.25;

/** The terms of a topic's id, or of its title when that is short: what the topic is called. */
function titleTermsOf(topic: Topic): string[] {
  const { id, title } = topicTerms(topic);
  return title.length > 0 && title.length <= 2 ? title : id;
}

/** Whether the question says one of the topic's names (of `min` words or more) in full ("stroke signs"). */
function namesInFull(index: SearchIndex, words: readonly QueryWord[], topicId: string): boolean {
  return saysInFull(index.names.get(topicId) ?? [], queryTerms(words), 1);
}

/** Whether `terms` hold every word of one of `names` that has `min` words or more. */
function saysInFull(names: readonly string[][], terms: ReadonlySet<string>, min: number): boolean {
  return names.some((name) => name.length >= min && name.every((t) => terms.has(t)));
}

/**
 * The words that say what is asked (not generic, not numbers) and that neither the content nor
 * the vocabulary knows, when they weigh enough against the words it does know; else none.
 * A known word weighs as it does in ranking (how rare it is across sections).
 */
function uncoveredWords(index: SearchIndex, words: readonly QueryWord[], wording: ReadonlySet<string>): string[] {
  const telling = words.filter(
    (w) =>
      !w.generic &&
      !/^\d/.test(w.word) &&
      !wording.has(w.alternatives[0]?.term ?? w.word) &&
      !SPLIT_PREFIXES.has(w.word),
  );
  const total = docCount(index);
  // A word the library has never seen ("lice", "migraine") tells as much as the rarest it has.
  const unknownWeight = Math.log(1 + total);
  let known = 0;
  const unknown: string[] = [];
  for (const word of telling) {
    const sizes = word.alternatives
      .map((a) => packedHits(index.postings, a.term)?.docs.length ?? 0)
      .filter((n) => n > 0);
    // Who said it ("…like the lady on youtube says") is not what is asked.
    if (sizes.length === 0) {
      if (word.source !== true) unknown.push(word.word);
    } else known += Math.log(1 + total / Math.min(...sizes));
  }
  if (unknown.length === 0) return [];
  const share = namesATopic(index, queryTerms(words)) ? NAMED_UNCOVERED_SHARE : UNCOVERED_SHARE;
  return unknown.length * unknownWeight >= share * known ? unknown : [];
}

// A prefix typed as a word of its own ("post menopausal", "pre diabetic", "non weight bearing")
// belongs to the word after it: it is not a subject the library lacks.
const SPLIT_PREFIXES = new Set(['post', 'pre', 'anti', 'non', 'semi', 'sub', 'multi', 'mid']);

/**
 * Whether the question names a topic in full, by a name of two words or more ("weak legs", "hip
 * fracture"), by a one-word name few sections use ("actonel": "actonel weekly instructions" is
 * about bisphosphonates), or by its title or id ("what is osteoporosis exactly").
 */
function namesATopic(index: SearchIndex, terms: ReadonlySet<string>): boolean {
  // A spread and an index loop, not for…of: once per search over every topic and section of a
  // large library, before V8 optimizes it, where each step of an iterator made an object.
  // One pass over the names for both kinds: a large library has thousands of lists.
  const named = (list: readonly string[][]): boolean =>
    saysInFull(list, terms, 2) || list.some((name) => isRareName(index, name, terms));
  if ([...index.names.values()].some(named)) return true;
  // Titles and ids are among a topic's names, so a topic none of whose names holds a query word
  // is passed over without working out its title's terms: a large library's topics are not all
  // tokenized per search.
  // Opening sections only, found by number: a SectionDoc is made only for those it reads.
  for (let i = 0, total = docCount(index); i < total; i++) {
    const doc = positionOf(index, i) === 0 ? docAt(index, i) : undefined;
    if (!doc || !(index.names.get(doc.topic.id) ?? []).some((name) => name.some((t) => terms.has(t)))) continue;
    if (titleTermsOf(doc.topic).every((t) => terms.has(t))) return true;
  }
  return false;
}

// A one-word name says which topic is meant when few sections use its word ("actonel", "prolia"),
// not when most do ("osteoporosis").
const RARE_NAME_SHARE = 0.05;

/** Whether `name` is one word, said in `terms`, that few of the library's sections use. */
function isRareName(index: SearchIndex, name: readonly string[], terms: ReadonlySet<string>): boolean {
  const term = name.length === 1 ? name[0] : undefined;
  if (term === undefined || !terms.has(term)) return false;
  const docs = packedHits(index.postings, term)?.docs.length ?? 0;
  return docs > 0 && docs <= RARE_NAME_SHARE * docCount(index);
}

/**
 * Nobody with an emergency sign should have to scroll: the section of the alarm's topic whose
 * advice is at the alarm's level goes first (else the topic's best match, else its opening).
 * Its score stays its own text-match score.
 */
function alarmFirst(hits: readonly SearchHit[], topics: readonly Topic[], alarm: TriageMatch): SearchHit[] {
  const topic = topics.find((t) => t.id === alarm.topic);
  if (!topic) return [...hits];
  const position = topic.sections.findIndex((s) => s.heading === alarm.section);
  const own = hits.find((h) => h.doc.topic === topic && (position < 0 || h.doc.position === position));
  const section = topic.sections[Math.max(0, position)];
  const first: SearchHit | undefined =
    own ??
    (section ? { doc: { topic, section, position: Math.max(0, position) }, score: 0, local: 0, terms: [] } : undefined);
  return first ? [first, ...hits.filter((h) => h.doc !== first.doc)] : [...hits];
}

function demoteAlarmTopic(hits: readonly SearchHit[], alarmTopic: string | undefined): SearchHit[] {
  if (alarmTopic === undefined) return [...hits];
  const scored = hits.map((h) =>
    h.doc.topic.id === alarmTopic ? { ...h, score: Math.round(h.score * UNASKED_ALARM_WEIGHT * 1000) / 1000 } : h,
  );
  // A stable sort keeps the order of equal scores.
  return scored.sort((a, b) => b.score - a.score);
}

/** The shape of `osteo search --json` and of the library's search(). */
export function answersJson(answers: Answers): SearchResponse {
  return {
    query: answers.query,
    triage: answers.triage && {
      level: answers.triage.level,
      sign: answers.triage.sign,
      message: answers.triage.message,
    },
    results: answers.results.map(({ doc, score }) => ({
      topic: doc.topic.id,
      title: doc.topic.title,
      section: doc.section.heading,
      score,
      markdown: doc.section.markdown,
    })),
  };
}
