// The words of a text that a search can ask about, found without reading every word (issue 16).
// A search of a folder with no index needs the counts of its own terms only. Every word whose
// stem is a term holds that stem, less a last i, e or l (see stemCore), so the words worth
// counting are found with indexOf, which the engine runs natively over the whole text, instead
// of a loop in JavaScript over each of its ten million words. The rest of the text is never cut
// into words. What comes out is what scanWords would make of the text, less words that hold no
// pattern: a test holds the counts of every covered term equal to a full scan's.
import { isChunkSpace, isDigit, scanWords, tokenizeChunk, type WordList, type WordTable } from './words.js';

/**
 * What every word with this stem holds. The Porter stemmer only ever changes the last letter of
 * what it keeps: happy → happi, baking → bake, ability → abl. Checked on 275,000 English words
 * and on made-up words built from its suffixes (a property test does the same).
 */
export function stemCore(stem: string): string {
  return /[iel]$/.test(stem) ? stem.slice(0, -1) : stem;
}

// Only a chunk of plain ASCII letters, digits and punctuation is searched; any other is read whole.
const PLAIN = /^[a-z0-9]+$/;

/**
 * The patterns that find every word whose stem is one of `terms`, and every one of `words`
 * (lowercase, as tokenize() makes them). A term or word that is not plain ASCII needs none:
 * only a chunk read whole can hold it. A pattern holding another is dropped, as its hits are
 * the other's. An empty pattern (a one-letter stem) means every word.
 */
export function wordPatterns(terms: Iterable<string>, words: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const term of terms) if (PLAIN.test(term)) all.add(stemCore(term));
  for (const word of words) if (PLAIN.test(word)) all.add(word);
  const sorted = [...all].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const pattern of sorted) if (!kept.some((shorter) => pattern.includes(shorter))) kept.push(pattern);
  return kept;
}

/**
 * Two parts of a word, one of which every word one letter edit from it holds (a letter dropped,
 * added, changed, or two swapped): the letters before its middle but one, and those after its
 * middle but one. An edit touches at most two neighbouring letters, so it leaves one part whole.
 * Null when a part would be shorter than two letters: it would find nearly every word.
 */
export function typoParts(word: string): [string, string] | null {
  if (!PLAIN.test(word)) return null;
  const middle = word.length >> 1;
  const parts: [string, string] = [word.slice(0, middle - 1), word.slice(middle + 1)];
  return parts[0].length >= 2 && parts[1].length >= 2 ? parts : null;
}

/**
 * Patterns one of which every word one letter edit from a word of four or five letters holds, for
 * a second reading when the folder lacks it (search/partial.ts): its first two letters and its
 * last two, and, for four letters, the word with its middle two swapped (an edit there breaks
 * both pairs). Null for any other word: typoParts covers a longer one.
 */
export function shortParts(word: string): string[] | null {
  if (!PLAIN.test(word) || word.length < 4 || word.length > 5) return null;
  const [first, last] = [word.slice(0, 2), word.slice(-2)];
  return word.length === 4
    ? [first, last, `${word[0] ?? ''}${word[2] ?? ''}${word[1] ?? ''}${word[3] ?? ''}`]
    : [first, last];
}

/** Whether the counts of `term` in a text read through `patterns` are the full ones. */
export function coversTerm(patterns: readonly string[], term: string): boolean {
  if (!PLAIN.test(term)) return true;
  const core = stemCore(term);
  return patterns.some((pattern) => core.includes(pattern));
}

/** Whether `word` is found, when a text holds it, by reading it through `patterns`. */
export function coversWord(patterns: readonly string[], word: string): boolean {
  return !PLAIN.test(word) || patterns.some((pattern) => word.includes(pattern));
}

// What makes scanWords hand a chunk to tokenize(): a character it does not split itself (a
// decimal point is looked for apart: in one pattern with these, the search took six times as long).
const NOT_PLAIN = /[\u0080-\uffff'`]/g;
// A decimal point as scanWords finds one: a digit either side ([0-9], not \d, is the faster test).
const DECIMAL = /[0-9]\.[0-9]/;

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || isDigit(c);

/**
 * Sets `out` to the numbers of the words of tokenize(text) that hold one of `patterns` (and of
 * every word of a chunk that is not plain ASCII), each occurrence once, in no set order.
 */
export function scanSelected(text: string, patterns: readonly string[], table: WordTable, out: WordList): void {
  if (patterns.includes('')) {
    scanWords(text, table, out);
    return;
  }
  // Plain ASCII (its UTF-8 is as long as the string), nearly every section of a folder: its
  // patterns are found in the text as it is, without a lowercased copy (scanAscii).
  const ascii = Buffer.byteLength(text) === text.length;
  const finder = ascii ? finderOf(patterns) : null;
  if (finder) {
    scanAscii(text, finder, table, out);
    return;
  }
  const lower = text.toLowerCase();
  // Lowercasing that changes the length (İ) would move every place after it: read it all.
  if (lower.length !== text.length) {
    scanWords(text, table, out);
    return;
  }
  out.length = 0;
  const whole = readWhole(text, notPlain(text, ascii), table, out);
  // Each word holding a pattern, by where it starts (two patterns may find the same word).
  const found = new Map<number, number>();
  for (const pattern of patterns) {
    for (let at = lower.indexOf(pattern); at >= 0;) {
      let start = at;
      while (start > 0 && isAlnum(lower.charCodeAt(start - 1))) start--;
      let end = at + pattern.length;
      while (end < lower.length && isAlnum(lower.charCodeAt(end))) end++;
      if (!inside(whole, start)) found.set(start, end);
      at = lower.indexOf(pattern, end);
    }
  }
  for (const [start, end] of found) out.push(table.internRange(lower, start, end));
}

/**
 * scanSelected of a plain ASCII text. Its patterns (lowercase letters and digits) as one
 * case-insensitive expression, found in one pass over the text: what toLowerCase() and an indexOf
 * pass per pattern found, in a half to a third of the time (10,000 generated topics' sections),
 * since ASCII letters are the only ones that fold to a pattern's. Each word holding one is read
 * once: the search goes on from its end.
 */
function scanAscii(text: string, finder: RegExp, table: WordTable, out: WordList): void {
  out.length = 0;
  const whole = readWhole(text, notPlain(text, true), table, out);
  finder.lastIndex = 0;
  const anyWhole = whole.length > 0;
  // test() and lastIndex, not exec(): no match array per word; the match's last letter is in its word.
  while (finder.test(text)) {
    // The word around the hit: letters and digits in any case (bit 5 set turns A-Z into a-z and
    // leaves digits as they are), tested here and not called. While a large folder is read V8
    // inlines no call (io/scan-run.ts), and each letter of the word had been two calls deep, for
    // each of 100,000 to 350,000 hits in a search of 10,000 topics. Also: no binary search of
    // `whole` when nothing was read whole.
    let start = finder.lastIndex - 1;
    for (; start > 0; start--) {
      const l = text.charCodeAt(start - 1) | 32;
      if (!((l >= 97 && l <= 122) || (l >= 48 && l <= 57))) break;
    }
    let end = finder.lastIndex;
    for (; end < text.length; end++) {
      const l = text.charCodeAt(end) | 32;
      if (!((l >= 97 && l <= 122) || (l >= 48 && l <= 57))) break;
    }
    if (!anyWhole || !inside(whole, start)) out.push(table.internFolded(text, start, end));
    finder.lastIndex = end;
  }
}

// The longest joined patterns made into one expression; a query's words are far shorter.
const MAX_FINDER_SOURCE = 4096;

// The expression of the last list of patterns: a scan reads every section through the same list.
let finderFor: readonly string[] | undefined;
let lastFinder: RegExp | null = null;

/**
 * `patterns` as one global, case-insensitive expression; null unless each is lowercase ASCII
 * letters and digits (no pattern matches an empty string, and no letter but A-Z folds to one).
 */
function finderOf(patterns: readonly string[]): RegExp | null {
  if (patterns !== finderFor) {
    const plain = patterns.length > 0 && patterns.every((pattern) => PLAIN.test(pattern));
    const source = patterns.join('|');
    // V8 refuses an expression this long ("one 100,000-character word" as a query): the
    // pattern-by-pattern path reads it instead.
    lastFinder = plain && source.length <= MAX_FINDER_SOURCE ? new RegExp(source, 'gi') : null;
    finderFor = patterns;
  }
  return lastFinder;
}

/**
 * Reads whole, into `out`, each chunk (between spaces) holding one of `places` (where tokenize()
 * must read: notPlain), once; the chunks read, as sorted [start, end) pairs.
 */
function readWhole(text: string, places: readonly number[], table: WordTable, out: WordList): number[] {
  const whole: number[] = [];
  for (const at of places) {
    if (at < (whole.at(-1) ?? -1)) continue;
    let start = at;
    while (start > 0 && !isChunkSpace(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && !isChunkSpace(text.charCodeAt(end))) end++;
    tokenizeChunk(text.slice(start, end), table, out);
    whole.push(start, end);
  }
  return whole;
}

/** Where `text` has a character that scanWords leaves to tokenize(), in order. */
function notPlain(text: string, ascii: boolean): number[] {
  const places: number[] = [];
  // Plain ASCII can hold only the two quotes, which indexOf finds natively: on a large library's
  // text, about a third of the regular expression's time.
  if (ascii) {
    for (const quote of ["'", '`'])
      for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) places.push(at);
    places.sort((a, b) => a - b);
  } else for (const match of text.matchAll(NOT_PLAIN)) places.push(match.index);
  // Most texts have no decimal at all: one native pass says so, where a loop over every full stop
  // with two character reads each took twice as long (10,000 generated topics, 900,000 stops).
  if (!DECIMAL.test(text)) return places;
  let decimal = false;
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    if (isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) {
      places.push(at);
      decimal = true;
    }
  }
  return decimal ? places.sort((a, b) => a - b) : places;
}

/** Whether `place` is in one of the sorted [start, end) pairs of `ranges`. */
function inside(ranges: readonly number[], place: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (place < (ranges[2 * mid] ?? 0)) high = mid - 1;
    else if (place >= (ranges[2 * mid + 1] ?? 0)) low = mid + 1;
    else return true;
  }
  return false;
}
