// headingOf is the linear form of the heading pattern splitSections used: same answers, always.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/topics/parse.js';

const PATTERN = /^##[ \t]+(.+?)[ \t#]*$/;
const reference = (line: string): string | null => PATTERN.exec(line)?.[1] ?? null;

describe('headingOf', () => {
  it.each([
    '## Title',
    '##\tTabbed',
    '## Closed ##',
    '## ##',
    '##  ',
    '## ',
    '##   ',
    '##x',
    '# One',
    '### Three',
    '## a #b #',
    '## C#',
    '## a\u2028b',
    '##  \t # #',
  ])('%j as the pattern reads it', (line) => {
    expect(headingOf(line)).toBe(reference(line));
  });

  it('agrees with the pattern on any line of #, blanks and letters', () => {
    const line = fc
      .string({ unit: fc.constantFrom('#', ' ', '\t', 'a', 'b', '\u2028'), maxLength: 14 })
      .map((s) => `##${s}`);
    fc.assert(
      fc.property(line, (l) => {
        expect(headingOf(l)).toBe(reference(l));
      }),
      { seed: 20261201, numRuns: 5000 },
    );
  });

  it('is linear: a heading with 200,000 spaces in it takes milliseconds', () => {
    const started = performance.now();
    expect(headingOf(`## a${' '.repeat(200_000)}b`)).toBe(`a${' '.repeat(200_000)}b`);
    expect(headingOf(`## a${' '.repeat(200_000)}`)).toBe('a');
    expect(performance.now() - started).toBeLessThan(100);
  });
});
