// plainFrontMatter spares zod the front matter nearly every file has. Whatever it takes must come
// out exactly as the schema makes it (the same fields, values and key order); anything the schema
// refuses it must not take.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLibrary, vocabulary } from '../../scripts/library.mjs';
import { plainFrontMatter } from '../../src/topics/plain-front-matter.js';
import { FIELDS, frontMatterSchema } from '../../src/topics/schema.js';
import { readYaml } from '../../src/topics/yaml.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** The two readings of `data` agree: the plain one is either absent or the schema's, to the byte. */
function agree(data: Record<string, unknown>): 'plain' | 'schema' {
  const plain = plainFrontMatter(data);
  if (plain === undefined) return 'schema';
  const result = frontMatterSchema().safeParse(data);
  expect(result.success).toBe(true);
  expect(JSON.stringify(plain)).toBe(JSON.stringify(result.data));
  expect(plain).toStrictEqual(result.data);
  return 'plain';
}

// Strings on every edge the schema cares about: white space to trim and fold, controls and
// bidirectional marks that cleaning removes (so a string can become empty), and ids on both
// sides of kebab-case.
const STRINGS = [
  'falls',
  'leg-weakness',
  'a1-b2-c3',
  'Falls',
  'falls-',
  '-falls',
  'fa--lls',
  'fa lls',
  ' falls',
  'falls ',
  'fa\u0007lls',
  '\u202Efalls',
  'fal\u00ADls',
  '',
  ' ',
  '\t',
  '\u0007',
  '\u200E',
  'two  spaces',
  'line\nbreak',
  'tab\there',
  ' edge ',
  '\u00A0nbsp\u00A0',
  '\u2028sep',
  'Falls - nidirect',
  'https://www.nhs.uk/conditions/falls/',
  '2026-01-01',
  'é',
  '😀',
];
const scalar = fc.oneof(
  fc.constantFrom(...STRINGS),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(null, 0, 1, 2.5, true, false, undefined),
);
const stringList = fc.array(fc.constantFrom(...STRINGS), { maxLength: 4 });
const listValue = fc.oneof(stringList, stringList, fc.array(scalar, { maxLength: 3 }), scalar);
const source = fc.oneof(
  fc.record({ title: fc.constantFrom(...STRINGS), url: fc.constantFrom(...STRINGS) }),
  fc.record({ title: scalar, url: scalar, extra: scalar }, { requiredKeys: [] }),
  scalar,
  fc.array(scalar, { maxLength: 2 }),
);
const value = (inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof(inner, inner, inner, scalar);
// Any mix of fields, most of them wrong somewhere: the schema refuses nearly all.
const wild = fc.record(
  {
    id: value(fc.constantFrom(...STRINGS)),
    title: value(fc.constantFrom(...STRINGS)),
    summary: value(fc.constantFrom(...STRINGS)),
    aliases: listValue,
    tags: listValue,
    related: listValue,
    reviewed: value(fc.constantFrom(...STRINGS, null)),
    sources: fc.oneof(fc.array(source, { maxLength: 3 }), scalar),
    questions: listValue,
    searches: fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom(...STRINGS), stringList)),
    other: scalar,
  },
  { requiredKeys: [] },
);
// Front matter the schema takes (texts that clean to something), with its strings still on
// every edge; then some fields of it replaced by wild ones.
const TEXTS = STRINGS.filter((t) => t.replace(/[\s\u0000-\u001F\u007F-\u009F\u200E\u202E]/g, '') !== '');
const texts = fc.array(fc.constantFrom(...TEXTS), { maxLength: 3 });
const sound = fc.record(
  {
    id: fc.constantFrom('falls', 'leg-weakness', 'a1-b2-c3', 'fa\u0007lls', '\u202Efalls'),
    title: fc.constantFrom(...TEXTS),
    summary: fc.constantFrom(...STRINGS),
    aliases: texts,
    tags: texts,
    related: texts,
    reviewed: fc.constantFrom(...STRINGS, null),
    sources: fc.array(
      fc.record(
        { title: fc.constantFrom(...TEXTS), url: fc.constantFrom(...TEXTS), note: scalar },
        { requiredKeys: ['title', 'url'] },
      ),
      { maxLength: 3 },
    ),
    questions: texts,
    other: scalar,
  },
  { requiredKeys: ['id', 'title'] },
);
const frontMatter = fc.oneof(
  wild,
  sound,
  fc
    .tuple(sound, wild)
    .chain(([good, bad]) =>
      fc
        .subarray(Object.keys(bad))
        .map((keys) => ({ ...good, ...Object.fromEntries(keys.map((k) => [k, bad[k as keyof typeof bad]])) })),
    ),
);

describe('the schema, built when first asked for', () => {
  it('reads exactly the fields FIELDS names, and is built once', () => {
    expect([...FIELDS]).toEqual(Object.keys(frontMatterSchema().shape));
    expect(frontMatterSchema()).toBe(frontMatterSchema());
  });
});

describe('plainFrontMatter', () => {
  it('takes only what the schema accepts, and makes exactly what the schema makes', () => {
    const seen = { plain: 0, schema: 0 };
    fc.assert(
      fc.property(frontMatter, (data) => {
        seen[agree(data)]++;
      }),
      { numRuns: 20_000, seed: 20261206 },
    );
    // Both paths are walked often: the test would pass vacuously if the plain one never took.
    expect(seen.plain).toBeGreaterThan(500);
    expect(seen.schema).toBeGreaterThan(500);
  });

  it('takes a typical file, cleaning, trimming and filling defaults as the schema does', () => {
    const data = {
      id: 'leg-weakness',
      title: '  Weak\tlegs\u0007 ',
      aliases: [' tired  legs '],
      sources: [{ title: 'NHS', url: 'https://www.nhs.uk/', note: 'dropped' }],
      reviewed: ' 2026-01-01 ',
      unknown: 'ignored',
    };
    expect(plainFrontMatter(data)).toStrictEqual({
      id: 'leg-weakness',
      title: 'Weak legs',
      summary: '',
      aliases: ['tired legs'],
      tags: [],
      related: [],
      reviewed: ' 2026-01-01 ',
      sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }],
      questions: [],
    });
    expect(agree(data)).toBe('plain');
  });

  it('leaves to the schema what it must refuse or read itself', () => {
    const base = { id: 'falls', title: 'Falls' };
    expect(plainFrontMatter(base)).toBeDefined();
    for (const odd of [
      { id: 'Falls' },
      { id: 'fa\u0007 lls' },
      { id: 3 },
      { title: ' \u0007 ' },
      { summary: null },
      { reviewed: 20260101 },
      { tags: 'one' },
      { tags: [''] },
      { sources: [{ title: 'x' }] },
      { sources: [['x', 'y']] },
      { searches: { '(intro)': ['x'] } },
    ]) {
      expect(plainFrontMatter({ ...base, ...odd }), JSON.stringify(odd)).toBeUndefined();
    }
    // Shapes only a direct caller can make (read YAML never does), each refused by the schema or
    // read differently by it.
    const inherited = Object.assign(Object.create({ searches: { x: [''] } }) as Record<string, unknown>, base);
    expect(frontMatterSchema().safeParse(inherited).success).toBe(false);
    expect(plainFrontMatter(inherited)).toBeUndefined();
    const array = Object.assign([], base) as unknown as Record<string, unknown>;
    expect(frontMatterSchema().safeParse(array).success).toBe(false);
    expect(plainFrontMatter(array)).toBeUndefined();
  });

  it('reads every shipped topic and a generated library as the schema does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osteo-plain-front-'));
    try {
      generateLibrary(dir, 200, vocabulary(CONTENT));
      const read = (folder: string): Record<string, unknown>[] =>
        readdirSync(folder)
          .filter((name) => name.endsWith('.md'))
          .map((name) => {
            const found = readYaml(FRONT_MATTER.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '', FIELDS);
            if (!found.ok) throw new Error(`${name}: ${found.detail}`);
            return found.data as Record<string, unknown>;
          });
      // The generated topics (the documented format) are all plain.
      expect(read(dir).map(agree)).toEqual(Array(200).fill('plain'));
      // The shipped ones have searches, which are the schema's; without them they are plain.
      for (const data of read(CONTENT)) {
        expect(agree(data)).toBe('schema');
        const { searches, ...rest } = data;
        expect(searches).toBeDefined();
        expect(agree(rest)).toBe('plain');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
