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
  // Which words the query has at all, so a phrase with a word it lacks is not searched for: each
  // of some hundreds of phrases scanned a 100,000-word query in full.
  const present = new Set(words);
  let found: Triage | null = null;
  for (const topic of topics) {
    for (const rule of topic.triage?.signs ?? []) {
      if (found && (found.level === 'emergency' || rule.level === 'urgent')) continue;
      if (rule.when.some((pattern) => pattern.every((slot) => slot.some((alt) => containsPhrase(words, present, alt))))) {
        const message = topic.triage?.messages[rule.level] ?? '';
        found = { level: rule.level, message: `${rule.sign}. ${message}`, sign: rule.sign, topic };
      }
    }
  }
  return found;
}

/** Whether the words of `phrase`, in any form, stand together in `words` (whose set is `present`). */
function containsPhrase(words: readonly string[], present: ReadonlySet<string>, phrase: string): boolean {
  const wanted = tokenize(phrase).map(stem);
  if (wanted.length === 0 || !wanted.every((w) => present.has(w))) return false;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}
