// A folder's index that someone else wrote, or that was damaged (issue 19, items 2 and 3, and
// "malformed or partial indexes"): never followed outside the folder, never trusted for a
// string that reaches the terminal, never a hang, a flood of memory or exit 70. Any doubt: one
// line says so, and the answer comes from the files. Every case is a real process, measured.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { INDEX_FILE } from '../../src/library/folder-index.js';
import { contentsOf, plantIndex, type Crafted } from '../helpers/craft.js';
import { expectCalmExit, runBin } from '../helpers/run.js';
import { useTempDirs } from '../helpers/temp.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const temp = useTempDirs('planted');
let dir: string;
let outside: string;
beforeEach(() => {
  const root = temp();
  dir = join(root, 'topics');
  outside = join(root, 'outside');
  cpSync(CONTENT, dir, { recursive: true });
  mkdirSync(outside);
  writeFileSync(
    join(outside, 'secret.md'),
    '---\nid: secret\ntitle: Secret\n---\nThe zanzibarsecret is here.\n\n## When to get help\nNever.\n',
  );
});

const osteo = (...args: string[]): ReturnType<typeof runBin> => runBin(['--content-dir', dir, ...args]);
/** The same command on a clean copy of the folder: what the answer must be. */
const expected = (...args: string[]): ReturnType<typeof runBin> => {
  const clean = join(temp(), 'clean');
  cpSync(CONTENT, clean, { recursive: true });
  return runBin(['--content-dir', clean, ...args]);
};
const ignored = (why: string): RegExp =>
  new RegExp(`^osteo: ignoring the index in .+ \\(\\.osteo-index: ${why}\\); reading the files\\.\\n`);

function plant(change: (c: Crafted) => void): void {
  const contents = contentsOf(dir);
  change(contents);
  plantIndex(dir, contents);
}

/** The line a search says when it finds a topic's record bad as it reads it (search/stored-topic.ts). */
const doubted = (why: string): RegExp => new RegExp(`^osteo: ${why}; reading the topic files again\\.\\n$`);

/** Every topic's record changed by `change`: whichever topic a search reads first meets it. */
const everyTopic =
  (change: (t: Crafted['meta']['topics'][number]) => void) =>
  (c: Crafted): void =>
    c.meta.topics.forEach(change);

describe('a planted index that names files outside the folder', () => {
  it('a stamped file: refused, said once, answered from the files', () => {
    plant((c) => (c.meta.files = { ...c.meta.files, names: ['../outside/secret.md', ...c.meta.files.names.slice(1)] }));
    const r = osteo('search', 'zanzibarsecret', 'weak legs', '--json');
    expectCalmExit(r, [0]);
    expect(r.stderr).toMatch(ignored('its file list is malformed'));
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).not.toContain('The zanzibarsecret is here');
    expect(r.stdout).toBe(expected('search', 'zanzibarsecret', 'weak legs', '--json').stdout);
  });

  // A topic's record is read when a command first uses the topic: a search then answers from
  // the files; `topics`, which lists them all, reads every record before it trusts the index.
  it.each([
    ['a topic file', everyTopic((t) => ((t as { file: string }).file = '../outside/secret.md'))],
    ['/dev/zero', everyTopic((t) => ((t as { file: string }).file = '/dev/zero'))],
  ])('%s: refused when read, said once, answered from the files', (_name, change) => {
    plant(change);
    const r = osteo('search', 'zanzibarsecret', 'weak legs', '--json');
    expectCalmExit(r, [0]);
    expect(r.stderr).toMatch(doubted('its topic file name is malformed'));
    expect(r.stdout).not.toContain('The zanzibarsecret is here');
    expect(r.stdout).toBe(expected('search', 'zanzibarsecret', 'weak legs', '--json').stdout);
    const listed = osteo('topics');
    expectCalmExit(listed, [0]);
    expect(listed.stderr).toMatch(ignored('its topic file name is malformed'));
    expect(listed.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(listed.stdout).toBe(expected('topics').stdout);
  });
});

describe('strings in a planted index', () => {
  it('are cleaned of escapes and controls before anything prints them', () => {
    plant((c) => {
      // The topic a search for "osteoporosis" shows first.
      const topic = c.meta.topics.find((t) => t.id === 'osteoporosis') as { title: string; summary: string };
      topic.title = 'Evil \u001b]52;c;ZXZpbA==\u0007\u001b[2J title\u202e \u009b31m';
      topic.summary = 'Summary\r\u0008\u001bc';
    });
    for (const args of [['topics'], ['topics', '--json'], ['search', 'osteoporosis']]) {
      const r = osteo(...args);
      expectCalmExit(r, [0]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Evil ]52;c;ZXZpbA==[2J title 31m');
      expect(r.stdout).not.toMatch(CONTROL);
    }
  });
});

describe('a planted index whose topic files are not files', () => {
  it.each([
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
    ['a symlink to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
  ])('%s: no hang, no flood; answered from the files', (_name, make) => {
    make(join(dir, 'zz-odd.md'));
    // A sound index, then one topic's file pointed at the odd file (which its stamps list).
    plant((c) => ((c.meta.topics.find((t) => t.id === 'leg-weakness') as { file: string }).file = 'zz-odd.md'));
    const r = osteo('search', 'weak legs', '--json');
    expectCalmExit(r, [0]);
    // Warned about as the index lists it, then found out when its text is read.
    expect(r.stderr).toMatch(
      /^osteo: skipped zz-odd\.md: .+\nosteo: zz-odd\.md can no longer be read; reading the topic files again\.\nosteo: skipped zz-odd\.md: .+\n$/,
    );
    expect(r.stdout).toBe(expected('search', 'weak legs', '--json').stdout);
  });
});

describe('a damaged index', () => {
  it.each([
    [
      'cut in half',
      (file: string) => truncateSync(file, readFileSync(file).length >> 1),
      'its \\w+ part is out of place',
    ],
    ['cut to its header', (file: string) => truncateSync(file, 40), 'it is too short'],
    ['emptied', (file: string) => truncateSync(file, 0), 'it is too short'],
    ['not an index', (file: string) => writeFileSync(file, 'x'.repeat(5000)), 'it is not an osteo index'],
    [
      'a version from elsewhere',
      (file: string) =>
        writeFileSync(
          file,
          Buffer.concat([Buffer.from('OSTEOIDX'), Buffer.from([9, 0, 0, 0]), readFileSync(file).subarray(12)]),
        ),
      'it is from another version of osteo',
    ],
  ])('%s: ignored, said once', (_name, damage, why) => {
    plant(() => undefined);
    damage(join(dir, INDEX_FILE));
    const r = osteo('search', 'thigh pain on alendronate', '--json');
    expectCalmExit(r, [0]);
    expect(r.stderr).toMatch(ignored(why));
    expect(r.stdout).toBe(expected('search', 'thigh pain on alendronate', '--json').stdout);
  });

  it.each([
    ['headings of the wrong type', everyTopic((t) => ((t as { sections: unknown }).sections = [{ heading: 7 }]))],
    ['more sections than the postings know', everyTopic((t) => t.sections.push({ heading: 'Extra', markdown: '' }))],
  ])('%s: found when a topic is read, said once', (_name, change) => {
    plant(change);
    const r = osteo('search', 'fell and cant get up', '--json');
    expectCalmExit(r, [0]);
    expect(r.stderr).toMatch(doubted('its section headings is malformed'));
    expect(r.stdout).toBe(expected('search', 'fell and cant get up', '--json').stdout);
    const listed = osteo('topics');
    expectCalmExit(listed, [0]);
    expect(listed.stderr).toMatch(ignored('its section headings is malformed'));
    expect(listed.stdout).toBe(expected('topics').stdout);
  });

  it.each([
    ['terms out of order', (c: Crafted) => c.data.terms.reverse(), 'its terms are damaged'],
    [
      'a posting count past the end',
      (c: Crafted) => ((c.data.postStart[c.data.terms.length] = 50_000_000), undefined),
      'its postings are damaged',
    ],
    [
      'a name list naming topics that do not exist',
      (c: Crafted) => c.data.nameTopic.fill(9999),
      'its names are damaged',
    ],
  ])('%s: ignored, said once', (_name, change, why) => {
    plant(change);
    const r = osteo('search', 'fell and cant get up', '--json');
    expectCalmExit(r, [0]);
    expect(r.stderr).toMatch(ignored(why));
    expect(r.stdout).toBe(expected('search', 'fell and cant get up', '--json').stdout);
  });

  it('a file stamp with a negative size: ignored, said once', () => {
    plant((c) => c.meta.files.numbers.fill(-1, 0, 1));
    const r = osteo('search', 'fell and cant get up', '--json');
    expectCalmExit(r, [0]);
    expect(r.stderr).toMatch(ignored('its file list is malformed'));
    expect(r.stdout).toBe(expected('search', 'fell and cant get up', '--json').stdout);
  });

  it('names found bad only when ranking reads them: said once, answered from the files', () => {
    plant((c) => {
      const { names } = c.data;
      const bad = c.meta.topics.findIndex((t) => t.id === 'leg-weakness');
      c.data.names = { length: names.length, at: (i) => (i === bad ? ([[7]] as unknown as string[][]) : names.at(i)) };
    });
    const r = osteo('search', 'weak legs', '--json');
    expectCalmExit(r, [0]);
    expect(r.stderr).toBe('osteo: its names is malformed; reading the topic files again.\n');
    expect(r.stdout).toBe(expected('search', 'weak legs', '--json').stdout);
  });

  it('postings found bad only when read (a section repeated): said once, answered from the files', () => {
    plant((c) => {
      const encoded = c.data.encoded.bind(c.data);
      // Each term's second section a step of 0 from its first: the same section twice.
      c.data.encoded = (t) => {
        const bytes = encoded(t).slice();
        let varints = 0;
        for (let i = 0; i < bytes.length; i++) {
          if (varints === 2) {
            bytes[i] = 0;
            break;
          }
          if ((bytes[i] ?? 0) < 0x80) varints++;
        }
        return bytes;
      };
    });
    const r = osteo('search', 'weak legs', '--json');
    expectCalmExit(r, [0]);
    expect(r.stderr).toBe('osteo: its postings are damaged; reading the topic files again.\n');
    expect(r.stdout).toBe(expected('search', 'weak legs', '--json').stdout);
  });
});

describe('an index file that is not a file (item 3)', () => {
  it.each([
    ['a FIFO', (file: string) => execFileSync('mkfifo', [file]), 'not a regular file'],
    ['a symlink to /dev/zero', (file: string) => symlinkSync('/dev/zero', file), 'is a symlink'],
    [
      'a symlink to an index of another folder',
      (file: string) => symlinkSync(plantIndex(outside, contentsOf(dir)), file),
      'is a symlink',
    ],
    ['a folder', (file: string) => mkdirSync(file), 'not a regular file'],
  ])('%s: topics and search do not hang, and say why it is not used', (_name, make, why) => {
    make(join(dir, INDEX_FILE));
    for (const args of [['topics'], ['search', 'weak legs']]) {
      const r = osteo(...args);
      expectCalmExit(r, [0]);
      expect(r.stderr).toMatch(ignored(why));
      expect(r.stdout).toBe(expected(...args).stdout);
    }
    rmSync(join(dir, INDEX_FILE), { recursive: true });
  });
});
