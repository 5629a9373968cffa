import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { loadTopics, MAX_TOPIC_BYTES } from '../../src/topics/load.js';
import { loadPlainFirst } from '../../src/topics/read-topics.js';
import { generateLibrary, vocabulary } from '../../scripts/library.mjs';
import type { Topic } from '../../src/topics/types.js';
import { FIXTURES } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const good = (id: string): string => `---\nid: ${id}\ntitle: ${id}\n---\nText about ${id}.\n`;

describe('loadTopics', () => {
  let dir: string;
  const tempDir = useTempDirs('load');
  beforeEach(() => {
    dir = tempDir();
  });

  it('loads every topic of the fixture folder, sorted by file name', () => {
    const { topics, skipped } = loadTopics(FIXTURES);
    expect(topics.map((t) => t.id)).toEqual(['calcium', 'hip-fracture', 'nerve-pain', 'walking']);
    expect(skipped).toEqual([]);
  });

  it('fails with a content error when the folder is missing', () => {
    expect(() => loadTopics(join(dir, 'nope'))).toThrow(ContentError);
    expect(() => loadTopics(join(dir, 'nope'))).toThrow(/Content folder not found/);
  });

  it('fails with a content error when the path is a file', () => {
    writeFileSync(join(dir, 'file.md'), good('a'));
    expect(() => loadTopics(join(dir, 'file.md'))).toThrow(/not a folder/);
  });

  it('skips bad files with a reason and keeps the good ones', () => {
    writeFileSync(join(dir, 'good.md'), good('good'));
    writeFileSync(join(dir, 'yaml.md'), '---\nid: [\n---\n');
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'notes.txt'), 'not a topic');
    const { topics, skipped } = loadTopics(dir);
    expect(topics.map((t) => t.id)).toEqual(['good']);
    expect(skipped).toEqual([
      { file: 'binary.md', problem: 'looks like a binary file' },
      { file: 'empty.md', problem: expect.stringMatching(/no front matter/) as string },
      { file: 'latin1.md', problem: 'is not valid UTF-8 text' },
      { file: 'yaml.md', problem: expect.stringMatching(/invalid YAML/) as string },
    ]);
  });

  it('reads front matter only as a full read does, whatever an earlier file left in its buffer', () => {
    // Files read one after another into one buffer: a later, shorter file's closing fence must
    // be looked for in its own bytes only. b.md ends in "\n--"; the byte after it in the buffer
    // is a "-" of a.md's fence.
    writeFileSync(join(dir, 'a.md'), '---\nid: a\ntitle: A\n---\nText about a.\n');
    writeFileSync(join(dir, 'b.md'), '---\nid: b\ntitle: B\n--');
    writeFileSync(join(dir, 'c.md'), '---\nid: c\ntitle: C\n---');
    // Front matter longer than the buffer: read whole.
    writeFileSync(join(dir, 'd.md'), `---\nid: d\ntitle: D\nsummary: ${'word '.repeat(4000)}end\n---\nText.\n`);
    writeFileSync(join(dir, 'e.md'), '---\nid: e\ntitle: E\n---  \nText about e.\n');
    const heads = loadTopics(dir, { frontMatterOnly: true });
    const full = loadTopics(dir);
    expect(heads.skipped).toEqual(full.skipped);
    expect(heads.skipped.map((s) => s.file)).toEqual(['b.md']);
    const withoutSections = (t: Topic): object => ({ ...t, sections: undefined });
    expect(heads.topics.map(withoutSections)).toEqual(full.topics.map(withoutSections));
    expect(heads.topics.map((t) => t.id)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('skips a second file with the same id', () => {
    writeFileSync(join(dir, 'a.md'), good('same'));
    writeFileSync(join(dir, 'b.md'), good('same'));
    const { topics, skipped } = loadTopics(dir);
    expect(topics.map((t) => t.file)).toEqual(['a.md']);
    expect(skipped).toEqual([{ file: 'b.md', problem: 'duplicate id "same" (already used by a.md)' }]);
  });

  it('skips a file over the size cap', () => {
    writeFileSync(join(dir, 'huge.md'), good('huge') + 'x'.repeat(MAX_TOPIC_BYTES));
    expect(loadTopics(dir).skipped).toEqual([{ file: 'huge.md', problem: 'larger than 1 MB' }]);
  });

  it('follows a symlink to a file inside the folder but not one pointing outside', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.md'), good('secret'));
    writeFileSync(join(dir, 'real.md'), good('real'));
    symlinkSync(join(dir, 'real.md'), join(dir, 'alias.md'));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'leak.md'));
    const { topics, skipped } = loadTopics(dir);
    // alias.md sorts first, so it is the one that loads; real.md is then a duplicate.
    expect(topics.map((t) => [t.id, t.file])).toEqual([['real', 'alias.md']]);
    expect(skipped).toEqual([
      { file: 'leak.md', problem: 'symlink points outside the content folder' },
      { file: 'real.md', problem: 'duplicate id "real" (already used by alias.md)' },
    ]);
  });

  it('skips a symlink loop and a folder named like a topic', () => {
    symlinkSync(join(dir, 'loop.md'), join(dir, 'loop.md'));
    mkdirSync(join(dir, 'folder.md'));
    writeFileSync(join(dir, 'ok.md'), good('ok'));
    const { topics, skipped } = loadTopics(dir);
    expect(topics.map((t) => t.id)).toEqual(['ok']);
    expect(skipped).toEqual([
      { file: 'folder.md', problem: 'not a regular file' },
      { file: 'loop.md', problem: 'broken or looping symlink' },
    ]);
  });
});

describe('loadPlainFirst (topics/read-topics.ts)', () => {
  const tempDir = useTempDirs('load-plain-first');
  /** 300 varied generated topics, a duplicate id before and after the first file that is not plain, and one with no front matter. */
  const mixedLibrary = (seed: number): string => {
    const dir = tempDir();
    generateLibrary(dir, 300, vocabulary(fileURLToPath(new URL('../../content', import.meta.url))), {
      varied: true,
      seed,
    });
    writeFileSync(join(dir, 'a-dup.md'), good('topic-7'));
    writeFileSync(join(dir, 'zz-dup.md'), good('topic-8'));
    writeFileSync(join(dir, 'zz-none.md'), 'no front matter\n');
    return dir;
  };

  it("gives loadTopics' topics and skipped files, in order, front matter only or whole", async () => {
    // Plain files before and after the first that is not, a duplicate of each kind, and broken ones.
    const dir = mixedLibrary(3);
    writeFileSync(join(dir, 'zz-binary.md'), '---\nid: x\u0000\n---\n');
    for (const frontMatterOnly of [true, false]) {
      const loaded = loadTopics(dir, { frontMatterOnly });
      expect(loaded.skipped.length).toBeGreaterThan(3);
      expect(await loadPlainFirst(dir, { frontMatterOnly })).toEqual(loaded);
    }
  });

  it('lists (listing) the id, title, summary, date and file of the topics loadTopics reads, skipping the same files', async () => {
    // Duplicates and broken files, before and after the first file that is not plain; and a
    // file whose only fault is a bad source, which a listing shows nothing of.
    const dir = mixedLibrary(5);
    writeFileSync(join(dir, 'zz-source.md'), '---\nid: zz\ntitle: Z\nsources:\n  - title: S\n---\nText.\n');
    const loaded = loadTopics(dir, { frontMatterOnly: true });
    const listed = await loadPlainFirst(dir, { frontMatterOnly: true, listing: true });
    expect(listed.skipped).toEqual(loaded.skipped);
    expect(listed.skipped.map((s) => s.file)).toContain('zz-source.md');
    const shown = ({ id, title, summary, reviewed, file }: Topic): object => ({ id, title, summary, reviewed, file });
    expect(listed.topics.map(shown)).toEqual(loaded.topics.map(shown));
    expect(loaded.topics.some((t) => t.aliases.length > 0 && t.sources.length > 0)).toBe(true);
    for (const topic of listed.topics) {
      for (const list of [topic.aliases, topic.tags, topic.related, topic.sources, topic.questions, topic.sections])
        expect(list).toEqual([]);
      expect(Object.isFrozen(topic.aliases)).toBe(true);
    }
  });

  it('reads a folder of plain topics as loadTopics does', async () => {
    const dir = tempDir();
    generateLibrary(dir, 50, vocabulary(fileURLToPath(new URL('../../content', import.meta.url))));
    expect(await loadPlainFirst(dir, { frontMatterOnly: true })).toEqual(loadTopics(dir, { frontMatterOnly: true }));
  });
});
