// lstatNumbers and fstatNumbers read Node's binding for speed: their numbers must be exactly
// lstatSync's and fstatSync's, or an index would look changed (and go unused) on every search,
// and a file that is not regular must be told from one that is (topics/read-file.ts refuses it).
import {
  closeSync,
  fstatSync,
  lstatSync,
  mkdtempSync,
  mkdirSync,
  openSync,
  rmSync,
  symlinkSync,
  type Stats,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fstatNumbers,
  lstatMatches,
  lstatNumbers,
  STAMP_DIFFERS,
  STAMP_LINK,
  STAMP_MATCHES,
} from '../../src/io/lstat-numbers.js';

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

/** The four numbers of a stamp, from Node's own Stats: what both readers must give. */
const stampOf = (stats: Stats): { size: number; mtimeMs: number; ctimeMs: number; ino: number } => ({
  size: stats.size,
  mtimeMs: stats.mtimeMs,
  ctimeMs: stats.ctimeMs,
  ino: stats.ino,
});

describe('lstatNumbers', () => {
  it.each(['a.md', 'empty.md', 'folder', 'link.md', 'broken.md'])('gives lstatSync’s numbers for %s', (name) => {
    const path = join(dir, name);
    const stats = lstatSync(path);
    const want = { ...stampOf(stats), symlink: stats.isSymbolicLink() };
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

describe('lstatMatches', () => {
  /** lstatSync's stamp of `name`, packed at place 4 of a list of stamps (after one of zeros). */
  const packed = (name: string): Float64Array => {
    const { size, mtimeMs, ctimeMs, ino } = stampOf(lstatSync(join(dir, name)));
    return new Float64Array([0, 0, 0, 0, size, mtimeMs, ctimeMs, ino]);
  };

  it.each(['a.md', 'empty.md', 'folder'])('matches lstatSync’s stamp of %s, and no other', (name) => {
    const path = join(dir, name);
    const stamps = packed(name);
    expect(lstatMatches(path, stamps, 4)).toBe(STAMP_MATCHES);
    expect(lstatMatches(path, stamps, 0)).toBe(STAMP_DIFFERS);
    // Each of the four numbers matters, to the last fraction of a millisecond.
    for (let k = 4; k < 8; k++) {
      const changed = Float64Array.from(stamps);
      changed[k] = (changed[k] ?? 0) + (k === 5 || k === 6 ? 0.001 : 1);
      expect(lstatMatches(path, changed, 4)).toBe(STAMP_DIFFERS);
    }
  });

  it('leaves a symlink, sound or broken, to the caller', () => {
    expect(lstatMatches(join(dir, 'link.md'), packed('link.md'), 4)).toBe(STAMP_LINK);
    expect(lstatMatches(join(dir, 'broken.md'), packed('broken.md'), 4)).toBe(STAMP_LINK);
  });

  it('finds no match for a path that is not there', () => {
    expect(lstatMatches(join(dir, 'nothing.md'), new Float64Array(4), 0)).toBe(STAMP_DIFFERS);
    expect(lstatMatches(join(dir, 'a.md', 'under'), new Float64Array(4), 0)).toBe(STAMP_DIFFERS);
  });
});

describe('fstatNumbers', () => {
  it.each(['a.md', 'empty.md', 'folder'])('gives fstatSync’s numbers for %s, either way', (name) => {
    const fd = openSync(join(dir, name), 'r');
    try {
      const stats = fstatSync(fd);
      const want = { ...stampOf(stats), regular: stats.isFile() };
      expect(fstatNumbers(fd)).toEqual(want);
      expect(fstatNumbers(fd, false)).toEqual(want);
    } finally {
      closeSync(fd);
    }
  });

  it('can use the binding on this Node: fstatSync passes the arguments it passes (else it falls back, slower)', () => {
    expect(fstatSync.toString()).toMatch(/binding\.fstat\(fd, options\.bigint, undefined, false\)/);
  });

  it('says a device is not a regular file, either way', () => {
    const fd = openSync('/dev/null', 'r');
    try {
      expect(fstatNumbers(fd).regular).toBe(false);
      expect(fstatNumbers(fd, false).regular).toBe(false);
    } finally {
      closeSync(fd);
    }
  });

  it('gives a new object each time: a stamp kept is not changed by the next', () => {
    const a = openSync(join(dir, 'a.md'), 'r');
    const empty = openSync(join(dir, 'empty.md'), 'r');
    try {
      const first = fstatNumbers(a);
      fstatNumbers(empty);
      expect(first.size).toBe(10);
    } finally {
      closeSync(a);
      closeSync(empty);
    }
  });

  it('throws as fstatSync does for a descriptor that is not open', () => {
    const fd = openSync(join(dir, 'a.md'), 'r');
    closeSync(fd);
    expect(() => fstatNumbers(fd)).toThrow(expect.objectContaining({ code: 'EBADF' }));
    expect(() => fstatNumbers(fd, false)).toThrow(expect.objectContaining({ code: 'EBADF' }));
  });
});
