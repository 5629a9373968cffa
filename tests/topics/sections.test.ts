// splitSections cuts each section out of the body as a slice: the same sections as splitting the
// body into lines and joining each section's lines again (the code before, kept here as the reference).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingOf, splitSections } from '../../src/topics/sections.js';
import type { Section } from '../../src/topics/types.js';

function reference(body: string): Section[] {
  if (body === '') return [];
  const sections: Section[] = [];
  let heading = '';
  let lines: string[] = [];
  let fence: string | null = null;
  const flush = (): void => {
    const markdown = lines.join('\n').trim();
    if (heading !== '' || markdown !== '') sections.push({ heading, markdown });
  };
  const fences = body.includes('```') || body.includes('~~~');
  for (const line of body.split('\n')) {
    const fenceMatch = fences ? /^\s{0,3}(`{3,}|~{3,})/.exec(line) : null;
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
    }
    const found = fence === null ? headingOf(line) : null;
    if (found) {
      flush();
      heading = found;
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

describe('splitSections', () => {
  it.each([
    '',
    '\n',
    '\n\n',
    '## A',
    '## A\n',
    '## A\n\n',
    '## A\n## B',
    '## A\n## B\n',
    'intro\n## A\nx\n\n## B\n\ny\n',
    '\n## A\n \n## B',
    '##\n## \n##  x\n',
    'a\n```\n## no\n```\n## yes\nb',
    '  ~~~\n## no\n~~~\n## yes',
    '```\n## never closed\n',
    ' text \n\t\n## H ##\n body \n',
    'x\u2028## not\n## a\u2028b\n## c',
  ])('%j as the lines joined', (body) => {
    expect(splitSections(body)).toEqual(reference(body));
  });

  it('agrees with the lines joined on any body of headings, fences, blanks and letters', () => {
    const piece = fc.constantFrom(
      '## ',
      '##',
      '#',
      '```',
      '~~~',
      '````',
      '   ',
      '\t',
      '\n',
      '\n',
      '\n',
      'a',
      'b c',
      ' ',
      '\u00a0',
      '\u2028',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const body = pieces.join('');
        expect(splitSections(body)).toEqual(reference(body));
      }),
      { seed: 20261206, numRuns: 20000 },
    );
  });

  it('agrees on every shipped topic and fixture', () => {
    const bodies: string[] = [];
    for (const dir of ['content', 'tests/fixtures'])
      for (const name of readdirSync(dir, { recursive: true, withFileTypes: false }) as string[])
        if (name.endsWith('.md')) bodies.push(readFileSync(join(dir, name), 'utf8'));
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) expect(splitSections(body)).toEqual(reference(body));
  });
});
