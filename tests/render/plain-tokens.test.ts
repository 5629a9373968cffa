// plainTokens spares marked the sections of plain prose; every token list it makes must be
// exactly what marked's lexer makes of the same text, and it must leave to marked anything
// marked would read as more than paragraphs of text.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { generateLibrary, vocabulary } from '../../scripts/library.mjs';
import { plainTokens } from '../../src/render/plain-tokens.js';
import { splitSections } from '../../src/topics/parse.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

/** Whether plainTokens took `markdown`; if so, its tokens are marked's, as JSON. */
function agree(markdown: string): boolean {
  const plain = plainTokens(markdown);
  if (plain === null) return false;
  expect(JSON.stringify(plain), JSON.stringify(markdown)).toBe(JSON.stringify(Lexer.lex(markdown)));
  return true;
}

/** The sections of every topic file in `dir`, as parseTopic splits them. */
function sectionsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return splitSections(text.slice(text.indexOf('\n---', 3) + 4)).map((s) => s.markdown);
    });
}

// Words and marks on every edge of marked's grammar: list and quote markers, headings, rules,
// setext underlines, emphasis, code, links, autolinks, HTML, entities, escapes, tables, breaks.
const PIECES = [
  'Falls',
  'weak',
  'legs',
  'a',
  'I',
  '10',
  '1.',
  '2)',
  'it.',
  'yes,',
  'or;',
  'so:',
  'why?',
  'no!',
  "it's",
  '"quoted"',
  '(aside)',
  '50%',
  'and/or',
  'well-known',
  '’s',
  '“so”',
  '—',
  '…',
  '-',
  '+',
  '*',
  '_',
  '~',
  '#',
  '##',
  '>',
  '=',
  '===',
  '---',
  '`',
  '```',
  '[link](x)',
  '[a]',
  '![i](x)',
  '<b>',
  '<https://x.org>',
  '&amp;',
  '&',
  '\\',
  '|',
  'www.nhs.uk',
  'https://nhs.uk',
  'a@b.com',
  ' ',
  '  ',
  '\t',
  'é',
];
const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const plainLine = fc
  .array(fc.constantFrom(...PIECES.slice(0, 26)), { minLength: 1, maxLength: 10 })
  .map((words) => `Word ${words.join(' ')}`);
const text = (lines: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(lines, fc.constantFrom('\n', '\n', '\n\n', '\n\n\n', '\n \n', '  \n')), {
      minLength: 1,
      maxLength: 6,
    })
    .map((pairs) =>
      pairs
        .map(([l, sep]) => l + sep)
        .join('')
        .trim(),
    );

describe('plainTokens', () => {
  it("makes exactly marked's tokens for what it takes, and takes plain prose often", () => {
    const seen = { taken: 0, left: 0 };
    fc.assert(
      fc.property(fc.oneof(text(line), text(plainLine), text(fc.oneof(line, plainLine))), (markdown) => {
        seen[agree(markdown) ? 'taken' : 'left']++;
      }),
      { numRuns: 20_000, seed: 20261206 },
    );
    expect(seen.taken).toBeGreaterThan(2000);
    expect(seen.left).toBeGreaterThan(2000);
  });

  it('leaves every Markdown mark, block opener, autolink and line break to marked', () => {
    expect(plainTokens('Plain words, in a sentence.')).not.toBeNull();
    for (const odd of [
      'A *b*',
      'A _b_',
      'A ~b~',
      'A `b`',
      'A [b](c)',
      'A <b>',
      'A &amp; b',
      'A \\* b',
      'A | b',
      'See www.nhs.uk',
      'See https://nhs.uk',
      'Mail a@b.com',
      '- item',
      '1. item',
      '# Heading',
      '> quote',
      '    code',
      'Text\n===',
      'Text\n---',
      'Line  \nbreak',
      'Ends in a space ',
      'Tab\there',
      'Café',
      '',
    ])
      expect(plainTokens(odd), JSON.stringify(odd)).toBeNull();
  });

  it('takes every section of a generated library and the plain sections of the shipped topics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osteo-plain-tokens-'));
    try {
      generateLibrary(dir, 50, vocabulary(CONTENT));
      const generated = sectionsIn(dir).filter((s) => s !== '');
      expect(generated.length).toBeGreaterThan(200);
      expect(generated.every(agree)).toBe(true);
      // The shipped topics are lexed by the build; any taken here must still agree.
      for (const section of sectionsIn(CONTENT)) agree(section);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
