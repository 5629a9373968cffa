// A query → the terms to look for: each meaningful word with its stem, lay-word synonyms and,
// for words the content never uses, the nearest spellings that it does use.
import type { SearchIndex } from './index.js';
import { isStopWord, stem, tokenize } from './normalize.js';
import { SYNONYMS } from './synonyms.js';

export interface Alternative {
  term: string;
  /** 1 for the word itself; less for a synonym or a typo match, so exact matches always win. */
  weight: number;
}

export interface QueryWord {
  word: string;
  alternatives: Alternative[];
}

const SYNONYM_WEIGHT = 0.8;
// Below 1, so an exact word always beats a typo of it; high enough that a clear typo of the
// query's key word still outweighs an exact match of a side word.
const FUZZY_WEIGHT = 0.85;
const FUZZY_MIN_LENGTH = 4;
// Longer than any real word: not worth comparing letter by letter (and costly to).
const FUZZY_MAX_LENGTH = 40;

export async function parseQuery(index: SearchIndex, text: string): Promise<QueryWord[]> {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  let nearestWords: ((word: string) => { word: string; similarity: number }[]) | undefined;
  const real = index.realWords;
  for (const word of tokenize(text)) {
    if (isStopWord(word)) continue;
    const term = stem(word);
    if (seen.has(term)) continue;
    seen.add(term);
    const alternatives: Alternative[] = [{ term, weight: 1 }];
    for (const synonym of SYNONYMS.get(word) ?? []) alternatives.push({ term: stem(synonym), weight: SYNONYM_WEIGHT });
    const known = alternatives.some((a) => index.postings.has(a.term));
    // A typo is one letter edit from a word the content uses, and is not itself a real English
    // word ("constructor" is not a typo of "instructor"; "weather" is not one of "whether").
    if (!known && word.length >= FUZZY_MIN_LENGTH && word.length <= FUZZY_MAX_LENGTH && !/^\d/.test(word) && !real?.has(word)) {
      // Only a word the content never uses builds the typo lookup.
      nearestWords ??= (await import('./edits.js')).oneEditAway(index.words.keys());
      for (const { word: near, similarity } of nearestWords(word)) {
        const target = index.words.get(near);
        if (target) alternatives.push({ term: target, weight: FUZZY_WEIGHT * similarity });
      }
    }
    words.push({ word, alternatives });
  }
  return words;
}
