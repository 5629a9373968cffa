// The index's word scanner must split text exactly as tokenize() does, whatever the text: it
// takes a fast path through plain ASCII and hands anything else to tokenize() itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/tokenize.js';
import { scanWords, WordList, WordTable } from '../../src/search/words.js';
import { PIECES } from '../helpers/text-pieces.js';

function scanned(text: string, table = new WordTable()): string[] {
  const out = new WordList();
  scanWords(text, table, out);
  return Array.from(out.ids.subarray(0, out.length), (id) => table.words[id] ?? '?');
}

describe('scanWords', () => {
  it.each([
    ['plain words', 'Weak legs, heavy LEGS and tired-legs.'],
    ['possessives and contractions', "Bone's and don't, it’s the bones’ role; 's alone"],
    ['decimals', 'A T-score of -2.5 or 1.2.3 and 2. 5 and x2.5 2.5kg'],
    ['accents and ligatures', 'Café naïve ﬁbre Ösophagus e\u0301'],
    ['Greek sigma', 'ΣΑΣ ΟΔΟΣ σ'],
    ['code and alerts', '`osteo index` and [!NOTE] and x_y'],
    ['CR and tabs', 'one\r\ntwo\tthree\fgap'],
  ])('%s: the same words as tokenize()', (_name, text) => {
    expect(scanned(text)).toEqual(tokenize(text));
  });

  it('gives the same words as tokenize() for any text', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        // One table across texts, as in the index: a word met again is the same number.
        const table = new WordTable();
        for (const t of texts) expect(scanned(t, table)).toEqual(tokenize(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers a word the same however it arrives (fast path, tokenize() path, any case)', () => {
    const table = new WordTable();
    const out = new WordList();
    scanWords('Bone bone BONE bone’s', table, out);
    expect(new Set(out.ids.subarray(0, out.length)).size).toBe(1);
    expect(table.intern('bone')).toBe(out.ids[0]);
    // Enough words to make the table grow and rehash: all still found.
    const many = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`);
    for (const word of many) table.intern(word);
    expect(scanned(many.join(' '), table)).toEqual(many);
  });
});

describe('WordTable.internFolded', () => {
  it('numbers a run of ASCII letters and digits in any case as intern() numbers it lowercased', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        const table = new WordTable();
        const text = words.join(' ');
        let at = 0;
        for (const w of words) {
          expect(table.internFolded(text, at, at + w.length)).toBe(table.intern(w.toLowerCase()));
          at += w.length + 1;
        }
        expect(table.words.every((w) => w === w.toLowerCase())).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
