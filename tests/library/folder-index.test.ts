// A folder's own index (osteo index): the same results as reading the files, used only while
// every topic file is as it was, and said so when it is not used.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_FILE, openFolderIndex } from '../../src/library/folder-index.js';
import { scanFolder } from '../../src/library/scan.js';
import { indexView } from '../../src/search/view.js';
import { loadTopics } from '../../src/topics/load.js';
import { osteo } from '../helpers/io.js';
import { expectSameIndex } from '../helpers/same-index.js';

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
  it('writes the index file, and says so', async () => {
    const r = await osteo(['index', indexed], { contentDir: null });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Indexed \d+ topics \(\d+ sections, \d+ terms\) in \d+ ms: \.osteo-index in /);
    expect(existsSync(join(indexed, INDEX_FILE))).toBe(true);
    // Only the index: the temporary file it was written to is gone.
    expect(readdirSync(indexed).filter((name) => name.startsWith('.'))).toEqual([INDEX_FILE]);
  });

  it('an empty folder: exit 3, nothing written', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    const r = await osteo(['index', empty], { contentDir: null });
    expect(r.code).toBe(3);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('holds what buildIndex makes of the same topics, as the scan does', async () => {
    const library = openFolderIndex(indexed, indexed);
    if (typeof library !== 'object' || library === null) throw new Error(`no index: ${String(library)}`);
    const { topics } = loadTopics(indexed);
    expectSameIndex(await library.index?.(), topics);
    library.close?.();
    const scanned = await scanFolder(plain);
    expectSameIndex(indexView(scanned.data, scanned.topics), topics);
  });
});

describe('search with the index', () => {
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
    for (const args of [
      ['search', query, '--json', '--limit', '5'],
      ['search', query],
    ]) {
      const withIndex = await osteo(args, { contentDir: indexed });
      const without = await osteo(args, { contentDir: plain });
      expect(withIndex.stdout.replaceAll(indexed, plain)).toBe(without.stdout);
      expect(withIndex.code).toBe(without.code);
    }
  });

  it('takes words that name Object members ("constructor") as plain words, with every kind of index', async () => {
    // null: the shipped topics, through the build's index; plain: a scan; indexed: the folder's index.
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
      expect((await osteo(args, { contentDir: indexed })).stdout).toBe(
        (await osteo(args, { contentDir: plain })).stdout,
      );
    }
  });

  it('is not used once a file changes: says so once, and answers from the files', async () => {
    const file = join(indexed, 'falls.md');
    appendFileSync(file, '\nZanzibar is where this line went.\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(openFolderIndex(indexed, 'DIR')).toMatch(/^osteo: the index in DIR is out of date/);
    const r = await osteo(['search', 'zanzibar', '--json'], { contentDir: indexed });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^osteo: the index in .+ is out of date \(topic files changed since it was made\); reading the files\. Run 'osteo index' on the folder to update it\.\n$/,
    );
    expect((JSON.parse(r.stdout) as { results: { topic: string }[] }).results[0]?.topic).toBe('falls');
  });
});
