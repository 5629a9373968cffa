// Files that change while osteo reads a folder (issue 19: item 7 and the Major items on index
// freshness). Each race is made to happen at the exact moment, on an event (the folder listed,
// a file closed), never by waiting: real files, swapped for real symlinks and FIFOs.
import { execFileSync } from 'node:child_process';
import { expectCalmExit, runBin } from '../helpers/run.js';
import * as fs from 'node:fs';
import { appendFileSync, cpSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFolderIndex } from '../../src/library/folder-index.js';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

// Hooks the tests set: after the folder is listed, and after a topic file is read and closed.
const hooks = vi.hoisted(() => ({
  afterListing: undefined as ((dir: string) => void) | undefined,
  afterClose: undefined as ((path: string) => void) | undefined,
  beforeWrite: undefined as ((path: string) => void) | undefined,
}));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const open = new Map<number, string>();
  return {
    ...real,
    readdirSync: (path: string, ...rest: unknown[]) => {
      const names = (real.readdirSync as (p: string, ...r: unknown[]) => unknown)(path, ...rest);
      hooks.afterListing?.(path);
      return names;
    },
    openSync: (path: string, ...rest: unknown[]) => {
      const fd = (real.openSync as (p: string, ...r: unknown[]) => number)(path, ...rest);
      open.set(fd, path);
      return fd;
    },
    writeSync: (fd: number, ...rest: unknown[]) => {
      const path = open.get(fd);
      if (path !== undefined) hooks.beforeWrite?.(path);
      return (real.writeSync as (fd: number, ...r: unknown[]) => number)(fd, ...rest);
    },
    closeSync: (fd: number) => {
      real.closeSync(fd);
      const path = open.get(fd);
      open.delete(fd);
      if (path !== undefined) hooks.afterClose?.(path);
    },
  };
});

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const temp = useTempDirs('races');
let dir: string;
beforeEach(() => {
  dir = join(temp(), 'topics');
  cpSync(CONTENT, dir, { recursive: true });
});
afterEach(() => {
  hooks.afterListing = undefined;
  hooks.afterClose = undefined;
  hooks.beforeWrite = undefined;
});

/** Run `change` once, the first time `when` holds. */
function once<T extends unknown[]>(when: (...args: T) => boolean, change: () => void): (...args: T) => void {
  let done = false;
  return (...args) => {
    if (done || !when(...args)) return;
    done = true;
    change();
  };
}

describe('a topic file swapped between the listing and the read (item 7)', () => {
  it.each([
    [
      'a symlink to /dev/zero',
      (path: string) => symlinkSync('/dev/zero', path),
      'symlink points outside the content folder',
    ],
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), 'not a regular file'],
  ])('for %s: skipped with a warning, never read (topics, front matter only)', async (_name, make, problem) => {
    const victim = join(dir, 'falls.md');
    hooks.afterListing = once(
      (path: string) => path === dir || path.endsWith('/topics'),
      () => {
        unlinkSync(victim);
        make(victim);
      },
    );
    const before = process.memoryUsage().rss;
    const r = await osteo(['topics'], { contentDir: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`osteo: skipped falls.md: ${problem}\n`);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('deleted: left out quietly, never an internal error (exit 70)', async () => {
    hooks.afterListing = once(
      (path: string) => path.endsWith('/topics'),
      () => unlinkSync(join(dir, 'falls.md')),
    );
    for (const command of [['topics'], ['search', 'weak legs'], ['index', dir]]) {
      cpSync(join(CONTENT, 'falls.md'), join(dir, 'falls.md'));
      hooks.afterListing = once(
        (path: string) => path.endsWith('/topics'),
        () => unlinkSync(join(dir, 'falls.md')),
      );
      const r = await osteo(command, { contentDir: dir });
      expect(r.code, `${command.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toBe('');
    }
  });
});

describe('files that change while osteo index reads them (index freshness)', () => {
  // The exit code: 0 where the files now hold "quokkaword", 1 where no file does (osteo has nothing on it).
  const changes: [string, (victim: string) => void, number][] = [
    ['edited after it was read', (victim) => appendFileSync(victim, '\nQuokkaword is new here.\n'), 0],
    ['deleted after it was read', (victim) => rmSync(victim), 1],
    [
      'replaced by a dangling symlink after it was read',
      (victim) => {
        rmSync(victim);
        symlinkSync(join(dir, 'nowhere.md'), victim);
      },
      1,
    ],
    [
      'joined by a new topic',
      () => writeFileSync(join(dir, 'zz-new.md'), '---\nid: zz-new\ntitle: New\n---\nQuokkaword.\n'),
      0,
    ],
  ];

  it.each(changes)(
    'a file %s: the index is never trusted for it; search says so and answers from the files',
    async (_name, change, code) => {
      const victim = join(dir, 'falls.md');
      hooks.afterClose = once(
        (path: string) => path === victim,
        () => change(victim),
      );
      expect((await osteo(['index', dir], { contentDir: null })).code).toBe(0);
      hooks.afterClose = undefined;
      expect(openFolderIndex(dir, 'DIR')).toMatch(/^osteo: the index in DIR is out of date/);
      const r = await osteo(['search', 'quokkaword falls', '--json'], { contentDir: dir });
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(
        /^osteo: the index in .+ is out of date \(topic files changed since it was made\); reading the files\./,
      );
      expect(r.stderr).not.toMatch(/internal error/);
    },
  );
});

describe('a search while osteo index writes (atomic writes)', () => {
  it('sees the earlier index whole, or none, never half of the new one', async () => {
    const args = ['--content-dir', dir, 'search', 'thigh pain on alendronate', '--json'];
    const expected = runBin(args);
    expect((await osteo(['index', dir], { contentDir: null })).code).toBe(0);
    let during: ReturnType<typeof runBin> | undefined;
    // Halfway through writing the new index (after its header), a search in another process.
    let writes = 0;
    hooks.beforeWrite = (path) => {
      if (path.includes('.osteo-index.') && ++writes === 3) during = runBin(args);
    };
    expect((await osteo(['index', dir], { contentDir: null })).code).toBe(0);
    expect(during).toBeDefined();
    if (!during) return;
    expectCalmExit(during, [0]);
    expect(during.stderr).toBe('');
    expect(during.stdout).toBe(expected.stdout);
  });

  it('a write that fails halfway (disk full) leaves the earlier index and no temporary file: exit 3', async () => {
    expect((await osteo(['index', dir], { contentDir: null })).code).toBe(0);
    let writes = 0;
    hooks.beforeWrite = (path) => {
      if (path.includes('.osteo-index.') && ++writes === 3)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const r = await osteo(['index', dir], { contentDir: null });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`osteo: Cannot write the index into ${dir}: the disk is full\n`);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual(['.osteo-index']);
    hooks.beforeWrite = undefined;
    expect(openFolderIndex(dir, dir)).toMatchObject({ from: 'index' });
  });
});
