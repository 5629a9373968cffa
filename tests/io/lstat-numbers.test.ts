// lstatNumbers reads Node's binding for speed: its numbers must be exactly lstatSync's, or an
// index would look changed (and go unused) on every search.
import { lstatSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lstatNumbers } from '../../src/io/lstat-numbers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'osteo-lstat-'));
  writeFileSync(join(dir, 'a.md'), 'some text\n');
  writeFileSync(join(dir, 'empty.md'), '');
  // Each time its own, with a fraction of a millisecond: a number read from the wrong place shows.
  utimesSync(join(dir, 'a.md'), 1_600_000_000.123456, 1_700_000_000.654321);
  mkdirSync(join(dir, 'folder'));
  symlinkSync('a.md', join(dir, 'link.md'));
  symlinkSync('missing.md', join(dir, 'broken.md'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lstatNumbers', () => {
  it.each(['a.md', 'empty.md', 'folder', 'link.md', 'broken.md'])('gives lstatSync’s numbers for %s', (name) => {
    const path = join(dir, name);
    const stats = lstatSync(path);
    const want = {
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      ctimeMs: stats.ctimeMs,
      ino: stats.ino,
      symlink: stats.isSymbolicLink(),
    };
    expect({ ...lstatNumbers(path) }).toEqual(want);
    expect({ ...lstatNumbers(path, false) }).toEqual(want);
  });

  it('is null for a path that is not there, either way', () => {
    expect(lstatNumbers(join(dir, 'nothing.md'))).toBeNull();
    expect(lstatNumbers(join(dir, 'nothing.md'), false)).toBeNull();
    expect(lstatNumbers(join(dir, 'a.md', 'under'))).toBeNull();
  });

  it('tells a symlink from the file it leads to', () => {
    expect(lstatNumbers(join(dir, 'link.md'))?.symlink).toBe(true);
    expect(lstatNumbers(join(dir, 'a.md'))?.symlink).toBe(false);
  });
});
