// Words one letter edit apart: a letter dropped, added, changed, or two swapped. Shared by
// search (a query word → the content word it misspells) and triage (→ the rule word); search also
// reads a long word's vowel misspellings (typoNeighbours).
import levenshtein from 'damerau-levenshtein';
import { typoParts } from './select-words.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one letter edit from `word` (for the build: which of them are real English). */
export function edits(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(`${head}${tail.charAt(1)}${tail.charAt(0)}${tail.slice(2)}`);
    for (const letter of LETTERS) {
      out.add(head + letter + tail);
      if (tail) out.add(head + letter + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/** The real English words among those one edit from any of `words` (the build's list). */
export function realNeighbours(words: Iterable<string>, english: ReadonlySet<string>): string[] {
  const own = new Set(words);
  const real = new Set<string>();
  // From three letters: a query word of four ("boil") is compared with content words one
  // letter shorter ("oil"), so a real word next to a short one must be on the list too.
  for (const word of own)
    if (/^[a-z]{3,}$/.test(word))
      for (const near of edits(word)) if (english.has(near) && !own.has(near)) real.add(near);
  return [...real].sort();
}

/**
 * A lookup of the `vocabulary` words a typo of a word may mean: those one letter edit from it,
 * through an index of each word with one letter dropped (symmetric delete), so the cost of a
 * lookup is the word's length, however large the vocabulary; and, for a long word, those two
 * edits away that differ only in vowels or in "ph" told as "f" ("denusomab" → denosumab,
 * "ostiopurosis", "farmacist"), through an index of each long word's consonants. A long word
 * is often spelt by its sound, and its vowels are what people guess. Built on first use.
 */
export function typoNeighbours(vocabulary: Iterable<string>): (word: string) => { word: string; similarity: number }[] {
  let index: Map<string, string[]> | undefined;
  const byConsonants = new Map<string, string[]>();
  const build = (): Map<string, string[]> => {
    const map = new Map<string, string[]>();
    const push = (into: Map<string, string[]>, key: string, word: string): void => {
      const list = into.get(key);
      if (list) list.push(word);
      else into.set(key, [word]);
    };
    for (const word of vocabulary) {
      for (const key of [word, ...drops(word)]) push(map, key, word);
      if (word.length >= LONG_WORD) push(byConsonants, consonants(word), word);
    }
    return map;
  };
  return (word) => {
    index ??= build();
    const found = new Map<string, number>();
    for (const key of [word, ...drops(word)]) {
      for (const candidate of index.get(key) ?? []) {
        if (candidate === word || found.has(candidate) || Math.abs(candidate.length - word.length) > 1) continue;
        const { steps, similarity } = levenshtein(word, candidate);
        if (steps === 1) found.set(candidate, similarity);
      }
    }
    // Only a word that holds one of the typo's two parts, as a large folder read without an index
    // finds its typo candidates by those parts (search/partial.ts): the answer is the same either way.
    const parts = found.size === 0 && word.length >= LONG_WORD ? typoParts(word) : null;
    for (const candidate of parts ? (byConsonants.get(consonants(word)) ?? []) : []) {
      if (!parts || (!candidate.includes(parts[0]) && !candidate.includes(parts[1]))) continue;
      const { steps, similarity } = levenshtein(word, candidate);
      if (steps === 2) found.set(candidate, similarity);
    }
    return [...found].map(([near, similarity]) => ({ word: near, similarity }));
  };
}

// From this length a word may be two vowel edits from the one meant: shorter words two edits
// apart are too often other words ("bone" and "bean").
const LONG_WORD = 8;

/**
 * A word's consonants, in order: the key under which its vowel misspellings meet it. "ph" is
 * read as the "f" it sounds like, so a word spelt by its sound meets it too ("farmacist").
 */
function consonants(word: string): string {
  return word.replace(/ph/g, 'f').replace(/[aeiouy]/g, '');
}

function drops(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}
