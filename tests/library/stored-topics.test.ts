// An index file's topics (search/stored-topic.ts): opening the file reads their ids only; each
// topic's record is read and checked when first used, so a bad record is an IndexDoubt then,
// not a failure to open, and a good topic beside it is still read.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_FILE } from '../../src/library/folder-index.js';
import { readIndexFile } from '../../src/library/index-file.js';
import { IndexDoubt } from '../../src/search/format.js';
import { StoredTopic } from '../../src/search/stored-topic.js';
import { indexView } from '../../src/search/view.js';
import { loadTopics } from '../../src/topics/load.js';
import type { Topic } from '../../src/topics/types.js';
import { contentsOf, plantIndex } from '../helpers/craft.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'osteo-stored-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A topic's fields but its sections, as an index holds them. */
const fields = (t: Topic): unknown[] => [
  t.id,
  t.title,
  t.summary,
  t.aliases,
  t.tags,
  t.related,
  t.reviewed,
  t.sources,
  t.questions,
  t.file,
];

describe('topics read from an index file', () => {
  it('are the topics of the files, headings only, read field by field', () => {
    const dir = join(work, 'sound');
    cpSync(CONTENT, dir, { recursive: true });
    plantIndex(dir, contentsOf(dir));
    const file = readIndexFile(join(dir, INDEX_FILE));
    const { topics } = loadTopics(dir);
    expect(file.meta.topics.every((t) => t instanceof StoredTopic)).toBe(true);
    expect(file.meta.topics.map(fields)).toEqual(topics.map(fields));
    expect(file.meta.topics.map((t) => t.sections.map((s) => [s.heading, s.markdown]))).toEqual(
      topics.map((t) => t.sections.map((s) => [s.heading, ''])),
    );
    file.close();
  });

  it('read all at once (osteo topics) or one by one, the same, newlines and all', () => {
    const dir = join(work, 'lines');
    cpSync(CONTENT, dir, { recursive: true });
    const contents = contentsOf(dir);
    (contents.meta.topics[0] as { summary: string }).summary = 'two\nlines, ], [ and a "quote"';
    plantIndex(dir, contents);
    const one = readIndexFile(join(dir, INDEX_FILE));
    const all = readIndexFile(join(dir, INDEX_FILE));
    all.readAll();
    expect(all.meta.topics.map(fields)).toEqual(one.meta.topics.map(fields));
    expect(all.meta.topics.map((t) => t.sections)).toEqual(one.meta.topics.map((t) => t.sections));
    expect(all.meta.topics[0]?.summary).toBe('two\nlines, ], [ and a "quote"');
    one.close();
    all.close();
  });

  it('open with a bad record among them; the bad one is a doubt when used, the rest read', () => {
    const dir = join(work, 'one-bad');
    cpSync(CONTENT, dir, { recursive: true });
    const contents = contentsOf(dir);
    const bad = contents.meta.topics.findIndex((t) => t.id === 'falls');
    (contents.meta.topics[bad] as { summary: unknown }).summary = 7;
    plantIndex(dir, contents);
    const file = readIndexFile(join(dir, INDEX_FILE));
    const { topics } = file.meta;
    // The search index is made from ids, titles and section counts alone: no record is read for it.
    const index = indexView(file.data, topics);
    expect(index.docs.filter((d) => d.topic.id === 'falls')).toHaveLength(
      contents.meta.topics[bad]?.sections.length ?? -1,
    );
    expect(topics[bad]?.id).toBe('falls');
    // The title is read with the id (ranking asks it of every topic a word names): not the record.
    expect(topics[bad]?.title).toBe(contents.meta.topics[bad]?.title);
    expect(() => topics[bad]?.summary).toThrow(IndexDoubt);
    expect(() => index.docs.find((d) => d.topic.id === 'falls')?.section).toThrow(IndexDoubt);
    expect(topics.find((t) => t.id === 'osteoporosis')?.summary).toBe(
      contents.meta.topics.find((t) => t.id === 'osteoporosis')?.summary,
    );
    expect(() => file.readAll()).toThrow('its topic summary is malformed');
    file.close();
  });

  it('make their sources and sections once, when first read, the same objects after', () => {
    const dir = join(work, 'once');
    cpSync(CONTENT, dir, { recursive: true });
    plantIndex(dir, contentsOf(dir));
    const file = readIndexFile(join(dir, INDEX_FILE));
    file.readAll();
    const [first] = file.meta.topics;
    expect(first?.sources.length).toBeGreaterThan(0);
    expect(first?.sources).toBe(first?.sources);
    expect(first?.sections).toBe(first?.sections);
    expect(Object.keys(first?.sources[0] ?? {})).toEqual(['title', 'url']);
    expect(first?.sections.every((section) => section.markdown === '')).toBe(true);
    file.close();
  });

  it.each([
    ['a source without its address', (t: Topic) => (t.sources[0] = { title: 'NHS', url: ' ' }), 'sources'],
    ['a source that is not a pair', (t: Topic) => ((t as { sources: unknown }).sources = [['NHS']]), 'sources'],
    // Written as the encoder maps them: a string in the record where the list should be.
    ['sources not a list', (t: Topic) => ((t as { sources: unknown }).sources = { map: () => 'NHS' }), 'sources'],
    [
      'a bad summary and a bad source: the first named',
      (t: Topic) => {
        (t as { summary: unknown }).summary = 7;
        t.sources[0] = { title: '', url: '' };
      },
      'topic summary',
    ],
    [
      'a bad source and a bad file name: the first named',
      (t: Topic) => {
        t.sources[0] = { title: '', url: '' };
        t.file = '../x.md';
      },
      'sources',
    ],
  ])('a record with %s is a doubt when read, all at once or alone', (_name, change, what) => {
    const dir = join(work, `bad-${what.replace(' ', '-')}-${Math.random().toString(36).slice(2)}`);
    cpSync(CONTENT, dir, { recursive: true });
    const contents = contentsOf(dir);
    const bad = contents.meta.topics.findIndex((t) => t.sources.length > 0);
    change(contents.meta.topics[bad] as Topic);
    plantIndex(dir, contents);
    const all = readIndexFile(join(dir, INDEX_FILE));
    expect(() => all.readAll()).toThrow(`its ${what} is malformed`);
    all.close();
    const one = readIndexFile(join(dir, INDEX_FILE));
    expect(() => one.meta.topics[bad]?.sources).toThrow(`its ${what} is malformed`);
    one.close();
  });

  it('a bad title is found on opening: the index is not used', () => {
    const dir = join(work, 'bad-title');
    cpSync(CONTENT, dir, { recursive: true });
    const contents = contentsOf(dir);
    (contents.meta.topics[0] as { title: unknown }).title = ' ';
    plantIndex(dir, contents);
    expect(() => readIndexFile(join(dir, INDEX_FILE))).toThrow('its topic title is malformed');
  });
});
