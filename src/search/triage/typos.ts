// Misspelt alarm words ("siezure", "unconcious", "vomitting": one letter edit away) are read as
// the words the rules use, but a real English word is never turned into another ("right" stays "right", not
// "sight"). The build lists the real words that sit one or two letters from a rule word, from an
// English word list, so the CLI needs no dictionary at run time.
import levenshtein from 'damerau-levenshtein';
import type { WordSet } from '../word-set.js';
import { edits } from '../edits.js';
import { MAX_PARTS, MIN_JOINED } from './joins.js';

// Shorter words are too close to too many others to correct safely.
export const MIN_TYPO_LENGTH = 5;

// Each list is one string, the words separated by spaces: 7,000 words parse as one JSON string
// much faster than as 7,000 (and pack smaller), and a search that meets no unknown word never
// splits them.
export interface TypoTable {
  /** The alphabetic words of the rules, as written, long enough to correct towards. */
  words: string;
  /** Real English words near one of `words`: never corrected. */
  real: string;
  /**
   * The rule words of `MIN_JOINED` letters or more that are no English word (medicine names
   * and the like): a run of split words a letter or two from one is read as it (joins.ts).
   */
  names: string;
  /**
   * The rule words the rules also read spaced ("backpain" and "back pain"): a run that spells
   * one is left as typed, since joining it would only hide its words from other phrases ("pain").
   */
  spaced: string;
}

/**
 * Build time: the table for the rules' words, with `english` the words that count as real;
 * `phrases` are the rules' phrases as lists of words.
 */
export function typoTable(
  ruleWords: Iterable<string>,
  english: WordSet,
  phrases: readonly (readonly string[])[] = [],
): TypoTable {
  const words = [...new Set(ruleWords)].filter((w) => /^[a-z]+$/.test(w) && w.length >= MIN_TYPO_LENGTH).sort();
  const real = new Set<string>();
  for (const word of words) {
    for (const candidate of edits(word)) if (english.has(candidate) && !words.includes(candidate)) real.add(candidate);
  }
  const names = words.filter((word) => word.length >= MIN_JOINED && !english.has(word));
  return {
    words: words.join(' '),
    real: [...real].sort().join(' '),
    names: names.join(' '),
    spaced: spacedWords(words, phrases).join(' '),
  };
}

/** The `words` that two to four words in a row of one of `phrases` spell. */
export function spacedWords(words: readonly string[], phrases: readonly (readonly string[])[]): string[] {
  const listed = new Set(words);
  const found = new Set<string>();
  for (const phrase of phrases)
    for (let i = 0; i < phrase.length; i++) {
      let run = phrase[i] ?? '';
      for (const next of phrase.slice(i + 1, i + MAX_PARTS)) {
        run += next;
        if (run.length >= MIN_JOINED && listed.has(run)) found.add(run);
      }
    }
  return [...found].sort();
}

/**
 * Run time: the rule word `token` is a misspelling of, or null. `words` and `ruleWords` are the
 * table's words as a list (made on first call) and a set, `real` its real English words, `known`
 * the content's words.
 */
export function correctTypo(
  token: string,
  words: () => readonly string[],
  ruleWords: WordSet,
  real: WordSet,
  known: WordSet,
): string | null {
  // A dropped final g ("keeps bein sick", "goin numb") is how people type, short words too: it
  // is read as the rule's -ing word, unless the content uses the word as it stands ("thin").
  // Not held back by the word list: it has rare words such as "bein" that nobody means.
  if (/^[a-z]+in$/.test(token) && ruleWords.has(`${token}g`) && !known.has(token)) return `${token}g`;
  // A word one shorter than that is read only as a rule word with a letter dropped ("chst" is
  // "chest"): the real words that close to a rule word are in the table, and never corrected.
  const short = token.length === MIN_TYPO_LENGTH - 1;
  if (
    token.length < MIN_TYPO_LENGTH - 1 ||
    ruleWords.has(token) ||
    known.has(token) ||
    real.has(token) ||
    !/^[a-z]+$/.test(token)
  )
    return null;
  // A last letter typed twice ("numbb", "sickk"), in a word that is neither a rule, a content nor
  // a listed real word (checked just above): read as the word with one, when that is a rule or
  // content word. Real words that end in a double letter ("still", "small", "dress") have no such
  // word without it; those that do end in a double t or e ("butt" is not "but", "putt" not "put",
  // "thee" not "the"), so those two letters are left alone.
  const single = /([a-df-su-z])\1$/.test(token) ? token.slice(0, -1) : null;
  if (single !== null && (ruleWords.has(single) || known.has(single))) return single;
  // One letter edit (a swap counts as one): two would reach real words the table does not list.
  /** The first rule word that `fits` and is one letter edit from `text`. */
  const oneEditFrom = (text: string, fits: (word: string) => boolean): string | null => {
    for (const word of words()) if (fits(word) && levenshtein(text, word).steps === 1) return word;
    return null;
  };
  const near = oneEditFrom(token, (word) =>
    short ? word.length === token.length + 1 : Math.abs(word.length - token.length) <= 1,
  );
  if (near !== null || token.length <= MIN_TYPO_LENGTH || !token.endsWith('in')) return near;
  // The dropped g and one slip besides ("vommitin" is "vomiting"): the g given back, then one
  // edit from a rule word that ends in -ing. Only a word of six letters or more that is neither
  // a rule word, a content word nor a real word the table lists gets this far.
  const ing = `${token}g`;
  return oneEditFrom(ing, (word) => word.endsWith('ing') && Math.abs(word.length - ing.length) <= 1);
}
