// Triage: does a query describe an emergency or urgent sign? The patterns live in content (the
// red-flags topic's front matter), so the people who review the medical text review them too.
import type { Topic, TriageLevel } from '../topics/types.js';
import { stem, tokenize } from './normalize.js';

export interface Triage {
  level: TriageLevel;
  /** What to do, then which sign it may be. */
  message: string;
  sign: string;
  /** The topic whose rules matched, which search then puts first. */
  topic: Topic;
}

/** The most serious sign the query describes, or null. Emergency beats urgent; first rule wins a tie. */
export function matchTriage(topics: readonly Topic[], query: string): Triage | null {
  // Every word counts here, stop words too: "cannot get up" is the sign itself.
  const words = tokenize(query).map(stem);
  if (words.length === 0) return null;
  let found: Triage | null = null;
  for (const topic of topics) {
    for (const rule of topic.triage?.signs ?? []) {
      if (found && (found.level === 'emergency' || rule.level === 'urgent')) continue;
      if (rule.when.some((pattern) => pattern.every((slot) => slot.some((alt) => containsPhrase(words, alt))))) {
        const message = topic.triage?.messages[rule.level] ?? '';
        found = { level: rule.level, message: `${rule.sign}. ${message}`, sign: rule.sign, topic };
      }
    }
  }
  return found;
}

/** Whether the words of `phrase`, in any form, stand together in `words`. */
function containsPhrase(words: readonly string[], phrase: string): boolean {
  const wanted = tokenize(phrase).map(stem);
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}
