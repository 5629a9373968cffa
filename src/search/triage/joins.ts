// Words split apart by dictation or a phone's keyboard ("war farin", "a pixie ban", "co coda
// moll", "every where", "thunder clap") read as the one rule word they make. A run of two to four
// words of one clause is joined when what it spells is a rule word of seven letters or more, or,
// for a name that is no English word (a medicine, mostly), close to one: dictation spells a
// drug's name as it sounds, so a letter or two is off ("river ox a ban", "Allen ronic").
import levenshtein from 'damerau-levenshtein';
import type { Token } from './clauses.js';
import type { WordSet } from '../word-set.js';

// Shorter joins are too easy to make by chance from two everyday words ("to day").
export const MIN_JOINED = 7;
// A name read from a run a letter off must be this long, and two letters off longer still:
// shorter names sit a letter or two from too many runs of words.
const MIN_NEAR_NAME = 8;
const MIN_TWO_OFF = 9;
const MIN_ENGLISH_PART = 4;
export const MAX_PARTS = 4;

export interface JoinTable {
  /** Rule words: a run that spells one exactly is read as it. */
  words: WordSet;
  /** Rule words the rules read spaced too ("back pain"): a run that spells one is left alone. */
  spaced: WordSet;
  /** The rule words that are no English word (medicine names and the like), as a list. */
  names: () => readonly string[];
  /** Whether a rule word is one of `names`. */
  isName: (word: string) => boolean;
  /** Real English words near a rule word: a run that spells one is left as it is. */
  real: WordSet;
  /** A word the rules, the content or English use. */
  familiar: (word: string) => boolean;
  /** A small word ("to", "her", "for"): the stop words. */
  isSmall: (word: string) => boolean;
}

/**
 * The rule word the `parts` of a run spell, as it is or a letter or two off; null when none.
 */
export function joinedWord(parts: readonly string[], table: JoinTable): string | null {
  const run = parts.join('');
  if (run.length < MIN_JOINED || table.spaced.has(run)) return null;
  const name = table.isName(run);
  // Everyday words that spell another when run together ("for getting", "be having", "tea
  // time", "to get her") are left apart: a rule word that is English is joined only from words
  // of four letters or more ("thunder clap", "every where", "over dose"), from three words or
  // more none of them a small word ("war fa rin"), or with a word nobody uses ("war farin",
  // "un conscious").
  if (table.words.has(run))
    return name ||
      (parts.length > 2 && !parts.some(table.isSmall)) ||
      parts.every((part) => part.length >= MIN_ENGLISH_PART) ||
      parts.some((part) => !table.familiar(part))
      ? run
      : null;
  if (run.length < MIN_NEAR_NAME) return null;
  // Two letters off only for a long run of three words or more ("a pixie ban"): two words are
  // too often two words meant ("back slaps" is not "backslab").
  const allowed = run.length >= MIN_TWO_OFF && parts.length > 2 ? 2 : 1;
  // The last word must be more than the letters allowed off: "mini stroke a" is not a name.
  if ((parts.at(-1)?.length ?? 0) <= allowed) return null;
  for (const name of table.names()) {
    // Dictation keeps the first sound: the first two letters stand, and the length is near.
    if (
      name.length < MIN_NEAR_NAME ||
      !name.startsWith(run.slice(0, 2)) ||
      Math.abs(name.length - run.length) > allowed
    )
      continue;
    if (levenshtein(run, name).steps > allowed) continue;
    // A word the rules read spaced, an s more or less ("mini strokes", "shoulder blade"), is
    // read spaced as well: the words' stems already match. A run that is itself a real word
    // near a rule word is that word.
    return (table.spaced.has(name) && (run === `${name}s` || `${run}s` === name)) || table.real.has(run) ? null : name;
  }
  return null;
}

/**
 * `read` (the tokens as the matcher reads them, typos mended) with each split word of `typed`
 * (the same tokens as typed) joined, the longest run first; null when nothing was joined. The
 * runs are those typed: a part read as a typo of another word ("Allen" as "fallen") would hide
 * the name. The joined token keeps the first part's place in the clauses. `stem` is the
 * matcher's own.
 */
export function joinSplitWords(
  typed: readonly Token[],
  read: readonly Token[],
  table: JoinTable,
  stem: (word: string) => string,
): Token[] | null {
  let out: Token[] | null = null;
  let skipTo = 0;
  for (const [i, first] of typed.entries()) {
    if (i < skipTo) continue;
    let joined: string | null = null;
    let length = 0;
    const parts = [first.word];
    const alphabetic = /^[a-z]+$/.test(first.word);
    for (const [k, next] of typed.slice(i + 1, i + MAX_PARTS).entries()) {
      if (
        !alphabetic ||
        next.segment !== first.segment ||
        next.sentence !== first.sentence ||
        !/^[a-z]+$/.test(next.word)
      )
        break;
      parts.push(next.word);
      const word = joinedWord(parts, table);
      if (word !== null) [joined, length] = [word, k + 2];
      // A run that spells a rule word as it is ends there: "mini stroke" is not the start of a
      // longer name.
      const run = parts.join('');
      if (word === run || table.spaced.has(run)) break;
    }
    if (joined === null) {
      out?.push(read[i] ?? first);
      continue;
    }
    out ??= read.slice(0, i);
    out.push({ ...first, word: joined, stem: stem(joined) });
    skipTo = i + length;
  }
  return out;
}
