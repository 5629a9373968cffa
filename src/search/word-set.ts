// A set of words made only when first asked. Triage judges a word a typo only if it is none of the
// rules' words, the content's words and the real English words near them; most questions are
// settled by the first, and making sets of thousands of words on every search was time for nothing.

/** What a typo check asks of a list of words: a Set, or a lazyWordSet. */
export interface WordSet {
  has(word: string): boolean;
}

export function lazyWordSet(list: () => Iterable<string>): WordSet {
  let set: Set<string> | undefined;
  return { has: (word) => (set ??= new Set(list())).has(word) };
}

/**
 * The first `scans` questions answered by a look through the list, then a set: triage asks a
 * large library's 11,000 words about a few of a question's words, and a look through them (a
 * native loop, a tenth of a millisecond) is cheaper than making the set (3 ms on the first
 * search of 10,000 generated topics) until a long question asks more.
 */
export function scannedWordSet(list: () => readonly string[], scans = 16): WordSet {
  let set: Set<string> | undefined;
  let asked = 0;
  return {
    has(word) {
      if (set) return set.has(word);
      if (++asked <= scans) return list().includes(word);
      set = new Set(list());
      return set.has(word);
    },
  };
}
