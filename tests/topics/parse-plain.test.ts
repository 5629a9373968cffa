// parsePlainTopic (topics/parse-plain.ts) reads the plainest topic files without js-yaml or zod:
// for every file it takes, its topic is parseTopic's; any other file it leaves (undefined) to
// parseTopic; and the errors it gives are parseTopic's.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLibrary, vocabulary } from '../../scripts/library.mjs';
import { frontMatterFence, parsePlainTopic } from '../../src/topics/parse-plain.js';
import { parseTopic } from '../../src/topics/parse.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/content', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'osteo-parse-plain-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What parseTopic gives, or the message it throws. */
function full(text: string, file: string): unknown {
  try {
    return parseTopic(text, file);
  } catch (error) {
    return (error as Error).message;
  }
}

/** What parsePlainTopic gives, or the message it throws. */
function plain(text: string, file: string): unknown {
  try {
    return parsePlainTopic(text, file);
  } catch (error) {
    return (error as Error).message;
  }
}

describe('parsePlainTopic', () => {
  it('takes every generated topic, varied ones too, as parseTopic reads it, key order and all', () => {
    const dir = join(work, 'generated');
    mkdirSync(dir);
    generateLibrary(dir, 300, vocabulary(CONTENT), { varied: true, seed: 7 });
    let taken = 0;
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const got = plain(text, name);
      if (got === undefined) continue;
      taken++;
      expect(JSON.stringify(got), name).toBe(JSON.stringify(full(text, name)));
    }
    expect(taken).toBeGreaterThan(250);
  });

  it('leaves to parseTopic what it does not read: the shipped topics (searches), comments, nulls, bad ids', () => {
    for (const name of readdirSync(CONTENT).filter((n) => n.endsWith('.md')))
      expect(plain(readFileSync(join(CONTENT, name), 'utf8'), name), name).toBeUndefined();
    for (const text of [
      '---\nid: a\ntitle: A # a comment\n---\nText.\n',
      '---\nid: a\ntitle: A\nreviewed: null\n---\nText.\n',
      '---\nid: A-Bad-Id\ntitle: A\n---\nText.\n',
      '---\nid: a\ntitle: A\nsearches:\n  (intro): [q]\n---\nText.\n',
    ])
      expect(plain(text, 'a.md'), text).toBeUndefined();
  });

  it("gives parseTopic's topic or error for each fixture it takes, and its errors where it throws", () => {
    for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const got = plain(text, name);
      if (got !== undefined) expect(got, name).toEqual(full(text, name));
    }
    for (const text of [
      'no front matter at all\n',
      '--\nid: a\n---\n',
      `---\nid: a\ntitle: A\naliases: [${Array.from({ length: 100_001 }, (_, i) => `x${i}`).join(', ')}]\n---\nText.\n`,
    ]) {
      expect(plain(text, 'a.md')).toBe(full(text, 'a.md'));
      expect(typeof plain(text, 'a.md')).toBe('string');
    }
  });

  it('reads carriage returns, a byte-order mark and controls as parseTopic does', () => {
    const text = '\uFEFF---\r\nid: a\r\ntitle: A\u0007 title\r\n---\r\nIntro.\r\n\r\n## Part\r\nMore\u001b[31m.\r\n';
    expect(plain(text, 'a.md')).toEqual(full(text, 'a.md'));
    expect(plain(text, 'a.md')).not.toBeUndefined();
  });
});

describe('frontMatterFence', () => {
  const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
  /** The expression's group and match, as the fence's places give them. */
  const byFence = (text: string): [string, number] | null => {
    const fence = frontMatterFence(text);
    return fence && [text.slice(fence.start, fence.close), fence.end];
  };
  const byExpression = (text: string): [string, number] | null => {
    const match = FRONT_MATTER.exec(text);
    return match && [match[1] ?? '', match[0].length];
  };

  it('finds what the expression matched, on texts built from the fences and their edges', () => {
    const piece = fc.constantFrom('---', '--', '----', '\n', ' ', '\t', 'a', 'id: x', '\r', '-', '\n---', '--- ', '#');
    fc.assert(
      fc.property(
        fc.constantFrom('---\n', '--- \t\n', '---', ''),
        fc.array(piece, { maxLength: 14 }),
        (start, pieces) => {
          const text = start + pieces.join('');
          expect(byFence(text)).toEqual(byExpression(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('finds it in every generated and shipped topic file', () => {
    for (const dir of [CONTENT, FIXTURES]) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(byFence(text)).toEqual(byExpression(text));
      }
    }
  });
});
