// Readable for older eyes and for screen readers: contrast that does not depend on the terminal's
// background, plain text that marks headings, and tables that never break a word.
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { stripEscapes } from '../../src/safe-text.js';
import { createMarkdownRenderer } from '../../src/render/markdown.js';
import { lexMarkdown } from '../../src/render/lexer.js';
import { createTheme, type Theme } from '../../src/render/theme.js';
import { osteo } from '../helpers/io.js';

// SGR parameters osteo may write. Attributes (bold 1, italic 3, underline 4, strikethrough 9)
// and their resets keep the terminal's own colours. A foreground colour is allowed only as black
// (30) or bright white (97), and only with a background (41-45) in the same style.
const ATTRIBUTES = new Set([0, 1, 3, 4, 9, 22, 23, 24, 29, 39, 49]);
const FOREGROUNDS = new Set([30, 97]);
const BACKGROUNDS = new Set([41, 42, 43, 44, 45]);

function codes(text: string): number[] {
  return [...text.matchAll(/\u001B\[([\d;]*)m/g)].flatMap((m) => (m[1] ?? '').split(';').map(Number));
}

function styles(theme: Theme): [string, (text: string) => string][] {
  const { title, heading, strong, em, code, del, link, match, error, callout } = theme;
  return [
    ...Object.entries({ title, heading, strong, em, code, del, link, match, error }),
    ...Object.entries(callout).map(([kind, style]): [string, (text: string) => string] => [`callout.${kind}`, style]),
  ];
}

describe('contrast', () => {
  const theme = createTheme({ plain: false, chalk: new Chalk({ level: 1 }) });

  it.each(styles(theme))('%s: no dim, no foreground colour unless it sets its background too', (_name, style) => {
    const used = codes(style('text'));
    expect(used.length).toBeGreaterThan(0);
    const colours = used.filter((c) => !ATTRIBUTES.has(c));
    for (const c of colours) expect(FOREGROUNDS.has(c) || BACKGROUNDS.has(c)).toBe(true);
    if (colours.some((c) => FOREGROUNDS.has(c))) expect(colours.some((c) => BACKGROUNDS.has(c))).toBe(true);
    expect(used).not.toContain(2);
  });

  it.each([
    ['explain', ['explain', 'fractures']],
    ['search with an emergency banner', ['search', 'fell and cant get up']],
    ['sources', ['sources', 'falls']],
    ['urgent', ['urgent']],
    ['check', ['check']],
  ])('%s writes only those codes', async (_name, argv) => {
    const r = await osteo([...argv, '--color', '--no-pager'], { contentDir: null });
    const used = new Set(codes(r.stdout));
    expect([...used].filter((c) => !ATTRIBUTES.has(c) && !FOREGROUNDS.has(c) && !BACKGROUNDS.has(c))).toEqual([]);
  });

  it("a box is drawn in the terminal's own colour; only its label is a badge", () => {
    const render = createMarkdownRenderer({ width: 40, theme, hyperlinks: false }, lexMarkdown);
    const [top = '', body = '', bottom = ''] = render({ markdown: '> [!NOTE]\n> Text.' }).split('\n');
    expect(top).toBe(
      '╭─\u001B[97m\u001B[44m\u001B[1m Note \u001B[22m\u001B[49m\u001B[39m────────────────────────────────',
    );
    expect(stripEscapes(top)).toHaveLength(40);
    expect(body).toBe('│ Text.');
    expect(bottom).toBe(`╰${'─'.repeat(39)}`);
  });
});

describe('--plain', () => {
  it('marks the title, sections and sub-headings as Markdown does, and draws no ">" or box', async () => {
    const r = await osteo(['explain', 'fractures', '--plain'], { contentDir: null });
    expect(r.stdout).toMatch(/^# Fractures and broken bones\n/);
    expect(r.stdout).toMatch(/\n\n## Spine fractures: back pain, height loss and a stoop\n/);
    expect(r.stdout).toMatch(/\n\n### What is a fracture liaison service\?\n/);
    expect(r.stdout).toMatch(/\n\n### Sources\n1\. {2}/);
    expect(r.stdout).not.toMatch(/^\s*>|[>›╭│•]/m);
  });

  it('labels a search answer "## Topic: Section"', async () => {
    const r = await osteo(['search', 'yoga', '--plain'], { contentDir: null });
    expect(r.stdout).toMatch(/^## Exercise for your bones: Is yoga/);
    expect(r.stdout).toMatch(/\n\n### More answers\n2\. /);
    expect(r.stdout).not.toContain('>');
  });

  it('indents a quote instead of marking it with ">"', () => {
    const render = createMarkdownRenderer(
      {
        width: 40,
        theme: createTheme({ plain: true, chalk: null }),
        hyperlinks: false,
      },
      lexMarkdown,
    );
    expect(render({ markdown: '> A quote.' })).toBe('  A quote.');
  });
});

describe('tables', () => {
  const longest = (text: string): number => Math.max(...text.split('\n').map((l) => stringWidth(stripEscapes(l))));

  it.each([40, 60, 80])('the medicines table at %i columns breaks no word and fits', async (width) => {
    const r = await osteo(['explain', 'medications', '--section', 'names', '--width', String(width)], {
      contentDir: null,
    });
    expect(r.stdout).toContain('Teriparatide');
    expect(r.stdout).not.toMatch(/Teriparatid\s/);
    const table = r.stdout.slice(r.stdout.indexOf('Alendronic acid'), r.stdout.indexOf('See below') + 10);
    expect(longest(table)).toBeLessThanOrEqual(width);
  });

  it('stacks at 40 columns: one "Header: value" line per cell', async () => {
    const r = await osteo(['explain', 'medications', '--section', 'names', '--width', '40'], { contentDir: null });
    expect(r.stdout).toContain(
      '\nMedicine: Teriparatide\n  How you have it: Injection under the\n    skin each day, for up to 2 years\n    [20]\n  More help: osteo explain\n    bone-building-medicines\n',
    );
  });

  it('keeps columns when they fit', async () => {
    const r = await osteo(['explain', 'diagnosis', '--section', 't-score', '--width', '80'], { contentDir: null });
    expect(r.stdout).toMatch(/\nT-score {13}│ What it means\n─+┼─+\n-1 or higher {8}│ Normal bone density \[1\]\n/);
  });
});
