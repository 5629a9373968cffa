// A rule's pattern tested by a Set where it is a list of words (src/search/triage/word-test.ts):
// the same answer as the RegExp, for every pattern of the shipped rules and every word tried.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTriage, decodePhrase, DIGIT_KEY, patternWords, startKeys } from '../../src/search/triage/compile.js';
import { wordTest } from '../../src/search/triage/word-test.js';
import { parseTriage } from '../../src/topics/triage-file.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const compiled = compileTriage(parseTriage(readFileSync(`${CONTENT}/triage.yml`, 'utf8')));
const patterns = [
  ...new Set(
    [...Object.values(compiled.concepts).flatMap((c) => c.phrases), ...Object.values(compiled.cues).flat()]
      .flatMap((phrase) => decodePhrase(phrase))
      .flatMap((element) => ('pattern' in element ? [element.pattern] : [])),
  ),
];

// Words a pattern may list, and the near misses that would tell a loose test: each cut short,
// grown, or with a space, a capital, a hyphen or a digit; and the content's own words.
const listed = [...new Set(patterns.flatMap((p) => p.match(/[a-z0-9]+/g) ?? []))];
const content =
  readFileSync(`${CONTENT}/falls.md`, 'utf8')
    .toLowerCase()
    .match(/[a-z0-9'-]+/g) ?? [];
const words = [
  ...new Set([
    ...listed,
    ...listed.flatMap((w) => [
      w.slice(1),
      w.slice(0, -1),
      `${w}s`,
      `x${w}`,
      `${w} `,
      w.toUpperCase(),
      `${w}-`,
      `${w}1`,
    ]),
    ...content,
    '',
    ' ',
    '-',
    'a-b',
    'é',
    '12',
    '3.5',
    '10pm',
    "don't",
    // Numbers, as the patterns of doses, ages, times and temperatures read them.
    ...Array.from({ length: 1200 }, (_, n) => String(n)),
    ...['000', '007', '10000', '20000', '50000', '99999', '20k', '50k', '1950', '2019', '2025', '2026'],
    ...['36.5', '38.5', '39.9', '101.3', '2.5', '12mins', '15min', '30mins', '5mg', '10ml', '1.5mcg'],
  ]),
];

describe('wordTest', () => {
  it('answers as the RegExp does, for every pattern of the shipped rules', () => {
    expect(patterns.length).toBeGreaterThan(2000);
    expect(words.length).toBeGreaterThan(5000);
    for (const source of patterns) {
      const expected = new RegExp(source);
      const test = wordTest(source);
      const differs = words.filter((word) => test.test(word) !== expected.test(word));
      expect(differs, source).toEqual([]);
    }
  });

  it('builds no RegExp for a list of words or a word outside one', () => {
    const sets = patterns.filter((source) => !(wordTest(source) instanceof RegExp));
    expect(sets.length).toBeGreaterThan(2000);
    expect(wordTest('^(tight|heavy)$')).not.toBeInstanceOf(RegExp);
    expect(wordTest('^(?!(sure|certain)$)[a-z0-9]+$')).not.toBeInstanceOf(RegExp);
    expect(wordTest('^\\d+$')).toBeInstanceOf(RegExp);
    expect(wordTest('^(tight|heavy)$').test('tight')).toBe(true);
    expect(wordTest('^(?!(sure|certain)$)[a-z0-9]+$').test('sure')).toBe(false);
    expect(wordTest('^(?!(sure|certain)$)[a-z0-9]+$').test('surely')).toBe(true);
    expect(wordTest('^(mins?|minutes?)$')).not.toBeInstanceOf(RegExp);
    expect(wordTest('^(?!(i|we)$)[a-z]+$')).not.toBeInstanceOf(RegExp);
    expect(wordTest('^(?!(i|we)$)[a-z]+$').test('us2')).toBe(false);
  });
});

describe('a phrase that starts with a pattern', () => {
  // Filed under the words its pattern can match and # for a word starting with a digit
  // (startKeys): it must be found at every word the pattern matches, or a sign goes unseen.
  it('is filed under a key of every word its pattern matches, for every shipped phrase', () => {
    const phrases = [
      ...Object.values(compiled.concepts).flatMap((c) => c.phrases),
      ...Object.values(compiled.cues).flat(),
    ];
    let tried = 0;
    for (const phrase of phrases) {
      const first = decodePhrase(phrase.replace(/^\^ /, ''))[0];
      if (!first || !('pattern' in first)) continue;
      const keys = new Set(startKeys(phrase));
      const pattern = new RegExp(first.pattern);
      for (const word of words.filter((w) => pattern.test(w))) {
        const found = keys.has('*') || keys.has(`e${word}`) || (/^[0-9]/.test(word) && keys.has(DIGIT_KEY));
        expect(found, `${phrase} at ${word}`).toBe(true);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(10000);
  });

  it('of numbers is not filed under any word', () => {
    expect(startKeys('/^(1[0-9]|[2-9][0-9])$/ /^(mins?|minutes?)$/')).toEqual([DIGIT_KEY]);
    expect(startKeys('/^(\\d+|two)$/ dai')).toEqual(['etwo', DIGIT_KEY]);
    expect(startKeys("/^[a-z]+'?ve$/ run out")).toEqual(['*']);
  });
});

describe('patternWords', () => {
  it.each([
    ['a list', '^(tight|heavy)$', { words: ['tight', 'heavy'], digits: false }],
    ['a last letter optional', '^(mins?|minutes?)$', { words: ['mins', 'min', 'minutes', 'minute'], digits: false }],
    ['one word', '^sugars?$', { words: ['sugars', 'sugar'], digits: false }],
    ['words that cannot be a token', '^(co-codamol|x-ray)$', { words: ['co-codamol', 'x-ray'], digits: false }],
    ['words and numbers written out', '^(two|2|38)$', { words: ['two', '2', '38'], digits: false }],
    ['words and numbers', '^(\\d+|two|few)$', { words: ['two', 'few'], digits: true }],
    ['numbers', '^(1[0-9]|[2-9][0-9])$', { words: [], digits: true }],
    ['a number then more', '^(38|39|40|41)\\.\\d$', { words: [], digits: true }],
    ['digits with a unit', '^\\d+(\\.\\d+)?(ml|mg)$', { words: [], digits: true }],
  ])('%s', (_name, source, read) => {
    expect(patternWords(source)).toEqual(read);
  });

  it.each([
    ['any word but some', '^(?!(sure|certain)$)[a-z0-9]+$'],
    ['a class of letters', '^[a-z]+$'],
    ['letters before a suffix', "^[a-z]+'?ve$"],
    ['a digit that may be missing', '^(1?0|x)$'],
    ['no digit at all', '^(\\d*x)$'],
    ['a word then more', '^(tight|heavy)ly$'],
    ['a group that may be missing', '^(for)?$'],
    ['two anchored halves', '^a|b$'],
    ['unanchored', '(tight|heavy)'],
    ['a list with a symbol', '^(and|&|with)$'],
  ])('reads nothing of %s', (_name, source) => {
    expect(patternWords(source)).toBeNull();
  });
});
