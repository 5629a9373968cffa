// stampsHold decides whether an index (or the cache) still describes a folder: any topic file
// added, removed, renamed, rewritten or touched, or a link that now leads to another file, must
// make it fail; files that are not topics must not.
import {
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packStamps, stampAt, stampOf, stampsHold, topicFileNames, type FileStamp } from '../../src/topics/files.js';

let dir: string;
const stamps = (): FileStamp[] =>
  topicFileNames(dir).map((name) => {
    const stamp = stampOf(dir, name);
    if (!stamp) throw new Error(`no stamp for ${name}`);
    return stamp;
  });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'osteo-stamps-'));
  for (const name of ['a.md', 'b.md', 'c.md', 'other.txt']) writeFileSync(join(dir, name), `${name}\n`);
  writeFileSync(join(dir, 'target.md'), 'one\n');
  symlinkSync('target.md', join(dir, 'link.md'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * stampsHold of a list of stamps, packed as an index keeps them. A list in name order is also
 * checked as an index's reader marks it (`sorted`: compared with the listing name for name,
 * until a name is out of step), which must say the same.
 */
const hold = (root: string, list: FileStamp[]): boolean => {
  const packed = packStamps(list);
  const verdict = stampsHold(root, packed);
  if (list.every(([name], i) => i === 0 || (list[i - 1]?.[0] ?? '') < name))
    expect(stampsHold(root, { ...packed, sorted: true })).toBe(verdict);
  return verdict;
};

describe('packStamps', () => {
  it('keeps every stamp as it was, in order', () => {
    const now = stamps();
    const packed = packStamps(now);
    expect(packed.names).toEqual(now.map(([name]) => name));
    expect(now.map((_, i) => stampAt(packed, i))).toEqual(now);
  });
});

describe('stampsHold', () => {
  it('holds for the folder as stamped, in any order of stamps, and over files that are not topics', () => {
    const now = stamps();
    expect(hold(dir, now)).toBe(true);
    expect(hold(dir, [...now].reverse())).toBe(true);
    writeFileSync(join(dir, 'notes.txt'), 'x');
    writeFileSync(join(dir, '.hidden.md'), 'x');
    expect(hold(dir, now)).toBe(true);
  });

  it.each([
    ['a topic file added', () => writeFileSync(join(dir, 'd.md'), 'd')],
    ['a topic file removed', () => unlinkSync(join(dir, 'b.md'))],
    ['a topic file renamed', () => renameSync(join(dir, 'b.md'), join(dir, 'e.md'))],
    ['a topic file rewritten', () => writeFileSync(join(dir, 'a.md'), 'a.md changed\n')],
    ['a topic file touched', () => utimesSync(join(dir, 'c.md'), new Date(), new Date(Date.now() + 5000))],
    ['the file a link leads to rewritten', () => writeFileSync(join(dir, 'target.md'), 'two, longer\n')],
    [
      'a link led elsewhere',
      () => {
        unlinkSync(join(dir, 'link.md'));
        symlinkSync('a.md', join(dir, 'link.md'));
      },
    ],
    [
      'a topic file turned into a link to a copy of its text',
      () => {
        writeFileSync(join(dir, 'copy.txt'), 'b.md\n');
        unlinkSync(join(dir, 'b.md'));
        symlinkSync('copy.txt', join(dir, 'b.md'));
      },
    ],
  ])('fails once %s', (_what, change) => {
    const before = stamps();
    change();
    expect(hold(dir, before)).toBe(false);
  });

  it.each([1, 2, 3, 4])('fails when number %i of one stamp differs', (field) => {
    const now = stamps();
    const changed = now.map((stamp) => [...stamp] as FileStamp);
    (changed[1] as (string | number)[])[field] = (now[1]?.[field] as number) + 1;
    expect(hold(dir, now)).toBe(true);
    expect(hold(dir, changed)).toBe(false);
  });

  it('fails for a stamp list with a name the folder lacks, however many', () => {
    const now = stamps();
    const [first, ...rest] = now;
    if (!first) throw new Error('no stamps');
    expect(hold(dir, [['zz.md', first[1], first[2], first[3], first[4]], ...rest])).toBe(false);
    expect(hold(dir, rest)).toBe(false);
  });

  it('fails for a stamp of a file that is there but is not a topic file', () => {
    writeFileSync(join(dir, '.hidden.md'), 'x');
    const hidden = stampOf(dir, '.hidden.md');
    if (!hidden) throw new Error('no stamp');
    // As many stamps as topic files, each of a file that is there, but a.md is not among them.
    const others = stamps().filter(([name]) => name !== 'a.md');
    expect(readdirSync(dir)).toContain('a.md');
    expect(hold(dir, [hidden, ...others])).toBe(false);
  });

  it('holds for stamps in code-unit order that the folder lists in another (bytes: libuv sorts by them)', () => {
    // UTF-16 puts the emoji's surrogates before U+FF01; UTF-8's bytes put it after.
    for (const name of ['\u{1F600}.md', '\uFF01.md']) writeFileSync(join(dir, name), name);
    const now = stamps();
    expect(now.map(([name]) => name)).toEqual([...now.map(([name]) => name)].sort());
    expect(hold(dir, now)).toBe(true);
    expect(hold(dir, now.slice(1))).toBe(false);
  });

  it('holds no topic files for a folder that cannot be listed', () => {
    expect(hold(join(dir, 'missing'), [])).toBe(true);
    expect(hold(join(dir, 'missing'), stamps())).toBe(false);
  });
});
