// The search use case: a question → the triage alarm (if any) and the sections that answer it,
// best first, with "Did you mean" topics when nothing matched. Commands and the library API
// both call this; they only format what it returns.
import type { Region } from '../region.js';
import type { SearchResponse } from '../results.js';
import type { Topic } from '../topics/types.js';
import { buildIndex, type SearchIndex } from './index.js';
import { pickResults, rankSections, type SearchHit } from './search.js';
import type { Triage, TriageMatch } from './triage/match.js';

export interface AnswerOptions {
  limit: number;
  /** A ready index of the topics (stored, or the build's); else one is built. */
  index?: SearchIndex | undefined;
  /** The triage to run; none, no alarm. */
  triage?: Triage | undefined;
  region?: Region | null | undefined;
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
}

// Without an alarm, the urgent-signs topic answers only a question that is clearly about it.
const UNASKED_ALARM_WEIGHT = 0.5;

export async function findAnswers(topics: readonly Topic[], query: string, opts: AnswerOptions): Promise<Answers> {
  const match = opts.triage?.match(query) ?? null;
  const triage = match && { ...match, message: `${match.advice[opts.region ?? 'both']} ${match.sign}.` };
  const ranked = await rankSections(opts.index ?? buildIndex(topics), query);
  const hits = triage ? alarmFirst(ranked, topics, triage) : demoteAlarmTopic(ranked, opts.triage?.topic);
  const { results, more } = pickResults(hits, opts.limit);
  const suggestions = results.length === 0 ? (await import('./fuzzy.js')).suggestTopics(topics, query) : [];
  return { query, triage, results, more, suggestions };
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
    own ?? (section ? { doc: { topic, section, position: Math.max(0, position) }, score: 0, terms: [] } : undefined);
  return first ? [first, ...hits.filter((h) => h.doc !== first.doc)] : [...hits];
}

function demoteAlarmTopic(hits: readonly SearchHit[], alarmTopic: string | undefined): SearchHit[] {
  if (alarmTopic === undefined) return [...hits];
  const scored = hits.map((h) => (h.doc.topic.id === alarmTopic ? { ...h, score: Math.round(h.score * UNASKED_ALARM_WEIGHT * 1000) / 1000 } : h));
  // A stable sort keeps the order of equal scores.
  return scored.sort((a, b) => b.score - a.score);
}

/** The shape of `osteo search --json` and of the library's search(). */
export function answersJson(answers: Answers): SearchResponse {
  return {
    query: answers.query,
    triage: answers.triage && { level: answers.triage.level, sign: answers.triage.sign, message: answers.triage.message },
    results: answers.results.map(({ doc, score }) => ({
      topic: doc.topic.id,
      title: doc.topic.title,
      section: doc.section.heading,
      score,
      markdown: doc.section.markdown,
    })),
  };
}
