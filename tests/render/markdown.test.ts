import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { stripEscapes } from '../../src/safe-text.js';
import { createMarkdownRenderer } from '../../src/render/markdown.js';
import { lexMarkdown } from '../../src/render/lexer.js';
import { createTheme } from '../../src/render/theme.js';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}`, import.meta.url));
const source = readFileSync(golden('e2e.md'), 'utf8');

function render(
  markdown: string,
  opts: { color?: boolean; plain?: boolean; width?: number; hyperlinks?: boolean; highlight?: string[] } = {},
): string {
  const theme = createTheme({ plain: opts.plain ?? false, chalk: opts.color ? new Chalk({ level: 1 }) : null });
  const renderer = createMarkdownRenderer(
    {
      width: opts.width ?? 48,
      theme,
      hyperlinks: opts.hyperlinks ?? false,
      ...(opts.highlight ? { highlight: new Set(opts.highlight) } : {}),
    },
    lexMarkdown,
  );
  return renderer({ markdown });
}

/** Compare with a golden file; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
function expectGolden(actual: string, name: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden(name), `${actual}\n`);
  expect(`${actual}\n`).toBe(readFileSync(golden(name), 'utf8'));
}

describe('createMarkdownRenderer', () => {
  it('matches the golden rendering (colour on, escapes stripped)', () => {
    expectGolden(stripEscapes(render(source, { color: true })), 'e2e.result.txt');
  });

  it('matches the golden plain rendering', () => {
    expectGolden(render(source, { plain: true }), 'e2e.plain.txt');
  });

  it('styles **bold** and *emphasis* inside list items instead of leaving the markers', () => {
    const out = render('- a **bold** and *em* item\n  - nested **deep**\n', { color: true });
    expect(out).toContain('\u001B[1mbold\u001B[22m');
    expect(out).toContain('\u001B[3mem\u001B[23m');
    expect(out).toContain('\u001B[1mdeep\u001B[22m');
    expect(stripEscapes(out)).not.toContain('*');
  });

  it.each([20, 40, 48, 80])('never writes a line wider than %i columns, unless it is one unbreakable word', (width) => {
    for (const line of render(source, { color: true, width }).split('\n')) {
      // Words are never split, so a URL longer than the width stands alone on its line.
      const words = stripEscapes(line)
        .replace(/^[\s│•\-\d.]*/, '')
        .split(' ');
      if (words.length > 1) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('writes no escape sequence at all without colour', () => {
    expect(render(source)).not.toContain('\u001B');
  });

  it('draws callouts as labelled boxes, and as "Note:" lines in plain mode', () => {
    expect(render('> [!IMPORTANT]\n> See a doctor.')).toMatch(/^╭─ Important ─+\n│ See a doctor\.\n╰─+$/);
    expect(render('> [!IMPORTANT]\n> See a doctor.', { plain: true })).toBe('Important: See a doctor.');
  });

  it('links: OSC 8 only for http(s) where supported, else text with the URL', () => {
    const md = '[NHS](https://www.nhs.uk/) and [bad](javascript:alert(1))';
    expect(render(md, { color: true, hyperlinks: true })).toContain('\u001B]8;;https://www.nhs.uk/\u0007');
    expect(render(md, { color: true, hyperlinks: true })).not.toContain('8;;javascript');
    expect(render(md, { width: 80 })).toBe('NHS (https://www.nhs.uk/) and bad (javascript:alert(1))');
  });

  it('highlights query words in any form on a colour terminal only', () => {
    expect(render('Legs can feel weak.', { color: true, highlight: ['leg'] })).toContain('\u001B[1m\u001B[4mLegs');
    expect(render('Legs can feel weak.', { highlight: ['leg'] })).toBe('Legs can feel weak.');
  });

  it('shows raw HTML as text', () => {
    expect(render('<script>alert(1)</script>\n\nText <b>bold</b>')).toBe(
      '<script>alert(1)</script>\n\nText <b>bold</b>',
    );
  });

  it('shows code with a colon as written (marked-terminal left "a*#COLON|*b")', () => {
    expect(render('Type `a:b` or `https://x.org:8080`.', { width: 80 })).toBe('Type a:b or https://x.org:8080.');
    expect(
      stripEscapes(render('- `a:b` in a list\n\n| `c:d` |\n| --- |\n| `e:f` |', { color: true, width: 80 })),
    ).not.toContain('COLON');
  });

  it.each([
    [
      'named references',
      'A &amp; B, &lt;tag&gt;, &quot;q&quot; &apos;s&apos; &copy; x&nbsp;y',
      'A & B, <tag>, "q" \'s\' © x\u00A0y',
    ],
    ['a bare ampersand next to a numeric reference', 'A & B &#8212; C &#x2014; D', 'A & B — C — D'],
    ['an escaped reference stays text', '&amp;#27; and \\&lt;', '&#27; and &lt;'],
    [
      'references that decode to nothing printable',
      'a&#0;b&#xD800;c&#1114112;d &bogus; &#27;[31m',
      'a\uFFFDb\uFFFDc\uFFFDd &bogus; [31m',
    ],
    ['in code, references are text', '`&amp; &#27;`', '&amp; &#27;'],
  ])('decodes HTML character references in text once, cleanly: %s', (_name, markdown, expected) => {
    expect(render(markdown, { width: 80 })).toBe(expected);
  });

  it('draws task list items with their boxes', () => {
    expect(render('- [ ] open\n- [x] done', { width: 80 })).toBe('• [ ] open\n• [X] done');
  });

  it('styles strikethrough and code from the theme', () => {
    const out = render('~~gone~~ and `kept`', { color: true, width: 80 });
    expect(out).toContain('\u001B[9mgone\u001B[29m');
    expect(out).toContain('\u001B[1mkept\u001B[22m');
  });
});
