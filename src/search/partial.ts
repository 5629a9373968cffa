// A search of a large folder with no index reads it for the query's own words only (issue 16):
// the terms the query can ask for, with its other spellings, meanings and kinds of question,
// and its words as typed (triage asks whether the content uses them). The index that makes is
// sound for those and for nothing else, so it refuses anything else (NotScanned); the search is
// then answered from the whole folder, read in full, and comes out as it would have anyway. A
// word the folder lacks is read as a typo of one it has: for a word of six letters or more, the
// words one edit from it are found through two of its parts (typoParts); for one of four or five
// letters, whose parts would be too short to leave out much of the text, the search reads the
// folder a second time, wider: through the short parts of every such word of the query
// (shortParts); then, if still too narrow, in full.
import type { PackedHits, Postings, SearchIndex, SectionDoc, TermHit } from './memory-index.js';
import { isStopWord, tokenize } from './normalize.js';
import { MAX_QUERY_TERMS, parseQuery } from './query.js';
import { askedKinds } from './question-kinds.js';
import { coversTerm, coversWord, shortParts, typoParts, wordPatterns } from './select-words.js';
import type { Vocabulary } from './vocabulary.js';

/** The index was read for other words: this search needs the folder read again. */
export class NotScanned extends Error {
  /** Whether a reading through the short words' parts too (queryPatterns' `wide`) would do. */
  wider = false;
}

// An index that has every term: parseQuery then reads no word as a typo, so what it gives is
// what any index gives before the typo step.
const EVERY_TERM: SearchIndex = {
  docs: [],
  postings: { has: () => true, get: () => undefined },
  words: new Map(),
  names: new Map(),
};

/**
 * The patterns that find every word a search of `query` can ask an index about (but typos of
 * short words). `wide`: the typos of its words of four or five letters too (shortParts).
 */
export async function queryPatterns(query: string, vocabulary: Vocabulary, wide = false): Promise<string[]> {
  const words = await parseQuery(EVERY_TERM, query, vocabulary);
  const terms = words.flatMap((w) => w.alternatives.flatMap((a) => [a.term, ...(a.with ?? [])]));
  // The headings that answer the kinds of question asked (answer-first.ts looks them up).
  for (const kind of askedKinds(query, vocabulary.questions ?? []).kinds)
    for (const cue of kind.headings) terms.push(...cue.split(' ').filter((word) => !isStopWord(word)));
  // The index knows no stop word ("on", "i"): triage is told so without a pattern for each.
  // As many as ranking reads (query.ts): a word past them that triage asks about is refused.
  const typed = [...new Set(tokenize(query).filter((word) => !isStopWord(word)))].slice(0, MAX_QUERY_TERMS);
  // A word the folder may lack is read as a typo of a word it has (query.ts): the words one
  // letter from it are found through its parts.
  for (const word of words)
    if (!word.generic) typed.push(...((wide ? shortParts(word.word) : null) ?? typoParts(word.word) ?? []));
  return wordPatterns(terms, typed);
}

/** `index`, read through `patterns`, as an index that answers only what they cover. */
export function partialIndex(index: SearchIndex, patterns: readonly string[]): SearchIndex {
  const term = (t: string): string => {
    if (!coversTerm(patterns, t)) throw new NotScanned(`the folder was not read for '${t}'`);
    return t;
  };
  const { postings } = index;
  const guarded: Postings = {
    has: (t) => postings.has(term(t)),
    get: (t): ReadonlyMap<number, TermHit> | undefined => postings.get(term(t)),
  };
  if (postings.packed) guarded.packed = (t): PackedHits | undefined => postings.packed?.(term(t));
  return {
    // Read through, not copied: `docs` of a view makes a SectionDoc for every section (70,000
    // for 10,000 topics), where ranking reads the section table and makes only those it shows.
    get docs(): SectionDoc[] {
      return index.docs;
    },
    sections: index.sections,
    postings: guarded,
    get words(): ReadonlyMap<string, string> {
      throw new NotScanned('the folder was not read for every word');
    },
    wordsNear: (word) => {
      const covered = (parts: readonly string[] | null): boolean =>
        parts !== null && parts.every((part) => coversWord(patterns, part));
      // A short word's neighbours each hold one of its short parts (shortParts): a reading
      // through all of them answers too; else a reading through them is the next to try.
      const short = shortParts(word);
      if (covered(typoParts(word)) || covered(short)) return index.words;
      const error = new NotScanned(`the folder was not read for words like '${word}'`);
      error.wider = short !== null;
      throw error;
    },
    hasWord: (word) => {
      if (isStopWord(word)) return false;
      if (!coversWord(patterns, word)) throw new NotScanned(`the folder was not read for '${word}'`);
      return index.words.has(word);
    },
    names: index.names,
  };
}
