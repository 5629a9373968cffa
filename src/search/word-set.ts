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
