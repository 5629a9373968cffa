// Words split by dictation or a slip of the space bar ("war farin", "rise dro nate", "pro lia",
// "ale ndronate"): a run of two to four words that spells a word the library knows, or a typo
// of one ("sarko penia"), where one part is a word neither the library nor English uses, is
// read as that one word. Two real words that happen to spell a third are left apart when one
// is small ("for getting"), and joined when both are words of some length that make a long
// one ("heart burn": heartburn). The triage has its own reading of split words
// (triage/joins.ts), from its rules' words.
import { isStopWord, tokenize } from './normalize.js';

// Runs are looked for among the first words only: a query reads its first 64 meaningful words
// (query.ts MAX_QUERY_TERMS), and each word looked at here is stemmed and looked up, which for a
// query of 100,000 made-up words took more than a second.
const MAX_JOIN_WORDS = 256;
const MAX_SPLIT_PARTS = 4;
// A shorter word is too easily spelt by chance by two fragments.
const MIN_JOINED = 6;
// A run joined into a typo of a known word, not the word itself ("sarko penia", "ale dronate"),
// is taken from this length only, and only when no part is a small word: dictation splits long
// medical words, and a short run is too often near some word by chance.
const MIN_NEAR_JOINED = 8;

/** What joining asks: whether a run is a word the library knows, and whether a part is odd. */
export interface SplitReader {
  /** The library (its content or its vocabulary) knows this word. */
  isTerm(word: string): boolean;
  /** Neither the library nor English uses this word (a fragment: "farin", "ronic", "nate"). */
  isOdd(word: string): boolean;
  /**
   * This word is a typo of one the library knows ("sarkopenia"), as the query's typo reading
   * would take it. Absent where typos are not read.
   */
  isNearTerm?(word: string): boolean;
  /**
   * The library's words are all known here (the shipped topics), so two real words may be read
   * as the compound they spell. Not a folder read for the question's words alone, where a run
   * is not one of them.
   */
  compounds?: boolean;
}

// A compound typed as two real words ("heart burn", "pain killers", "wheel chair") is the one
// word the library uses, when both are words of some length and together they make a long one.
const MIN_COMPOUND = 8;
const MIN_COMPOUND_PART = 3;
const isCompound = (parts: readonly string[], run: string): boolean =>
  parts.length === 2 &&
  run.length >= MIN_COMPOUND &&
  parts.every((part) => part.length >= MIN_COMPOUND_PART && !isStopWord(part));

/**
 * `text` with each split word joined, the longest run first; `text` itself when none is. The
 * run is joined where it was typed, with the spaces between its parts taken out, so every later
 * reading of the text (its sentences, its words) sees the one word.
 */
export function joinSplitWords(text: string, reader: SplitReader): string {
  const words = tokenize(text);
  let out = text;
  for (let i = 0; i < Math.min(words.length, MAX_JOIN_WORDS); i++) {
    const parts: string[] = [];
    let found = 0;
    for (const word of words.slice(i, i + MAX_SPLIT_PARTS)) {
      if (!/^[a-z]+$/.test(word)) break;
      parts.push(word);
      const run = parts.join('');
      if (
        parts.length > 1 &&
        run.length >= MIN_JOINED &&
        ((parts.some((part) => !isStopWord(part) && reader.isOdd(part)) &&
          (reader.isTerm(run) ||
            (run.length >= MIN_NEAR_JOINED &&
              !parts.some((part) => isStopWord(part)) &&
              reader.isNearTerm?.(run) === true))) ||
          (reader.compounds === true && isCompound(parts, run) && reader.isTerm(run)))
      )
        found = parts.length;
    }
    if (found === 0) continue;
    const typed = new RegExp(`\\b${words.slice(i, i + found).join('[ \\t-]+')}\\b`, 'iu');
    const joined = out.replace(typed, words.slice(i, i + found).join(''));
    // Typed with something between the parts the pattern does not allow (an apostrophe, an
    // accent): left as typed.
    if (joined !== out) out = joined;
    i += found - 1;
  }
  return out;
}
