// Words one letter edit apart: a letter dropped, added, changed, or two swapped. Shared by
// search (a query word → the content word it misspells) and triage (→ the rule word).
import levenshtein from 'damerau-levenshtein';

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
 * A lookup of the `vocabulary` words one letter edit from a word, through an index of each
 * word with one letter dropped (symmetric delete): the cost of a lookup is the word's length,
 * however large the vocabulary. Built on first use.
 */
export function oneEditAway(vocabulary: Iterable<string>): (word: string) => { word: string; similarity: number }[] {
  let index: Map<string, string[]> | undefined;
  const build = (): Map<string, string[]> => {
    const map = new Map<string, string[]>();
    for (const word of vocabulary) {
      for (const key of [word, ...drops(word)]) {
        const list = map.get(key);
        if (list) list.push(word);
        else map.set(key, [word]);
      }
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
    return [...found].map(([near, similarity]) => ({ word: near, similarity }));
  };
}

function drops(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}
