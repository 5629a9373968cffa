import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library/open.js';
import { PLACES } from '../../src/paths.js';
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
