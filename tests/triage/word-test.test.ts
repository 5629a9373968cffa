// A rule's pattern tested by a Set where it is a list of words (src/search/triage/word-test.ts):
// the same answer as the RegExp, for every pattern of the shipped rules and every word tried.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTriage, decodePhrase } from '../../src/search/triage/compile.js';
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
  });
});
