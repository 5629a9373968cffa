// The stored index (osteo index): the same results as building the index in memory, only read
// while the folder is unchanged.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_FILE, openStoredIndex, POSTINGS_FILE } from '../../src/search/store.js';
import { osteo } from '../helpers/io.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'osteo-store-'));
const indexed = join(work, 'indexed');
const plain = join(work, 'plain');
cpSync(CONTENT, indexed, { recursive: true });
cpSync(CONTENT, plain, { recursive: true });
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('osteo index', () => {
  it('writes the two index files, and says so', async () => {
    const r = await osteo(['index', indexed], { contentDir: null });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Indexed \d+ topics \(\d+ sections, \d+ terms\) in \d+ ms: \.osteo-index\.json and \.osteo-index\.bin in /);
    expect(existsSync(join(indexed, INDEX_FILE))).toBe(true);
    expect(existsSync(join(indexed, POSTINGS_FILE))).toBe(true);
    expect(openStoredIndex(indexed)).not.toBeNull();
  });

  it('an empty folder: exit 3, nothing written', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    const r = await osteo(['index', empty], { contentDir: null });
    expect(r.code).toBe(3);
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe('search with the stored index', () => {
  it.each([
    'weak legs',
    'thigh pain on alendronate',
    'osteoperosis',
    'fell and cant get up',
    'fosamax side effects',
    'calcium in the blood',
    'zebra xylophone',
    'balence problems',
  ])('%j: the same output as without it', async (query) => {
    for (const args of [['search', query, '--json', '--limit', '5'], ['search', query]]) {
      const withIndex = await osteo(args, { contentDir: indexed });
      const without = await osteo(args, { contentDir: plain });
      expect(withIndex.stdout.replaceAll(indexed, plain)).toBe(without.stdout);
      expect(withIndex.code).toBe(without.code);
    }
  });

  it('takes words that name Object members ("constructor") as plain words, with every kind of index', async () => {
    // null: the shipped topics, through the build's packed index; plain: built in memory; indexed: stored.
    for (const contentDir of [null, plain, indexed]) {
      for (const query of ['constructor', 'tostring valueof', 'hasownproperty weak legs']) {
        const r = await osteo(['search', query, '--json'], { contentDir });
        expect(r.stderr).not.toMatch(/internal error/);
        expect(r.code, `${query} in ${contentDir ?? 'shipped'}`).toBe(query.includes('weak') ? 0 : 1);
      }
    }
  });

  it('topics from the index match topics from the files', async () => {
    for (const args of [['topics'], ['topics', '--json']]) {
      expect((await osteo(args, { contentDir: indexed })).stdout).toBe((await osteo(args, { contentDir: plain })).stdout);
    }
  });

  it('is not used once a file changes (and search still answers from the files)', async () => {
    const file = join(indexed, 'falls.md');
    appendFileSync(file, '\nZanzibar is where this line went.\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(openStoredIndex(indexed)).toBeNull();
    const r = await osteo(['search', 'zanzibar', '--json'], { contentDir: indexed });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { results: { topic: string }[] }).results[0]?.topic).toBe('falls');
  });
});
