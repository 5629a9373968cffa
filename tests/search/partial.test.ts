// The read of a folder for one question's words (search/partial.ts): what it looks for, and what
// its index refuses. tests/library/equal-results.test.ts holds its answers to a full read's.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/memory-index.js';
import { NotScanned, partialIndex, queryPatterns } from '../../src/search/partial.js';
import { EMPTY_VOCABULARY } from '../../src/search/vocabulary.js';
import { makeTopic } from '../helpers/topic.js';

const topic = makeTopic({
  id: 'legs',
  title: 'Weak legs',
  sections: [{ heading: 'Causes', markdown: 'Weak legs and a sore back.' }],
});

describe('queryPatterns', () => {
  it('looks for the stems, the words as typed, and the parts of a word that may be a typo', async () => {
    expect((await queryPatterns('weak legs on medicne', EMPTY_VOCABULARY)).sort()).toEqual([
      'cne',
      'leg',
      'me',
      'weak',
    ]);
  });

  it('looks for as many words as ranking reads, however long the question', async () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    const patterns = await queryPatterns(words.join(' '), EMPTY_VOCABULARY);
    // Each of the first 64 words: its stem, itself, two parts.
    expect(patterns.length).toBeLessThanOrEqual(4 * 64);
  });
});

describe('partialIndex', () => {
  const index = partialIndex(buildIndex([topic]), ['leg', 'me', 'cne']);

  it('answers for the terms and words its patterns cover', () => {
    expect(index.postings.has('leg')).toBe(true);
    expect(index.hasWord?.('legs')).toBe(true);
    expect(index.hasWord?.('legz')).toBe(false);
    expect(index.wordsNear?.('medicne').has('legs')).toBe(true);
  });

  it('says a stop word is not the content’s without a pattern for it', () => {
    expect(index.hasWord?.('the')).toBe(false);
  });

  it('refuses any other term or word, the word list, and the neighbours of a short word', () => {
    expect(() => index.postings.has('back')).toThrow(NotScanned);
    expect(() => index.postings.get('sore')).toThrow(NotScanned);
    expect(() => index.hasWord?.('back')).toThrow(NotScanned);
    expect(() => index.words).toThrow(NotScanned);
    expect(() => index.wordsNear?.('bakc')).toThrow(NotScanned);
  });
});

describe('a word of four or five letters the folder lacks', () => {
  const yoga = makeTopic({
    id: 'moves',
    title: 'Moves',
    sections: [{ heading: 'Ways', markdown: 'Yogi, toga, yoda, ygoa and yogas; zebras and zebu.' }],
  });

  it('is refused by a first reading, which says a wider one will do', () => {
    const index = partialIndex(buildIndex([yoga]), ['yoga']);
    expect(() => index.wordsNear?.('yoga')).toThrow(NotScanned);
    try {
      index.wordsNear?.('yoga');
    } catch (error) {
      expect((error as NotScanned).wider).toBe(true);
    }
  });

  it('is answered by a wider reading, with every word one edit from it', async () => {
    const patterns = await queryPatterns('yoga zebra', EMPTY_VOCABULARY, true);
    expect(patterns).toEqual(expect.arrayContaining(['yo', 'ga', 'ygoa', 'ze', 'ra']));
    const full = buildIndex([yoga]);
    const near = partialIndex(full, patterns).wordsNear?.('yoga');
    for (const word of ['yogi', 'toga', 'yoda', 'ygoa', 'yogas']) expect(near?.has(word)).toBe(true);
  });

  it('is never wider for a word a reading through its parts already covers', () => {
    const index = partialIndex(buildIndex([yoga]), ['yo', 'ga', 'ygoa']);
    expect(index.wordsNear?.('yoga').has('toga')).toBe(true);
  });
});
