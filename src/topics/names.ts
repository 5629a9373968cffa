// The names a topic answers to: its id (as words), its title and its aliases.
import type { Topic } from './types.js';

/** A topic id: lowercase kebab-case (like leg-weakness). */
export const TOPIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function topicNames(topic: Topic): string[] {
  return [topic.id.replace(/-/g, ' '), topic.title, ...topic.aliases];
}

/**
 * The names search knows a topic by. A title that lists what its topic covers after a colon
 * ("Bisphosphonates: alendronate, risedronate, ibandronate") is one name per item: a question
 * that holds two of them ("actonel vs fosamax") compares them, and is not asking what the
 * topic is, as a question that says nothing but one name is (answer-first.ts).
 */
export function searchNames(topic: Topic): string[] {
  return [topic.id.replace(/-/g, ' '), ...titleNames(topic.title), ...topic.aliases];
}

function titleNames(title: string): string[] {
  const colon = title.indexOf(': ');
  if (colon < 0) return [title];
  return [title.slice(0, colon), ...title.slice(colon + 2).split(/,\s+/)].filter((name) => name.trim() !== '');
}
