// A rule's pattern as the test a phrase's word is put to. Of the shipped rules' 2,173 patterns,
// 2,096 are tested with a Set: those compile.ts patternWords reads as a few words (a list,
// /^(tight|heavy)$/, perhaps with a last letter optional, /^(mins?|minutes?)$/), and any word
// but those of a list, /^(?!(sure|certain)$)[a-z0-9]+$/ (or [a-z]+). A RegExp is built when a
// phrase with it is first decoded and compiled by V8 at its first test: about 38 µs each cold,
// and a question met about 50 of them ("weak legs"). The other 77 are RegExps, as written, most
// of them numbers (/^(1[0-9]|[2-9][0-9])$/), whose phrases are tried only at a word that starts
// with a digit when they start with one (compile.ts startKeys). Together with that filing:
// callgrind 270 -> 263M instructions for "weak legs", 283 -> 264M for `osteo weak legs`.
import { patternWords } from './compile.js';

/** What a phrase's pattern asks of a word. A RegExp is one. */
export interface WordTest {
  test(word: string): boolean;
}

const OUTSIDE = /^\^\(\?!\(([a-z0-9]+(?:\|[a-z0-9]+)*)\)\$\)\[a-z(0-9)?\]\+\$$/;
const ANY_WORD = /^[a-z0-9]+$/;
const LETTERS = /^[a-z]+$/;

/** The test for a pattern's `source` (without its slashes): the same answer for every word as `new RegExp(source)`. */
export function wordTest(source: string): WordTest {
  // The same reading of a pattern as compile.ts files a phrase's start keys by.
  const read = patternWords(source);
  if (read && !read.digits) {
    const words = new Set(read.words);
    return { test: (word) => words.has(word) };
  }
  const outside = OUTSIDE.exec(source);
  if (outside?.[1] !== undefined) {
    const words = new Set(outside[1].split('|'));
    const any = outside[2] === undefined ? LETTERS : ANY_WORD;
    return { test: (word) => !words.has(word) && any.test(word) };
  }
  return new RegExp(source);
}
