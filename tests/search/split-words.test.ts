// Words split by dictation are read as the word they spell (src/search/split-words.ts), on the
// shipped topics through the CLI and as a pure function.
import { describe, expect, it } from 'vitest';
import { joinSplitWords, type SplitReader } from '../../src/search/split-words.js';
import { osteo } from '../helpers/io.js';

const KNOWN = new Set([
  'warfarin',
  'risedronate',
  'alendronic',
  'painkillers',
  'getting',
  'forgetting',
  'acid',
  'pain',
]);
const ENGLISH = new Set(['rise', 'war', 'lend', 'getting', 'for', 'pain', 'killers']);
const reader: SplitReader = {
  isTerm: (word) => KNOWN.has(word),
  isOdd: (word) => !KNOWN.has(word) && !ENGLISH.has(word),
  compounds: true,
};

describe('joinSplitWords', () => {
  it('looks for runs among the first 256 words only (a query reads its first 64 meaningful ones)', () => {
    const filler = (n: number): string => Array.from({ length: n }, () => 'calcium').join(' ');
    expect(joinSplitWords(`${filler(255)} war farin`, reader)).toBe(`${filler(255)} warfarin`);
    expect(joinSplitWords(`${filler(256)} war farin`, reader)).toBe(`${filler(256)} war farin`);
  });

  it('joins a run with a fragment in it that spells a known word, where it was typed', () => {
    expect(joinSplitWords('Can I drink on Rise dro nate?', reader)).toBe('Can I drink on risedronate?');
    expect(joinSplitWords('war farin and calcium', reader)).toBe('warfarin and calcium');
    expect(joinSplitWords('a lend ronic acid', reader)).toBe('alendronic acid');
  });

  it('leaves real words that spell another apart when one is small, and a run that spells nothing known', () => {
    expect(joinSplitWords('tips for getting up', reader)).toBe('tips for getting up');
    expect(joinSplitWords('war farinx pills', reader)).toBe('war farinx pills');
    // two real words of some length that make a long known word: a compound typed apart
    expect(joinSplitWords('which pain killers', reader)).toBe('which painkillers');
    expect(joinSplitWords('pain acid', reader)).toBe('pain acid');
    // not where the library's words are not all known (a folder read for the question's words)
    expect(joinSplitWords('which pain killers', { ...reader, compounds: false })).toBe('which pain killers');
  });

  it('joins a run into a typo of a known word only where the typo reading is given, and long enough', () => {
    const near: SplitReader = { ...reader, isNearTerm: (word) => word === 'warfarinn' || word === 'warfrin' };
    expect(joinSplitWords('war farinn tablets', near)).toBe('warfarinn tablets');
    expect(joinSplitWords('war farinn tablets', reader)).toBe('war farinn tablets');
    // shorter than a long word: left apart
    expect(joinSplitWords('war frin', { ...near, isNearTerm: () => true })).toBe('war frin');
    // a compound of real words is joined only into the word itself, never into a typo of one
    expect(joinSplitWords('pain killer', { ...near, isOdd: () => false, isNearTerm: () => true })).toBe('pain killer');
  });
});

describe('osteo search with a medicine split by dictation', () => {
  const first = async (q: string): Promise<{ code: number; first: string }> => {
    const r = await osteo(['search', q, '--json', '--limit', '3'], { contentDir: null });
    const results = r.code === 0 ? (JSON.parse(r.stdout) as { results: { topic: string }[] }).results : [];
    return { code: r.code, first: results[0]?.topic ?? '' };
  };

  it('answers as it does for the word typed whole (exit 0)', async () => {
    for (const [split, whole] of [
      ['side effects of pro lia', 'side effects of prolia'],
      ['how long do i stay on ale ndronate', 'how long do i stay on alendronate'],
      ['what is sarko penia', 'what is sarcopenia'],
      ['heart burn on alendronic acid', 'heartburn on alendronic acid'],
    ] as const) {
      const [a, b] = [await first(split), await first(whole)];
      expect(a.code, split).toBe(0);
      expect(a.first, split).toBe(b.first);
    }
  });
});
