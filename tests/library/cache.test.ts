// The cache (library/cache.ts): kept in XDG_CACHE_HOME, never in the content folder; keyed by
// the folder and its files' state; safe to delete; off with OSTEO_CACHE=0; a corrupt, foreign
// or stale copy is ignored, quietly, and the files answer. Identical results: equal-results.test.ts.
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary, vocabulary } from '../../scripts/library.mjs';
import { readIndexFile, writeIndexFile } from '../../src/library/index-file.js';
import { openLibrary } from '../../src/library/open.js';
import { PLACES } from '../../src/paths.js';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const temp = useTempDirs('cache');
let folder: string;
let other: string;
let expected: string;
beforeAll(async () => {
  const root = temp();
  folder = join(root, 'topics');
  other = join(root, 'other');
  mkdirSync(folder);
  mkdirSync(other);
  generateLibrary(folder, 600, vocabulary(CONTENT));
  generateLibrary(other, 600, vocabulary(CONTENT), { seed: 7 });
  expected = (await osteo(['search', 'weak legs', '--json'], { contentDir: folder })).stdout;
});

const cacheHome = (): string => temp();
const search = (home: string, env: Record<string, string> = {}): ReturnType<typeof osteo> =>
  osteo(['search', 'weak legs', '--json'], { contentDir: folder, env: { XDG_CACHE_HOME: home, ...env } });
const cacheFiles = (home: string): string[] => {
  try {
    return readdirSync(join(home, 'osteo'));
  } catch {
    return [];
  }
};
const from = async (home: string): Promise<string> =>
  (await openLibrary(folder, { indexed: true, search: true }, { ...PLACES, cache: join(home, 'osteo') })).from;

describe('the cache', () => {
  it('is written to XDG_CACHE_HOME after a first search, never into the content folder, and used next time', async () => {
    const home = cacheHome();
    expect(await from(home)).toBe('scan');
    const first = await search(home);
    expect(first.stdout).toBe(expected);
    expect(cacheFiles(home)).toEqual([expect.stringMatching(/^index-[0-9a-f]{32}$/)]);
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(await from(home)).toBe('cache');
    const second = await search(home);
    expect(second).toEqual(first);
  });

  it('is not used once a topic file changes (and the files answer)', async () => {
    const home = cacheHome();
    await search(home);
    const file = join(folder, 'topic-7.md');
    const text = readFileSync(file, 'utf8');
    appendFileSync(file, '\nQuokkaword.\n');
    try {
      expect(await from(home)).toBe('scan');
      const r = await osteo(['search', 'quokkaword', '--json'], { contentDir: folder, env: { XDG_CACHE_HOME: home } });
      expect((JSON.parse(r.stdout) as { results: { topic: string }[] }).results[0]?.topic).toBe('topic-7');
    } finally {
      writeFileSync(file, text);
      utimesSync(file, new Date(), new Date());
    }
  });

  it.each([
    ['cut short', (file: string) => truncateSync(file, 1000)],
    [
      // Found out only when a term's postings are read, mid-search: quietly read the files then.
      'with every byte of its postings changed',
      (file: string) => {
        const bytes = readFileSync(file);
        const postingsAt = bytes.readUInt32LE(bytes.readUInt32LE(16) * 8 + 12);
        writeFileSync(
          file,
          bytes.map((b, i) => (i >= postingsAt ? b ^ 0x55 : b)),
        );
      },
    ],
    ['emptied', (file: string) => truncateSync(file, 0)],
  ])('%s: ignored quietly; the same answer', async (_name, damage) => {
    const home = cacheHome();
    await search(home);
    const [name = ''] = cacheFiles(home);
    damage(join(home, 'osteo', name));
    const r = await search(home);
    expect(r.stdout).toBe(expected);
    expect(r.stderr).toMatch(/^(osteo: tip: .+\n)?$/);
    // And a sound copy replaces it.
    expect(await from(home)).toBe('cache');
    expect((await search(home)).stdout).toBe(expected);
  });

  it("of another folder, under this folder's name: ignored (foreign)", async () => {
    const home = cacheHome();
    await search(home);
    const [mine = ''] = cacheFiles(home);
    await osteo(['search', 'weak legs'], { contentDir: other, env: { XDG_CACHE_HOME: home } });
    const theirs = cacheFiles(home).find((name) => name !== mine) ?? '';
    copyFileSync(join(home, 'osteo', theirs), join(home, 'osteo', mine));
    expect(await from(home)).toBe('scan');
    expect((await search(home)).stdout).toBe(expected);
  });

  it('that says it is of another folder, though its stamps fit this one: ignored (foreign)', async () => {
    const home = cacheHome();
    await search(home);
    const file = join(home, 'osteo', cacheFiles(home)[0] ?? '');
    const cached = readIndexFile(file);
    writeIndexFile(`${file}.new`, { meta: { ...cached.meta, folder: '/somewhere/else' }, data: cached.data });
    cached.close();
    renameSync(`${file}.new`, file);
    expect(await from(home)).toBe('scan');
  });

  it('is safe to delete: the next search reads the files and writes it again', async () => {
    const home = cacheHome();
    await search(home);
    rmSync(join(home, 'osteo'), { recursive: true });
    expect((await search(home)).stdout).toBe(expected);
    expect(cacheFiles(home)).toHaveLength(1);
  });

  it('is off with OSTEO_CACHE=0, and with no cache or home folder set', async () => {
    const home = cacheHome();
    expect((await search(home, { OSTEO_CACHE: '0' })).stdout).toBe(expected);
    expect(cacheFiles(home)).toEqual([]);
    expect(
      (await osteo(['search', 'weak legs', '--json'], { contentDir: folder, env: { XDG_CACHE_HOME: 'relative/path' } }))
        .stdout,
    ).toBe(expected);
  });

  it.runIf(process.platform !== 'win32')('is not used or written in a cache folder others can write', async () => {
    const home = cacheHome();
    mkdirSync(join(home, 'osteo'), { mode: 0o777 });
    chmodSync(join(home, 'osteo'), 0o777);
    expect((await search(home)).stdout).toBe(expected);
    expect(cacheFiles(home)).toEqual([]);
  });

  it('is not made for a small folder (read fast enough without)', async () => {
    const home = cacheHome();
    await osteo(['search', 'weak legs'], { contentDir: CONTENT, env: { XDG_CACHE_HOME: home } });
    await osteo(['search', 'weak legs'], {
      contentDir: join(CONTENT, '..', 'tests', 'fixtures', 'content'),
      env: { XDG_CACHE_HOME: home },
    });
    expect(cacheFiles(home)).toEqual([]);
  });
});
