// The typo lookup of search (edits.ts typoNeighbours): one letter edit from any content word, and
// two vowel edits from a long one, where the typo still holds one of its two halves.
import { describe, expect, it } from 'vitest';
import { typoNeighbours } from '../../src/search/edits.js';

const near = (vocabulary: string[], word: string): string[] =>
  typoNeighbours(vocabulary)(word)
    .map((n) => n.word)
    .sort();

describe('typoNeighbours', () => {
  it('finds the words one letter edit away: dropped, added, changed or swapped', () => {
    const words = ['osteoporosis', 'calcium', 'bone'];
    expect(near(words, 'osteoprosis')).toEqual(['osteoporosis']);
    expect(near(words, 'calcuim')).toEqual(['calcium']);
    expect(near(words, 'bones')).toEqual(['bone']);
  });

  it('finds a long word two vowel edits away ("denusomab" for denosumab)', () => {
    expect(near(['denosumab', 'alendronate'], 'denusomab')).toEqual(['denosumab']);
    expect(near(['osteoporosis'], 'ostiopurosis')).toEqual(['osteoporosis']);
  });

  it('reads "f" for the "ph" it sounds like in a long word ("farmacist" for pharmacist)', () => {
    expect(near(['pharmacist', 'farmhouses'], 'farmacist')).toEqual(['pharmacist']);
    expect(near(['physiotherapy'], 'fysiotherapy')).toEqual(['physiotherapy']);
  });

  it('does not take two edits for a short word, nor two edits that change a consonant', () => {
    expect(near(['bone'], 'bean')).toEqual([]);
    expect(near(['denosumab'], 'denusomap')).toEqual([]);
  });

  it('keeps to one edit when one is found', () => {
    // "ostioporosis" is one edit from osteoporosis; the two-vowel word is not added beside it.
    expect(near(['osteoporosis', 'ostaoporasis'], 'ostioporosis')).toEqual(['osteoporosis']);
  });

  it('takes two vowel edits only where the typo keeps one of its halves whole', () => {
    // A vowel changed in each half leaves neither whole: a folder read without an index finds a
    // typo's candidates by its halves, so the index must not find more.
    expect(near(['abcdefabcdef'], 'ibcdefubcdef')).toEqual(['abcdefabcdef']);
    expect(near(['abcdefabcdef'], 'abcdifabcdif')).toEqual([]);
  });
});
