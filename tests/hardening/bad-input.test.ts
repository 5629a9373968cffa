// Bad input of every kind: a clear one-line message, the documented exit code, never a stack trace.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

// Output may hold osteo's own styling (none here: not a TTY) and newlines, nothing else.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const STACK = /\n\s+at .+:\d+:\d+/;
const LONG = 'bones '.repeat(20000);

function expectCalm(r: { code: number; stdout: string; stderr: string }, codes: number[]): void {
  expect(codes).toContain(r.code);
  expect(r.stdout).not.toMatch(CONTROL);
  expect(r.stderr).not.toMatch(CONTROL);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/internal error/);
}

describe('queries', () => {
  it.each([
    ['only punctuation', '?!…—,.;'],
    ['100,000 characters', LONG.slice(0, 100000)],
    ['one 100,000-character word', 'x'.repeat(100000)],
    ['emoji', '🦴💪 weak legs 😩'],
    ['right-to-left text', 'هشاشة العظام ضعف الساقين'],
    ['combining accents', 'oste\u0301opo\u0308rosis'],
    ['NUL and other control characters', 'weak\u0000legs\u0007\u0008\u001f'],
    ['ANSI colour sequence', '\u001B[31mweak legs\u001B[0m'],
    ['OSC title and hyperlink sequences', '\u001B]0;pwned\u0007\u001B]8;;http://x\u0007legs\u001B]8;;\u0007'],
    ['C1 control characters', '\u009b2Jweak\u0085legs'],
    ['bidi override', '\u202Eweak legs\u202C'],
  ])('search: %s', async (_name, query) => {
    const r = await osteo(['search', query]);
    expectCalm(r, [0, 1]);
    if (r.code === 1) expect(r.stderr.split('\n')[0]).toMatch(/^(?:No match for ".*"\.|osteo has nothing on '.*')/);
  });

  it.each([
    ['empty', ''],
    ['100,000 characters', LONG.slice(0, 100000)],
    ['escape sequences', '\u001B[31mwalking\u001B[0m'],
    ['emoji', '🚶 walking'],
  ])('explain: %s', async (_name, name) => {
    expectCalm(await osteo(['explain', name]), [0, 1]);
  });

  it('echoes a long query cut short, on one line', async () => {
    const r = await osteo(['search', 'zz'.repeat(5000)]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]?.length).toBeLessThan(120);
    expect(r.stderr).toContain('…');
  });
});

describe('topic names that look like paths', () => {
  it.each([
    '../../etc/passwd',
    '/etc/passwd',
    '.',
    '..',
    'con',
    'walk\u0000ing',
    '~/.ssh/id_rsa',
    'C:\\Windows\\system.ini',
  ])('explain %j: not found or a topic by name, never a file read', async (name) => {
    const r = await osteo(['explain', name]);
    expectCalm(r, [0, 1]);
    expect(r.stdout).not.toMatch(/root:/);
  });
});

describe('options', () => {
  it.each([
    [['search', 'x', '--limit', '0']],
    [['search', 'x', '--limit', '-1']],
    [['search', 'x', '--limit', 'abc']],
    [['search', 'x', '--limit', '1e9']],
    [['search', 'x', '--limit', '']],
    [['topics', '--width', '0']],
    [['topics', '--width', '5']],
    [['topics', '--width', 'abc']],
    [['topics', '--width', '100000']],
    [['topics', '--bogus']],
    [['--bogus', 'topics']],
    [['search']],
    [['search', '']],
    [['search', '   ', '\t']],
    [['explain']],
    [['serch', 'weak']],
    [['explain', 'walking', '--section']],
  ])('%j: usage error, exit 2', async (argv) => {
    const r = await osteo(argv);
    expectCalm(r, [2]);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    expect(r.stderr).toMatch(/^osteo: .+\nRun 'osteo --help' for usage\.\n$/);
  });

  it('a repeated option: the last one wins', async () => {
    const r = await osteo(['search', 'pain', '--limit', '3', '--limit', '1', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toHaveLength(1);
  });

  it('--section that matches nothing: exit 1', async () => {
    const r = await osteo(['explain', 'walking', '--section', 'qqqq']);
    expectCalm(r, [1]);
    expect(r.stderr).toMatch(/^osteo: No section "qqqq" in walking\./);
  });
});

describe('content folders', () => {
  const temp = useTempDirs('bad');

  it('missing: exit 3', async () => {
    const r = await osteo(['topics'], { contentDir: join(temp(), 'nope') });
    expectCalm(r, [3]);
    expect(r.stderr).toMatch(/^osteo: Content folder not found: /);
  });

  it('a file instead of a folder: exit 3', async () => {
    const file = join(temp(), 'topic.md');
    writeFileSync(file, 'x');
    const r = await osteo(['topics'], { contentDir: file });
    expectCalm(r, [3]);
    expect(r.stderr).toMatch(/^osteo: Content folder is not a folder: /);
  });

  it('empty: exit 3', async () => {
    const r = await osteo(['search', 'legs'], { contentDir: temp() });
    expectCalm(r, [3]);
    expect(r.stderr).toMatch(/^osteo: No topics to read in /);
  });

  it('a symlink loop: exit 3', async () => {
    const dir = temp();
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    const r = await osteo(['topics'], { contentDir: join(dir, 'loop') });
    expectCalm(r, [3]);
  });

  it.runIf(process.getuid?.() !== 0)('unreadable: exit 3', async () => {
    const dir = temp();
    chmodSync(dir, 0);
    expectCalm(await osteo(['topics'], { contentDir: dir }), [3]);
  });
});

describe('topic files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'osteo-files-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const good = '---\nid: good\ntitle: Good topic\n---\nLegs and bones.\n\n## When to get help\nSee a doctor.\n';
  writeFileSync(join(dir, 'good.md'), good);
  writeFileSync(join(dir, 'yaml.md'), '---\nid: [\n---\nx\n');
  writeFileSync(join(dir, 'no-title.md'), '---\nid: no-title\n---\nx\n');
  writeFileSync(join(dir, 'wrong-type.md'), '---\nid: wrong-type\ntitle: T\naliases: {a: 1}\n---\nx\n');
  writeFileSync(join(dir, 'twin.md'), good);
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3, 255]));
  writeFileSync(join(dir, 'latin1.md'), Buffer.from('---\nid: latin\ntitle: caf\u00e9\n---\n', 'latin1'));
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'bom.md'), '\uFEFF---\r\nid: bom\r\ntitle: With BOM and CRLF\r\n---\r\nLegs.\r\n');
  writeFileSync(join(dir, 'front-only.md'), '---\nid: front-only\ntitle: Front matter only\n---\n');
  // 50 MB without writing 50 MB: a sparse file; the size cap is checked before any read.
  const fd = openSync(join(dir, 'huge.md'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  mkdirSync(join(dir, 'folder.md'));

  it('bad files are skipped with a warning naming each; the rest work; the exit code is unchanged', async () => {
    const r = await osteo(['topics', '--json'], { contentDir: dir });
    expectCalm(r, [0]);
    const ids = (JSON.parse(r.stdout) as { topics: { id: string }[] }).topics.map((t) => t.id);
    expect(ids).toEqual(['bom', 'front-only', 'good']);
    const warnings = r.stderr.trim().split('\n');
    expect(warnings).toEqual([
      'osteo: skipped binary.md: looks like a binary file',
      'osteo: skipped empty.md: no front matter (the file must start with a --- block)',
      'osteo: skipped folder.md: not a regular file',
      'osteo: skipped huge.md: larger than 1 MB',
      'osteo: skipped latin1.md: is not valid UTF-8 text',
      'osteo: skipped no-title.md: title: is missing',
      'osteo: skipped twin.md: duplicate id "good" (already used by good.md)',
      'osteo: skipped wrong-type.md: aliases: Invalid input: expected array, received object',
      expect.stringMatching(/^osteo: skipped yaml\.md: invalid YAML in front matter: /) as string,
    ]);
  });

  it('search still answers from the good files', async () => {
    const r = await osteo(['search', 'legs'], { contentDir: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Good topic');
    expect(r.stdout).toContain('With BOM and CRLF');
  });

  it('osteo check reports the same problems as errors, exit 3', async () => {
    const r = await osteo(['check', dir]);
    expect(r.code).toBe(3);
    for (const file of ['binary.md', 'empty.md', 'huge.md', 'latin1.md', 'twin.md', 'yaml.md']) {
      expect(r.stdout).toMatch(new RegExp(`error {2}${file.replace('.', '\\.')}: file: `));
    }
    // A file whose front matter fails its schema is checked as far as it can be, field by field.
    expect(r.stdout).toContain('error  no-title.md: title: is missing\n');
    expect(r.stdout).toContain('error  wrong-type.md: aliases: Invalid input: expected array, received object\n');
  });
});

describe('the real bin', () => {
  it('uses the fixture folder for a few of the same cases', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = new URL('../../bin/osteo.js', import.meta.url).pathname;
    for (const [args, code] of [
      [['search', '\u001B[31m'], 1],
      [['explain', '../../etc/passwd'], 1],
      [['search', 'x', '--limit', '1e9'], 2],
    ] as const) {
      const r = spawnSync(process.execPath, [bin, '--content-dir', FIXTURES, ...args], { encoding: 'utf8' });
      expect(r.status).toBe(code);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toMatch(CONTROL);
    }
  });
});
