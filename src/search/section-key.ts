// The shortest name that opens a section with `--section`: one word of its heading that no other
// heading of the topic has ("Is yoga safe?" → yoga), else two words no other heading holds
// together, else the heading's words joined by hyphens
// (when-to-get-help), one word for the shell, which --section reads as the words. Shown in the
// commands under a search answer and offered by Tab completion. It matches what
// resolveSection (search/resolve.ts) picks first: a heading with the same words, else the one
// heading that holds every word of the name; tests check the two agree on every shipped section.
import type { Topic } from '../topics/types.js';
import { toKey, tokenize } from './normalize.js';

// Question words open a heading but do not name it ("When to get help" is help).
const QUESTION_WORDS = new Set([
  'when',
  'what',
  'which',
  'where',
  'who',
  'whom',
  'whose',
  'how',
  'why',
  'can',
  'could',
  'should',
  'would',
  'will',
  'does',
  'did',
]);

export function sectionKey(topic: Topic, heading: string): string {
  const others = topic.sections.filter((s) => s.heading !== '' && s.heading !== heading).map((s) => toKey(s.heading));
  const own = new Set(toKey(heading).split(' '));
  // A word of four letters or more says more than a short one ("break", not "one").
  for (const shortest of [4, 3]) {
    for (const word of tokenize(heading)) {
      const key = toKey(word);
      if (word.length < shortest || QUESTION_WORDS.has(word) || key === '' || key.includes(' ') || !own.has(key))
        continue;
      // Another heading that is this word alone, or that holds it too, would be the one opened.
      if (others.some((other) => other === key || other.split(' ').includes(key))) continue;
      return word;
    }
  }
  // Else two words no other heading holds together ("getting-up"): short enough to fit a narrow
  // screen, where the whole heading may not.
  const words = tokenize(heading).filter((w) => w.length >= 3 && !QUESTION_WORDS.has(w) && own.has(toKey(w)));
  for (const [i, a] of words.entries()) {
    for (const b of words.slice(i + 1)) {
      const [ka, kb] = [toKey(a), toKey(b)];
      if (ka === kb || ka.includes(' ') || kb.includes(' ')) continue;
      if (others.some((other) => other.split(' ').includes(ka) && other.split(' ').includes(kb))) continue;
      return `${a}-${b}`;
    }
  }
  return tokenize(heading).join('-');
}

/** The key as one shell word: quoted when it has a space. */
export function shellWord(text: string): string {
  return /^[\w.-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}
