// A section's own words are the writer's ("bisphosphonate", "drug holiday"); people ask in theirs
// ("how long can i stay on fosamax"). A topic's front matter may list, by heading, the searches
// each section answers, written by readers who did not write it. They are searched as words of
// the section and never shown, so they carry no claim of their own.
import type { Section, Topic } from './types.js';

/** The key of the text before a topic's first heading, whose heading is "". */
export const INTRO_KEY = '(intro)';

const keyOf = (section: Pick<Section, 'heading'>): string => section.heading || INTRO_KEY;

/** The searches listed for one of the topic's sections: none, mostly. */
export function searchesOf(topic: Pick<Topic, 'searches'>, section: Pick<Section, 'heading'>): readonly string[] {
  const { searches } = topic;
  const key = keyOf(section);
  return searches !== undefined && Object.hasOwn(searches, key) ? (searches[key] ?? []) : [];
}

/**
 * The text a section is searched by: its prose and, after it, the searches it answers, each word
 * one more mention in the section. Counted as 2 to 8 mentions they did no better on the
 * development sets (answer@1 84.7-85.0%), and as heading words they did worse (80.2%).
 */
export function withSearches(text: string, searches: readonly string[]): string {
  return searches.length === 0 ? text : `${text}\n\n${searches.join('\n')}`;
}

/** The keys of `searches` that name no section of the topic (a heading since renamed). */
export function strayKeys(topic: Pick<Topic, 'searches' | 'sections'>): string[] {
  const keys = new Set(topic.sections.map(keyOf));
  return Object.keys(topic.searches ?? {}).filter((key) => !keys.has(key));
}
