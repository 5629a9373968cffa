// What one query may cost: at most MAX_QUERY_TERMS terms and MAX_TYPO_LOOKUPS typo lookups, which
// no real question reaches.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/memory-index.js';
import { MAX_QUERY_TERMS, MAX_TYPO_LOOKUPS, parseQuery } from '../../src/search/query.js';
import { loadTopics } from '../../src/topics/load.js';
import { compileVocabulary } from '../../src/search/vocabulary.js';
import { ALL_IDEAS } from '../../src/search/ideas.js';
import { FIXTURES } from '../helpers/io.js';

const index = buildIndex(loadTopics(FIXTURES).topics);
const typos = (words: Awaited<ReturnType<typeof parseQuery>>): number =>
  words.filter((w) => w.alternatives.some((a) => a.weight < 0.8)).length;

describe('parseQuery', () => {
  it('looks up typos for the first few words the content does not use, and no more', async () => {
    // Two letters swapped in long words of the fixtures, kept where a lookup alone finds the word.
    const swapped = [...index.words.keys()]
      .filter((w) => w.length >= 7 && /^[a-z]+$/.test(w))
      .map((w) => `${w.slice(0, 2)}${w[3] ?? ''}${w[2] ?? ''}${w.slice(4)}`);
    const misspelt: string[] = [];
    const stems = new Set<string>();
    for (const word of swapped) {
      const parsed = await parseQuery(index, word);
      const stem = parsed[0]?.alternatives[0]?.term ?? '';
      if (typos(parsed) === 1 && !stems.has(stem)) misspelt.push(word);
      stems.add(stem);
    }
    misspelt.splice(MAX_TYPO_LOOKUPS + 6);
    expect(misspelt).toHaveLength(MAX_TYPO_LOOKUPS + 6);
    expect(typos(await parseQuery(index, misspelt.slice(0, MAX_TYPO_LOOKUPS).join(' ')))).toBe(MAX_TYPO_LOOKUPS);
    const words = await parseQuery(index, misspelt.join(' '));
    expect(words).toHaveLength(misspelt.length);
    expect(typos(words)).toBe(MAX_TYPO_LOOKUPS);
  });

  it('reads "over" before a number as "more than", and as a word of its own elsewhere', async () => {
    const words = async (q: string) => (await parseQuery(index, q)).map((w) => w.word);
    expect(await words('tired over 70')).toEqual(['tired', '70']);
    expect(await words('she fell over twice')).toEqual(['fell', 'over', 'twice']);
  });

  it('keeps the first MAX_QUERY_TERMS distinct terms of a very long query', async () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}x`);
    const parsed = await parseQuery(index, [...words, ...words].join(' '));
    expect(parsed.map((w) => w.word)).toEqual(words.slice(0, MAX_QUERY_TERMS));
  });

  it('a question of a dozen words is parsed whole', async () => {
    const question = 'my legs feel weak and heavy when walking after breaking a hip last winter';
    expect((await parseQuery(index, question)).map((w) => w.word)).toEqual([
      'legs',
      'weak',
      'heavy',
      'when',
      'walking',
      'breaking',
      'hip',
      'last',
      'winter',
    ]);
  });

  it("the words of a phrase the vocabulary knows share one word's weight; other words keep their own", async () => {
    const vocabulary = compileVocabulary({
      spellings: [['bone tablet', 'bisphosphonate']],
      synonyms: { 'walking frame': ['walker'] },
      generic: [],
      questions: [],
    });
    const shares = async (query: string, ideas = ALL_IDEAS): Promise<number[]> =>
      (await parseQuery(index, query, vocabulary, ideas)).map((w) => w.share);
    expect(await shares('tooth out on a bone tablet')).toEqual([1, 1, 0.5, 0.5]);
    expect(await shares('my walking frame is too low')).toEqual([0.5, 0.5, 1]);
    expect(await shares('a frame for walking')).toEqual([1, 1]);
    expect(await shares('tooth out on a bone tablet', { ...ALL_IDEAS, phraseUnits: false })).toEqual([1, 1, 1, 1]);
  });
});

describe("the vocabulary's phrases with small words", () => {
  const vocabulary = compileVocabulary({
    synonyms: {
      'feeling low': ['low mood'],
      'feeling down': ['low mood'],
      'the change': ['menopause'],
      'runs in the family': ['family'],
    },
    spellings: [],
    generic: [],
    questions: [],
  });
  const meanings = async (text: string): Promise<string[]> =>
    (await parseQuery(index, text, vocabulary)).flatMap((w) => w.alternatives.slice(1).map((a) => a.term));

  it('are read word for word: "feeling low" means low mood, and a low level alone does not', async () => {
    expect(await meanings('feeling low since my diagnosis')).toContain('low');
    expect((await parseQuery(index, 'feeling low', vocabulary))[0]?.alternatives).toContainEqual({
      term: 'low',
      weight: 0.8,
      with: ['mood'],
    });
    expect(await meanings('low calcium')).toEqual([]);
    expect(await meanings('how do i change my dose')).toEqual([]);
    expect(await meanings('going through the change')).toContain('menopaus');
  });

  it('pass over words that only say how much ("feeling really down")', async () => {
    expect(await meanings('feeling really down since my fall')).toContain('low');
    expect(await meanings('really down to earth')).toEqual([]);
  });

  it('are also found by their meaningful words when there are two or more ("runs in families")', async () => {
    expect(await meanings('does it run in families')).toContain('famili');
  });
});
