// The checks an index file's head goes through when it is opened (search/stored.ts, format.ts
// startsFill): each damaged list refused with the one-line reason the search prints, and a
// sound index opened. The CLI's side of it is tests/hardening/planted-index.test.ts.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndexFile } from '../../src/library/index-file.js';
import { IndexDoubt, startsFill } from '../../src/search/format.js';
import { indexView } from '../../src/search/view.js';
import { contentsOf, plantIndex, type Crafted } from '../helpers/craft.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'osteo-index-checks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dir = join(work, 'content');
cpSync(CONTENT, dir, { recursive: true });

/** The reason opening the folder's index with `change` made to it gives, or 'opened'. */
function opened(change: (c: Crafted) => void): string {
  const contents = contentsOf(dir);
  change(contents);
  const file = plantIndex(dir, contents);
  try {
    readIndexFile(file).close();
    return 'opened';
  } catch (error) {
    return (error as Error).message;
  }
}

/** The first term whose list in `start` has at least `n` entries. */
function termWith(start: Uint32Array, n: number): number {
  for (let t = 0; t + 1 < start.length; t++) if ((start[t + 1] ?? 0) - (start[t] ?? 0) >= n) return t;
  throw new Error(`no term with ${n} entries`);
}

describe("an index's lists, checked when it is opened", () => {
  it('a sound index opens', () => {
    expect(opened(() => undefined)).toBe('opened');
  });

  it.each([
    ['nameStart', 'nameTopic', 'its names are damaged'],
    ['tagStart', 'tagTopic', 'its tags are damaged'],
  ] as const)(
    '%s and %s: every topic of a term once, ascending, and a topic that exists',
    (startPart, listPart, why) => {
      const at = (c: Crafted): number => c.data[startPart][termWith(c.data[startPart], 3)] ?? 0;
      // A topic repeated, two swapped, one past the last.
      expect(opened((c) => (c.data[listPart][at(c) + 1] = c.data[listPart][at(c)] ?? 0))).toBe(why);
      expect(
        opened((c) => {
          const list = c.data[listPart];
          const i = at(c);
          [list[i], list[i + 1]] = [list[i + 1] ?? 0, list[i] ?? 0];
        }),
      ).toBe(why);
      expect(
        opened((c) => {
          const i = termWith(c.data[startPart], 1);
          c.data[listPart][(c.data[startPart][i + 1] ?? 0) - 1] = c.meta.topics.length;
        }),
      ).toBe(why);
      // A run that starts before the one before it ends.
      expect(
        opened((c) => {
          const start = c.data[startPart];
          const t = termWith(start, 2);
          start[t + 1] = (start[t] ?? 0) - 1;
        }),
      ).toBe(why);
    },
  );

  it('names are checked before tags: an index with both damaged gives the names', () => {
    expect(
      opened((c) => {
        c.data.nameTopic.fill(0);
        c.data.tagTopic.fill(c.meta.topics.length);
      }),
    ).toBe('its names are damaged');
  });

  it('postings whose counts go down are damaged', () => {
    expect(
      opened((c) => {
        const start = c.data.postStart;
        const t = termWith(start, 2);
        start[t + 1] = (start[t] ?? 0) - 1;
      }),
    ).toBe('its postings are damaged');
  });
});

describe("an index's file names and topic ids, in order or not", () => {
  /** The folder's index with `change` made to it, opened: its topic numbers by id, and its files. */
  function numbersOf(change: (c: Crafted) => void): { ids: string[]; number: (id: string) => number | undefined } {
    const contents = contentsOf(dir);
    change(contents);
    const file = readIndexFile(plantIndex(dir, contents));
    try {
      const ids = file.meta.topics.map((t) => t.id);
      return { ids, number: (id) => file.meta.numbers?.get(id) };
    } finally {
      file.close();
    }
  }

  it('finds every topic by its id, ids in order (a search of them) or not (a map)', () => {
    const swap = (c: Crafted): void => {
      const [a, b] = c.meta.topics;
      if (!a || !b) throw new Error('two topics needed');
      c.meta.topics = [b, a, ...c.meta.topics.slice(2)];
    };
    for (const change of [() => undefined, swap]) {
      const { ids, number } = numbersOf(change);
      expect(ids.map(number)).toEqual(ids.map((_, i) => i));
      expect(number('no-such-topic')).toBeUndefined();
      expect(number('')).toBeUndefined();
    }
  });

  it('refuses an id or a file name repeated, next to itself or elsewhere', () => {
    const repeatId = (from: number, to: number) => (c: Crafted) => {
      const topic = c.meta.topics[to];
      if (!topic) throw new Error('no topic');
      c.meta.topics[to] = { ...topic, id: c.meta.topics[from]?.id ?? '' };
    };
    expect(opened(repeatId(0, 1))).toBe('its topic list is malformed');
    expect(opened(repeatId(3, 1))).toBe('its topic list is malformed');
    const repeatName = (from: number, to: number) => (c: Crafted) => {
      const names = [...c.meta.files.names];
      names[to] = names[from] ?? '';
      c.meta.files = { ...c.meta.files, names };
    };
    expect(opened(repeatName(0, 1))).toBe('its file list is malformed');
    expect(opened(repeatName(3, 1))).toBe('its file list is malformed');
  });
});

describe("an index's terms and words", () => {
  it.each([
    ['out of order', (c: Crafted) => c.data.terms.reverse()],
    ['one repeated', (c: Crafted) => (c.data.terms[1] = c.data.terms[0] ?? '')],
    ['one not a string', (c: Crafted) => ((c.data.terms as unknown[])[2] = 7)],
  ])('terms %s: refused when opened', (_name, change) => {
    expect(opened(change)).toBe('its terms are damaged');
  });

  /** What asking the search index whether the content uses `word` gives, with `change` made to the index. */
  function asked(change: (c: Crafted) => void, word: string): unknown {
    const contents = contentsOf(dir);
    change(contents);
    const file = readIndexFile(plantIndex(dir, contents));
    try {
      return indexView(file.data, file.meta.topics, file.meta.numbers).hasWord?.(word);
    } catch (error) {
      return error instanceof IndexDoubt ? error.message : error;
    } finally {
      file.close();
    }
  }

  it('are read and checked when a word is first asked about: a sound list answers', () => {
    expect(asked(() => undefined, 'legs')).toBe(true);
    expect(asked(() => undefined, 'legz')).toBe(false);
  });

  it.each([
    ['a word not a string', (c: Crafted) => ((c.data.words as unknown[])[3] = null)],
    ['a word of a term past the last', (c: Crafted) => (c.data.wordTerms[5] = c.data.terms.length)],
    ['fewer terms of words than words', (c: Crafted) => (c.data.wordTerms = c.data.wordTerms.subarray(1))],
  ])('%s: a doubt when first asked, not when opened', (_name, change) => {
    expect(opened(change)).toBe('opened');
    expect(asked(change, 'legs')).toBe('its words are damaged');
  });
});

describe('startsFill', () => {
  it('takes counts that never go down from 0 to the total, and nothing else', () => {
    const fills = (numbers: number[], total: number): boolean =>
      startsFill(Uint32Array.from(numbers), numbers.length - 1, total);
    expect(fills([0], 0)).toBe(true);
    expect(fills([0, 0, 3, 3, 5], 5)).toBe(true);
    expect(fills([0, 3, 2, 5], 5)).toBe(false);
    expect(fills([0, 3, 5, 4], 4)).toBe(false);
    expect(fills([0, 5, 5, 5], 4)).toBe(false);
    expect(fills([1, 2, 5], 5)).toBe(false);
    expect(fills([0, 6, 5], 5)).toBe(false);
    expect(startsFill(Uint32Array.from([0, 1, 2]), 3, 2)).toBe(false);
  });
});
