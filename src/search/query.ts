// A query → the terms to look for: each meaningful word with its stem, lay-word synonyms and,
// for words the content never uses, the nearest spellings that it does use.
import levenshtein from 'damerau-levenshtein';
import Fuse from 'fuse.js';
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
const FUZZY_THRESHOLD = 0.34;
const FUZZY_MIN_LENGTH = 4;

export function parseQuery(index: SearchIndex, text: string): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  let fuzzy: Fuse<string> | undefined;
  for (const word of tokenize(text)) {
    if (isStopWord(word)) continue;
    const term = stem(word);
    if (seen.has(term)) continue;
    seen.add(term);
    const alternatives: Alternative[] = [{ term, weight: 1 }];
    for (const synonym of SYNONYMS[word] ?? []) alternatives.push({ term: stem(synonym), weight: SYNONYM_WEIGHT });
    const known = alternatives.some((a) => index.postings.has(a.term));
    if (!known && word.length >= FUZZY_MIN_LENGTH && !/^\d/.test(word)) {
      fuzzy ??= new Fuse([...index.words.keys()], {
        includeScore: true,
        threshold: FUZZY_THRESHOLD,
        ignoreLocation: true,
      });
      for (const match of fuzzy.search(word, { limit: 8 })) {
        // Fuse also finds a word inside a longer one; a typo keeps roughly the same length.
        if (Math.abs(match.item.length - word.length) > 2) continue;
        const target = index.words.get(match.item);
        // Fuse finds the candidates; letter edits (a swap counts as one) say how close each is.
        if (target) alternatives.push({ term: target, weight: FUZZY_WEIGHT * levenshtein(word, match.item).similarity });
      }
    }
    words.push({ word, alternatives });
  }
  return words;
}
