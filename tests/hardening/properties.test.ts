// Property-based tests: whatever people type or write, osteo answers calmly. Seeded, so a failure
// reproduces; sized to run in a few seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { parseTopic } from '../../src/topics/parse.js';
import { osteo } from '../helpers/io.js';

const SEED = 20261128;
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

// Text as it comes: words from the topics, any Unicode, control characters and escape sequences.
const word = fc.constantFrom('legs', 'weak', 'calcium', 'fall', 'hip', 'balance', 'pain', 'walking', 'the', 'of');
const nasty = fc.constantFrom(
  '\u001B[31m',
  '\u001B]8;;http://x\u0007',
  '\u0000',
  '\u0007',
  '\u009b',
  '\u202E',
  '\r',
  '\t',
  '  ',
);
const query = fc
  .array(
    fc.oneof(word, nasty, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(' '));
const options = fc.record({
  limit: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
  width: fc.option(fc.integer({ min: 20, max: 200 }), { nil: undefined }),
  json: fc.boolean(),
});

// Options first, then `--`, so that a query starting with "-" is still a query.
const argvFor = (
  command: string,
  q: string,
  o: { limit?: number | undefined; width?: number | undefined; json: boolean },
): string[] => [
  command,
  ...(o.limit !== undefined && command === 'search' ? ['--limit', String(o.limit)] : []),
  ...(o.width !== undefined ? ['--width', String(o.width)] : []),
  ...(o.json ? ['--json'] : []),
  '--plain',
  '--',
  q,
];

describe('search and explain, for any query and valid options', () => {
  it.each(['search', 'explain'])('%s returns 0 or 1 and writes no control characters', async (command) => {
    await fc.assert(
      fc.asyncProperty(query, options, async (q, o) => {
        const r = await osteo(argvFor(command, q, o));
        // A search for nothing at all (no words, only spaces) is a usage error.
        expect(command === 'search' && q.trim() === '' ? [2] : [0, 1]).toContain(r.code);
        expect(r.stdout).not.toMatch(CONTROL);
        expect(r.stderr).not.toMatch(CONTROL);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });
});

describe('parseTopic, for any topic file', () => {
  const field = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    fc.constant(null),
  );
  const frontMatter = fc.dictionary(
    fc.constantFrom('id', 'title', 'summary', 'aliases', 'tags', 'related', 'reviewed', 'sources', 'triage', 'x'),
    field,
  );
  const yamlish = frontMatter.map((fm) =>
    Object.entries(fm)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n'),
  );
  const file = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.tuple(yamlish, fc.string({ maxLength: 200 })).map(([fm, body]) => `---\n${fm}\n---\n${body}`),
    fc
      .tuple(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }))
      .map(([fm, body]) => `---\n${fm}\n---\n## ${body}`),
  );

  it('parses or fails with a named content error', () => {
    fc.assert(
      fc.property(file, (text) => {
        try {
          const topic = parseTopic(text, 'x.md');
          expect(topic.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          expect(topic.title.trim()).not.toBe('');
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
          expect((error as ContentError).message).not.toBe('');
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
