// The bounds on what reaches marked: the shipped topics are well inside them, the worst inputs
// inside them still render fast, and anything past them is shown as plain paragraphs.
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/render/markdown.js';
import { lexMarkdown } from '../../src/render/lexer.js';
import {
  fitsMarked,
  MAX_EMPHASIS_WORK,
  MAX_MARKED_CHARS,
  MAX_NESTING,
  plainParagraphs,
} from '../../src/render/marked-bounds.js';
import { createTheme } from '../../src/render/theme.js';
import { CONTENT_DIR } from '../../src/index.js';
import { loadTopics } from '../../src/topics/load.js';

const render = createMarkdownRenderer(
  {
    width: 60,
    theme: createTheme({ plain: false, chalk: null }),
    hyperlinks: false,
  },
  lexMarkdown,
);

describe('fitsMarked', () => {
  it('takes every section of the shipped topics', () => {
    for (const topic of loadTopics(CONTENT_DIR).topics) {
      for (const section of topic.sections)
        expect(fitsMarked(section.markdown), `${topic.id} › ${section.heading}`).toBe(true);
    }
  });

  it.each([
    ['too long', 'word '.repeat(MAX_MARKED_CHARS / 5 + 1)],
    ['too much emphasis work', '*_a'.repeat(1000)],
    ['blockquotes too deep', `${'>'.repeat(MAX_NESTING + 1)} x`],
    ['lists too deep', `${'- '.repeat(MAX_NESTING + 1)}x`],
    ['ordered lists too deep', `${'1. '.repeat(MAX_NESTING + 1)}x`],
    ['indented too deep', `${' '.repeat(2 * MAX_NESTING + 2)}- x`],
  ])('refuses %s', (_name, markdown) => {
    expect(fitsMarked(markdown)).toBe(false);
  });

  it.each([
    ['nesting at the bound', `${'> '.repeat(MAX_NESTING)}x`],
    [
      'emphasis in many short paragraphs',
      Array.from({ length: 400 }, () => '**bold** and _em_ and ~~del~~ words').join('\n\n'),
    ],
  ])('takes %s', (_name, markdown) => {
    expect(fitsMarked(markdown)).toBe(true);
  });

  // The slowest three-character patterns for marked's lexer, each repeated to just inside the bound.
  it.each([
    ["'*a", 1],
    ['~_a', 2],
    ['_*a', 2],
    ['(*a', 1],
  ])('the costliest emphasis it lets through (%j) renders in about a second at most', (unit, markers) => {
    // markers/3 of the characters are markers: markers * n * 3n <= MAX_EMPHASIS_WORK.
    const markdown = unit.repeat(Math.floor(Math.sqrt(MAX_EMPHASIS_WORK / (3 * markers))));
    expect(fitsMarked(markdown)).toBe(true);
    const started = performance.now();
    render({ markdown });
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('past the bounds', () => {
  it('shows the words as plain wrapped paragraphs', () => {
    const out = render({ markdown: `${'>'.repeat(2000)} deep **words**\nhere\n\nand more` });
    expect(out).toBe(`${'>'.repeat(2000)}\ndeep **words** here\n\nand more`);
  });

  it('plainParagraphs collapses spaces and drops blank paragraphs', () => {
    expect(plainParagraphs('a  b\nc\n\n \n\nd\te')).toEqual(['a b c', 'd e']);
  });
});
