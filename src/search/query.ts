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
// What one query may cost. A question has a dozen meaningful words at most (the longest in the
// relevance sets has 12); each word the content never uses wakes the typo matcher, which reads
// the whole vocabulary. Past these, words are not looked at: 1,000 made-up words took 18 s on an
// indexed library of 1,000 topics, and 100,000 minutes.
export const MAX_QUERY_TERMS = 64;
export const MAX_TYPO_LOOKUPS = 8;

export async function parseQuery(index: SearchIndex, text: string): Promise<QueryWord[]> {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  let nearestWords: ((word: string) => { word: string; similarity: number }[]) | undefined;
  let typoLookups = 0;
  for (const word of tokenize(text)) {
    if (isStopWord(word)) continue;
    const term = stem(word);
    if (seen.has(term)) continue;
    if (seen.size === MAX_QUERY_TERMS) break;
    seen.add(term);
    const alternatives: Alternative[] = [{ term, weight: 1 }];
    for (const synonym of SYNONYMS.get(word) ?? []) alternatives.push({ term: stem(synonym), weight: SYNONYM_WEIGHT });
    const known = alternatives.some((a) => index.postings.has(a.term));
    const typoWorthy = word.length >= FUZZY_MIN_LENGTH && word.length <= FUZZY_MAX_LENGTH && !/^\d/.test(word);
    if (!known && typoWorthy && typoLookups++ < MAX_TYPO_LOOKUPS) {
      // Only a word the content never uses loads the typo matcher.
      nearestWords ??= (await import('./fuzzy.js')).typoMatcher(index.words);
      for (const { word: near, similarity } of nearestWords(word)) {
        const target = index.words.get(near);
        if (target) alternatives.push({ term: target, weight: FUZZY_WEIGHT * similarity });
      }
    }
    words.push({ word, alternatives });
  }
  return words;
}
