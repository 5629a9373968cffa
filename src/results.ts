// The shapes the library API returns, kept free of any dependency's types so that they can be
// published as declarations on their own.
import type { Section, Topic, TriageLevel } from './topics/types.js';

/** A topic and the sections of it to show (all, or the one --section named). */
export interface Explanation {
  topic: Topic;
  sections: Section[];
}

/** One result of `osteo search --json`, and of the library's search(). */
export interface SearchResult {
  topic: string;
  title: string;
  /** The section's heading; "" for a topic's opening section. */
  section: string;
  /** 0..1, 1 = every query word matched in a title, alias or heading. */
  score: number;
  markdown: string;
}

export interface SearchResponse {
  query: string;
  /** The urgent sign the query describes: its level, the sign, and what to do then the sign. */
  triage: { level: TriageLevel; sign: string; message: string } | null;
  results: SearchResult[];
}
