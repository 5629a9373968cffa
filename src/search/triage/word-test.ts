// A rule's pattern as the test a phrase's word is put to. Of the shipped rules' 2,151 patterns,
// 2,014 are a list of words, /^(tight|heavy)$/, and 14 any word but those of a list,
// /^(?!(sure|certain)$)[a-z0-9]+$/: those are tested with a Set. A RegExp is built when a phrase
// with it is first decoded and compiled by V8 at its first test, and a question meets over a
// hundred of them ("weak legs": 110; callgrind, 295M -> 293M instructions for that search, 364M ->
// 357M for a fall). Any other pattern is a RegExp, as written.
import { wordsListed } from './compile.js';

/** What a phrase's pattern asks of a word. A RegExp is one. */
export interface WordTest {
  test(word: string): boolean;
}

const OUTSIDE = /^\^\(\?!\(([a-z0-9]+(?:\|[a-z0-9]+)*)\)\$\)\[a-z0-9\]\+\$$/;
const ANY_WORD = /^[a-z0-9]+$/;

/** The test for a pattern's `source` (without its slashes): the same answer for every word as `new RegExp(source)`. */
export function wordTest(source: string): WordTest {
  // The same reading of a word list as compile.ts files a phrase's start keys by.
  const listed = wordsListed(`/${source}/`);
  if (listed) {
    const words = new Set(listed);
    return { test: (word) => words.has(word) };
  }
  const outside = OUTSIDE.exec(source)?.[1];
  if (outside !== undefined) {
    const words = new Set(outside.split('|'));
    return { test: (word) => !words.has(word) && ANY_WORD.test(word) };
  }
  return new RegExp(source);
}
