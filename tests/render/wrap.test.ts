// src/render/wrap.ts is wrap-ansi's algorithm with a faster last pass: its output must be
// wrap-ansi's, character for character, on styled text of every kind and on the shipped topics.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import upstream from 'wrap-ansi';
import { Chalk } from 'chalk';
import wrap, { wrapPlainLine, type WrapOptions } from '../../src/render/wrap.js';
import { loadTopics } from '../../src/topics/load.js';
import { CONTENT_DIR } from '../../src/index.js';

const SEED = 20261129;

interface EdgeCase {
  text: string;
  columns: number;
  options: WrapOptions;
  wrapped: string;
}

// Characters both width counters agree on (wrap-ansi measures with string-width, osteo with
// src/render/width.ts, which its own tests compare): ASCII, accents, CJK and a plain emoji.
const word = fc.oneof(
  fc.constantFrom(
    'legs',
    'weak',
    'calcium',
    'fall',
    'a',
    'I',
    'osteoporosis',
    'café',
    '—',
    '…',
    '漢字',
    '😀',
    'supercalifragilistic',
  ),
  fc.string({ unit: fc.constantFrom('a', 'b', 'é', '-', '漢'), minLength: 1, maxLength: 30 }),
);
const escape = fc.constantFrom(
  '\u001B[1m',
  '\u001B[22m',
  '\u001B[2m',
  '\u001B[36m',
  '\u001B[39m',
  '\u001B[3m',
  '\u001B[23m',
  '\u001B[0m',
  '\u001B[91m',
  '\u001B[44m',
  '\u001B[49m',
  '\u001B[4m',
  '\u001B[24m',
  '\u001B]8;;https://www.nhs.uk/\u0007',
  '\u001B]8;;\u0007',
);
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '');
const text = fc
  .array(fc.tuple(fc.option(escape, { nil: '' }), word, fc.option(escape, { nil: '' }), gap), { maxLength: 40 })
  .map((parts) => parts.map((p) => p.join('')).join(''));
const options: fc.Arbitrary<WrapOptions> = fc.record(
  { hard: fc.boolean(), trim: fc.boolean(), wordWrap: fc.boolean() },
  { requiredKeys: [] },
);

describe('wrap', () => {
  it('gives what wrap-ansi gives, for any styled text, width and options', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), options, (t, columns, o) => {
        expect(wrap(t, columns, o)).toBe(upstream(t, columns, o));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('gives what wrap-ansi gives for every paragraph of the shipped topics, styled as osteo styles them', () => {
    const chalk = new Chalk({ level: 1 });
    const { topics } = loadTopics(CONTENT_DIR);
    let checked = 0;
    for (const topic of topics) {
      for (const section of topic.sections) {
        for (const paragraph of section.markdown.split(/\n{2,}/)) {
          // Bold runs, a dim tail and a link, as the renderer makes them.
          const styled = paragraph
            .replace(/\*\*([^*]+)\*\*/g, (_, s: string) => chalk.bold(s))
            .replace(
              /\[([^\]]+)\]\(([^)]+)\)/g,
              (_, label: string, url: string) => `\u001B]8;;${url}\u0007${chalk.cyan(label)}\u001B]8;;\u0007`,
            );
          for (const columns of [20, 47, 80]) {
            for (const o of [
              { hard: false, trim: true, wordWrap: true },
              { hard: true, trim: true },
            ]) {
              expect(wrap(chalk.dim(styled), columns, o)).toBe(upstream(chalk.dim(styled), columns, o));
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('closes a colour and a link at each line end and opens them again on the next line', () => {
    const out = wrap('\u001B]8;;https://x.org\u0007\u001B[36mone two three\u001B[39m\u001B]8;;\u0007', 7);
    expect(out).toBe(
      '\u001B]8;;https://x.org\u0007\u001B[36mone two\u001B]8;;\u0007\u001B[39m\n\u001B[36m\u001B]8;;https://x.org\u0007three\u001B[39m\u001B]8;;\u0007',
    );
  });

  it('gives what wrap-ansi gives on runs of spaces, tabs, no-break and zero-width spaces', () => {
    const piece = fc.constantFrom(
      ' ',
      '   ',
      '\t',
      '\u00A0',
      '😀',
      'a',
      'bb',
      '\u001B[1m',
      '\u001B[22m',
      '\u200B',
      '\uFEFF',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        fc.integer({ min: 1, max: 12 }),
        options,
        (t, columns, o) => {
          expect(wrap(t, columns, o)).toBe(upstream(t, columns, o));
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('gives what wrap-ansi gives on plain text, the short cuts included (spaces at the ends, dashes, no-break spaces)', () => {
    const piece = fc.constantFrom(' ', '  ', 'a', 'Bc', 'word', '—', '’', '\u00A0', '\u00AD', '\u2028', 'é', '-', '\t');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        fc.integer({ min: -30, max: 10 }),
        options,
        (t, slack, o) => {
          // Lines that fit and lines that do not, by up to 30 columns.
          const columns = Math.max(1, t.length + slack);
          expect(wrap(t, columns, o)).toBe(upstream(t, columns, o));
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('gives what wrap-ansi gives on one-column text wrapped at spaces, the fast path, rows that fill the width exactly included', () => {
    const piece = fc.constantFrom(' ', ' ', '  ', 'a', 'Bc', 'word', 'weak', '—', 'é', '-');
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 40 }).map((p) => p.join('')),
        fc.integer({ min: 1, max: 30 }),
        (t, columns) => {
          expect(wrap(t, columns)).toBe(upstream(t, columns, { trim: true }));
        },
      ),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('wrapPlainLine is wrap-ansi with its own row separator for one plain line, and declines any other text', () => {
    // The pieces of one-column text, and some that take it off the fast path (a line break, an
    // escape, a no-break or soft hyphen, a wide letter, an emoji, an accent normalize() joins).
    const piece = fc.constantFrom(' ', ' ', '  ', 'a', 'Bc', 'word', 'weak', '—', 'é', '-', '’');
    const odd = fc.constantFrom('\n', '\r\n', '\u001B[1m', '\u00A0', '\u00AD', '漢', '😀', 'e\u0301', '\t', '\u2028');
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 12, arbitrary: piece }, { weight: 1, arbitrary: odd }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('\n', '\n    ', '\n  '),
        (parts, columns, separator) => {
          const t = parts.join('');
          const plain = wrapPlainLine(t, columns, separator);
          if (plain !== undefined) expect(plain).toBe(upstream(t, columns, { trim: true }).replaceAll('\n', separator));
          else expect(parts.some((p) => /[^\u0020-\u007E’é—]/.test(p))).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 5000 },
    );
  });

  // Where osteo's width and string-width disagree (joined emoji), wrap-ansi cannot be the reference:
  // these are what wrap.ts gave when it still measured the whole row before each word, on random
  // rows of soft hyphens, joiners, emoji, wide letters and escapes (40 of them are ones that a
  // row width carried across a joiner gets wrong).
  it.each(JSON.parse(readFileSync(new URL('golden/wrap-edge-cases.json', import.meta.url), 'utf8')) as EdgeCase[])(
    'carries the row width as measuring it would: %j',
    ({ text: t, columns, options: o, wrapped }) => {
      expect(wrap(t, columns, o)).toBe(wrapped);
    },
  );

  it('is linear in runs of spaces: 500,000 of them wrap in seconds at most', () => {
    // Measuring the whole row before each word took 84 s here.
    for (const o of [{ trim: true }, { trim: false }, { hard: true }, { wordWrap: false }]) {
      const started = performance.now();
      expect(wrap(`a${' '.repeat(500_000)}b`, 80, o).length).toBeGreaterThan(2);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });
});
