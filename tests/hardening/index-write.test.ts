// What `osteo index` writes (issue 19, item 4 and the Major items on writes; issue 15): one file,
// written whole beside the old one and renamed into place; never through a planted symlink or
// over something that is not its file; never into the installed package; the true reason when
// it cannot write; and 20,000 topics without a stack overflow.
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { INDEX_FILE } from '../../src/library/folder-index.js';
import { canRunAsNobody, expectCalmExit, runBin } from '../helpers/run.js';
import { writeNumberedTopics } from '../helpers/numbered-topics.js';
import { useTempDirs } from '../helpers/temp.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const temp = useTempDirs('write');
let dir: string;
let outside: string;
beforeEach(() => {
  const root = temp();
  chmodSync(root, 0o755);
  dir = join(root, 'topics');
  outside = join(root, 'outside');
  cpSync(CONTENT, dir, { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'precious.txt'), 'precious\n');
});

const hidden = (): string[] => readdirSync(dir).filter((name) => name.startsWith('.'));

describe('osteo index never writes through or over what is not its file', () => {
  it.each([
    [
      'a symlink to a file elsewhere',
      () => symlinkSync(join(outside, 'precious.txt'), join(dir, INDEX_FILE)),
      'is a symlink; osteo will not write through it (remove it first)',
    ],
    [
      'a dangling symlink',
      () => symlinkSync(join(outside, 'nothing-here'), join(dir, INDEX_FILE)),
      'is a symlink; osteo will not write through it (remove it first)',
    ],
    [
      'a folder',
      () => mkdirSync(join(dir, INDEX_FILE)),
      'is not a regular file; osteo will not replace it (remove it first)',
    ],
  ])('%s at .osteo-index: refused with the true reason, exit 3, nothing changed', (_name, plant, why) => {
    plant();
    const before = lstatSync(join(dir, INDEX_FILE));
    const r = runBin(['index', dir]);
    expectCalmExit(r, [3]);
    expect(r.stderr).toBe(`osteo: Cannot write the index into ${dir}: ${INDEX_FILE} ${why}\n`);
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(dir, INDEX_FILE)).ino).toBe(before.ino);
    if (before.isSymbolicLink()) expect(readlinkSync(join(dir, INDEX_FILE))).toContain(outside);
    expect(hidden()).toEqual([INDEX_FILE]);
  });

  it('a dangling symlink among the topics: skipped with a warning, and the index written (not "not writable")', () => {
    symlinkSync(join(outside, 'gone.md'), join(dir, 'dangling.md'));
    const r = runBin(['index', dir]);
    expectCalmExit(r, [0]);
    expect(r.stderr).toBe('osteo: skipped dangling.md: broken or looping symlink\n');
    expect(r.stdout).toMatch(/^Indexed \d+ topics /);
    const s = runBin(['--content-dir', dir, 'search', 'weak legs']);
    expectCalmExit(s, [0]);
    expect(s.stderr).toBe('osteo: skipped dangling.md: broken or looping symlink\n');
  });

  it('replaces its own earlier index by renaming a new file over it (a reader never sees half of one)', () => {
    expect(runBin(['index', dir]).code).toBe(0);
    const first = lstatSync(join(dir, INDEX_FILE)).ino;
    const r = runBin(['index', dir]);
    expectCalmExit(r, [0]);
    expect(lstatSync(join(dir, INDEX_FILE)).ino).not.toBe(first);
    expect(hidden()).toEqual([INDEX_FILE]);
  });

  it.runIf(canRunAsNobody())('in a folder the user cannot write: says so (not a false reason), exit 3', () => {
    chmodSync(dir, 0o555);
    const r = runBin(['index', dir], { asNobody: true });
    expectCalmExit(r, [3]);
    expect(r.stderr).toBe(
      `osteo: Cannot write the index into ${dir}: the folder is not writable\nosteo index writes one file, .osteo-index, into the folder: it must be writable.\n`,
    );
    expect(hidden()).toEqual([]);
  });
});

describe('osteo index and the installed package (issue 15)', () => {
  it.each([
    ['no folder', [], {}],
    ['the shipped folder named', [CONTENT], {}],
    ['the shipped folder through --content-dir', ['--content-dir', `${CONTENT}/`], {}],
    ['the shipped folder through OSTEO_CONTENT_DIR', [], { OSTEO_CONTENT_DIR: CONTENT }],
  ])('%s: a usage error, nothing written', (_name, args, env) => {
    const argv = args[0] === '--content-dir' ? [...args, 'index'] : ['index', ...args];
    const r = runBin(argv, { env });
    expectCalmExit(r, [2]);
    expect(r.stderr).toBe(
      "osteo: osteo index takes a folder of your own topics: the shipped topics already have their index.\nRun 'osteo index <dir>', as in 'osteo index ./my-topics'.\n",
    );
    expect(readdirSync(CONTENT).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('20,000 topics', () => {
  it('osteo index works (no stack overflow, no false "not writable"), and search reads the index', () => {
    // Seven sections each, every one using "bone": one term in 140,000 sections.
    const sections = Array.from({ length: 7 }, (_, s) => `## Part ${s}\nbone text ${s}\n`).join('\n');
    const big = writeNumberedTopics(join(temp(), 'big'), 20_000, () => `---\nbone intro\n\n${sections}`);
    const r = runBin(['index', big], { limitMs: 20_000 });
    expectCalmExit(r, [0]);
    expect(r.stdout).toMatch(/^Indexed 20000 topics \(160000 sections, \d+ terms\)/);
    const s = runBin(['--content-dir', big, 'search', '19999', '--json', '--limit', '1']);
    expectCalmExit(s, [0]);
    // No note: the index was used.
    expect(s.stderr).toBe('');
    expect((JSON.parse(s.stdout) as { results: { topic: string }[] }).results[0]?.topic).toBe('t-19999');
    console.log(
      `20,000 topics: osteo index ${r.ms.toFixed(0)} ms, ${r.mb.toFixed(0)} MB; search ${s.ms.toFixed(0)} ms, ${s.mb.toFixed(0)} MB`,
    );
  });
});
