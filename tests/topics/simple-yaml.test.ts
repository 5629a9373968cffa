// readSimpleYaml spares js-yaml the plainest front matter; whatever it reads must be exactly
// what js-yaml (core schema) makes of the same text, and anything js-yaml refuses it must not read.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../src/topics/simple-yaml.js';
import { generateLibrary, vocabulary } from '../../scripts/library.mjs';

function jsYaml(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

// Pieces of lines chosen to sit on every edge of the subset: YAML's special words and numbers,
// indicators, quotes, comments, colons, brackets, tabs, odd indents and spaces.
const KEYS = ['id', 'title', 'tags', 'a', 'B2', 'x-y', 'a_b', '__proto__', 'a b', '1a', '-a', 'é', ''];
const SEPARATORS = [': ', ':', ':  ', ' : ', ':\t', ': \t'];
const SCALARS = [
  'plain words',
  'Falls - nidirect',
  'https://www.nhs.uk/conditions/falls/',
  '2026-01-01',
  '2026-1-1',
  '2026-01-01T00:00:00',
  '12:30',
  '1_000',
  '0x1F',
  '0o17',
  '+1',
  '-1',
  '1e3',
  '.5',
  '.inf',
  '.NaN',
  '~',
  'null',
  'Null',
  'nULL',
  'true',
  'TRUE',
  'False',
  'yes',
  'no',
  'on',
  'x #c',
  'x#c',
  'C# rocks',
  'a: b',
  'a:b',
  'ends:',
  'tail ',
  ' lead',
  "it's",
  'say "hi"',
  '"quoted"',
  '"with: colon # hash"',
  '"esc\\n"',
  '"un',
  "'single'",
  "'it''s'",
  "'",
  '"',
  '[a, b]',
  '[a,b]',
  '[ a , b ]',
  '[]',
  '[ ]',
  '[a, ]',
  '[,]',
  '[a:b]',
  '[http://x]',
  '[a [b]]',
  '[a, "b, c"]',
  '[1, a]',
  '[null, x]',
  '[draft] notes',
  '{a: b}',
  '&anchor x',
  '*alias',
  '!tag x',
  '|',
  '>x',
  '%x',
  '@x',
  '`x',
  '- x',
  '-',
  '?',
  'café au lait',
  'Ünïcode',
  'tab\there',
  'x\u2028y',
  '',
];
const scalar = fc.constantFrom(...SCALARS);
const key = fc.constantFrom(...KEYS);
// Mostly lines of the subset, so that many texts are read here at all.
const GOOD = ['id', 'title', 'summary', 'tags', 'url'];
const goodScalar = fc.constantFrom(
  'plain words',
  '6 monthly injection',
  'Falls - nidirect',
  'x#c',
  "it's",
  '2026-01-01',
);
const line = fc.oneof(
  fc.tuple(fc.constantFrom(...GOOD), goodScalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(fc.constantFrom(...GOOD), goodScalar, goodScalar).map(([k, a, b]) => `${k}: [${a}, ${b}]`),
  fc.tuple(fc.constantFrom(...GOOD), goodScalar).map(([k, v]) => `  - ${k}: ${v}`),
  fc.tuple(fc.constantFrom(...GOOD), goodScalar).map(([k, v]) => `    ${k}: ${v}`),
  fc.constantFrom(...GOOD).map((k) => `${k}:`),
  goodScalar.map((v) => `  - ${v}`),
  fc.tuple(key, fc.constantFrom(...SEPARATORS), scalar).map(([k, s, v]) => `${k}${s}${v}`),
  fc.tuple(key, fc.constantFrom(':', ': ', ':  ')).map(([k, s]) => `${k}${s}`),
  fc.tuple(fc.constantFrom('  - ', '  -', '- ', '   - ', '    - ', '\t- '), scalar).map(([d, v]) => `${d}${v}`),
  fc.tuple(fc.constantFrom('  - ', '    ', '     ', '   ', '  '), key, scalar).map(([d, k, v]) => `${d}${k}: ${v}`),
  fc.constantFrom('', ' ', '# comment', '---', '...', '  # indented comment'),
);
const text = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n'));

describe('readSimpleYaml', () => {
  it('reads any text it accepts exactly as js-yaml does, and accepts nothing js-yaml refuses', () => {
    let accepted = 0;
    fc.assert(
      fc.property(text, (t) => {
        const simple = readSimpleYaml(t);
        if (simple === undefined) return;
        accepted++;
        const expected = jsYaml(t);
        expect(expected.ok, JSON.stringify(t)).toBe(true);
        if (expected.ok) expect(simple, JSON.stringify(t)).toStrictEqual(expected.value);
      }),
      { numRuns: 20000 },
    );
    // The property says something only if many texts were read here.
    expect(accepted).toBeGreaterThan(1000);
  });

  it.each([
    [
      'a plain mapping',
      'id: falls\ntitle: Falls and staying steady',
      { id: 'falls', title: 'Falls and staying steady' },
    ],
    ['a list on one line', 'tags: [safety, home]\nrelated: []', { tags: ['safety', 'home'], related: [] }],
    ['a date', 'reviewed: 2026-12-01', { reviewed: '2026-12-01' }],
    [
      'a list of mappings',
      'sources:\n  - title: Falls - nidirect\n    url: https://www.nidirect.gov.uk/conditions/falls\n  - title: "Check: safety"\n    url: https://x.org/',
      {
        sources: [
          { title: 'Falls - nidirect', url: 'https://www.nidirect.gov.uk/conditions/falls' },
          { title: 'Check: safety', url: 'https://x.org/' },
        ],
      },
    ],
    [
      'a list of strings',
      'questions:\n  - Could any of my medicines make me dizzy?\n  - Should my bones be checked?',
      {
        questions: ['Could any of my medicines make me dizzy?', 'Should my bones be checked?'],
      },
    ],
    ['an empty value', 'summary:\nid: x', { summary: null, id: 'x' }],
  ])('reads %s', (_name, input, expected) => {
    expect(readSimpleYaml(input)).toStrictEqual(expected);
    expect(jsYaml(input)).toStrictEqual({ ok: true, value: expected });
  });

  it.each([
    ['a number', 'a: 12'],
    ['null', 'a: null'],
    ['a comment', 'a: b # c'],
    ['a blank line', 'a: b\n\nc: d'],
    ['an anchor', 'a: &x b'],
    ['an escape', 'a: "x\\ny"'],
    ['a repeated key', 'a: b\na: c'],
    ['a value on the next line', 'a: b\n  c'],
    ['another indent', 'a:\n    - b'],
  ])('leaves %s to js-yaml', (_name, input) => {
    expect(readSimpleYaml(input)).toBeUndefined();
  });

  it("reads every front matter of the bench's generated library, and each shipped topic's first lines, as js-yaml does", () => {
    const dir = mkdtempSync(join(tmpdir(), 'osteo-simple-yaml-'));
    try {
      generateLibrary(dir, 200, vocabulary(CONTENT));
      const fronts = readdirSync(dir).map(
        (name) => FRONT_MATTER.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '',
      );
      // The shipped topics have a nested `searches:` part, which is js-yaml's to read: their
      // lines before it are plain.
      for (const name of readdirSync(CONTENT).filter((n) => n.endsWith('.md'))) {
        const front = FRONT_MATTER.exec(readFileSync(join(CONTENT, name), 'utf8'))?.[1] ?? '';
        fronts.push(front.split('\nsearches:')[0] ?? '');
      }
      let read = 0;
      for (const front of fronts) {
        const simple = readSimpleYaml(front);
        if (simple !== undefined) read++;
        expect(simple ?? 'not read', front).toStrictEqual(load(front, { schema: CORE_SCHEMA }));
      }
      expect(read).toBe(fronts.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
