// The word sets triage asks (search/word-set.ts): the same answers as a Set, however many are
// asked, and the list read only when a word is asked about.
import { describe, expect, it } from 'vitest';
import { lazyWordSet, scannedWordSet } from '../../src/search/word-set.js';

const WORDS = ['legs', 'weak', 'café', 'constructor', '', 'thin', 'a b'];
const ASKED = [...WORDS, 'leg', 'Legs', 'legz', 'toString', '__proto__', 'weak ', 'cafe', 'b'];

describe('scannedWordSet', () => {
  it.each([0, 1, 3, 16])('answers as a Set does, before and after it makes one (%s looks first)', (scans) => {
    const set = new Set(WORDS);
    let reads = 0;
    const words = scannedWordSet(() => {
      reads++;
      return WORDS;
    }, scans);
    // Every word asked three times over: the first asks look through the list, the rest use the set.
    for (let round = 0; round < 3; round++) for (const word of ASKED) expect(words.has(word), word).toBe(set.has(word));
    expect(reads).toBeGreaterThan(0);
  });

  it('reads the list only when asked', () => {
    let reads = 0;
    const words = scannedWordSet(() => {
      reads++;
      return WORDS;
    });
    expect(reads).toBe(0);
    expect(words.has('legs')).toBe(true);
    expect(reads).toBe(1);
  });

  it('answers as lazyWordSet does', () => {
    const lazy = lazyWordSet(() => WORDS);
    const scanned = scannedWordSet(() => WORDS, 2);
    for (const word of ASKED) expect(scanned.has(word), word).toBe(lazy.has(word));
  });
});
