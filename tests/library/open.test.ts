import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_MIN_TOPICS } from '../../src/library/cache.js';
import { openLibrary } from '../../src/library/open.js';
import { NotScanned } from '../../src/search/partial.js';
import { PLACES } from '../../src/paths.js';
import { writeNumberedTopics } from '../helpers/numbered-topics.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('open');

describe('openLibrary', () => {
  // The snapshot brings a ready search index; a parsed folder does not.
  it.each([
    ['the path as given', PLACES.shipped],
    ['with a trailing slash', `${PLACES.shipped}/`],
    ['through ./ and ..', join(PLACES.shipped, '..', 'content', '.')],
  ])('uses the build snapshot for the shipped folder spelled %s', async (_name, dir) => {
    const library = await openLibrary(dir, {}, PLACES);
    expect(library.index).toBeTypeOf('function');
    expect(library.topics.length).toBeGreaterThan(10);
  });

  it('uses the build snapshot through a symlink to the shipped folder', async () => {
    const link = join(tempDir(), 'content');
    symlinkSync(PLACES.shipped, link);
    expect((await openLibrary(link, {}, PLACES)).index).toBeTypeOf('function');
  });

  it('parses another folder itself', async () => {
    const dir = join(tempDir(), 'empty');
    mkdirSync(dir);
    const library = await openLibrary(dir, {}, PLACES);
    expect(library.index).toBeUndefined();
    expect(library.topics).toEqual([]);
  });
});

describe('openLibrary for a search of a folder with no index', () => {
  const folder = (topics: number): string =>
    writeNumberedTopics(join(tempDir(), `topics-${topics}`), topics, () => '---\nWeak legs and a sore back.\n');
  const patterns = (): Promise<readonly string[]> => Promise.resolve(['leg']);

  it("reads it for the query's words: its index answers for those alone", async () => {
    const library = await openLibrary(folder(3), { search: true, patterns }, PLACES);
    const index = await library.index?.();
    expect(library.from).toBe('scan');
    expect(index?.postings.get('leg')?.size).toBe(3);
    expect(() => index?.postings.has('back')).toThrow(NotScanned);
    expect(library.save).toBeUndefined();
  });

  it('reads a folder large enough to cache in full, when there is a cache to keep it in', async () => {
    const dir = folder(CACHE_MIN_TOPICS);
    const cached = await openLibrary(dir, { search: true, patterns }, { ...PLACES, cache: join(tempDir(), 'cache') });
    expect((await cached.index?.())?.postings.has('back')).toBe(true);
    expect(cached.save).toBeTypeOf('function');
    const uncached = await openLibrary(dir, { search: true, patterns }, { ...PLACES, cache: undefined });
    const narrow = await uncached.index?.();
    expect(() => narrow?.postings.has('back')).toThrow(NotScanned);
  });
});
