// The build's list of real English words that a query word is never read as a typo of
// (dist/spelling.json): every real word one letter from a word a typo could be read as.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { makeSpelling } from '../../scripts/snapshot.js';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { osteo } from '../helpers/io.js';

const english = new Set(createRequire(import.meta.url)('an-array-of-english-words/index.json') as string[]);
const real = makeSpelling(SHIPPED_CONTENT, english).real.split(' ');

describe('real words are not typos', () => {
  it('lists a real word next to a three-letter content word ("boil", one letter from "oil")', () => {
    expect(real).toContain('boil');
  });

  it("lists a real word next to a word only the vocabulary has ('canoe', one letter from 'cane')", () => {
    expect(real).toContain('canoe');
  });

  it('a question about a real word the library does not cover says so, exit 1', async () => {
    const r = await osteo(['search', 'how long to boil an egg'], { contentDir: null });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^osteo has nothing on 'boil'/);
  });
});
