// V8 tuned for listing a large folder (src/io/list-run.ts): only from MIN_FILES files and on V8
// 11; told the number of files by the read of the files and by an index's eager read alone; the
// topics listed are those listed without it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tuneForList } from '../../src/io/list-run.js';
import { MIN_FILES } from '../../src/io/scan-run.js';
import { openFolderIndex } from '../../src/library/folder-index.js';
import { openLibrary } from '../../src/library/open.js';
import { PLACES } from '../../src/paths.js';
import { loadPlainFirst } from '../../src/topics/read-topics.js';
import { osteo } from '../helpers/io.js';
import { writeNumberedTopics } from '../helpers/numbered-topics.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('list-run');

function folder(topics: number): string {
  return writeNumberedTopics(
    join(tempDir(), `topics-${topics}`),
    topics,
    (i) => `summary: About ${i}.\n---\nWeak legs.\n`,
  );
}

describe('tuneForList', () => {
  it('changes nothing for a small folder or on another V8', () => {
    expect(tuneForList(MIN_FILES - 1)).toBe(false);
    expect(tuneForList(10 * MIN_FILES, '12.4.254.21')).toBe(false);
  });

  it('leaves V8 alone when these flags were set by hand', () => {
    expect(tuneForList(10 * MIN_FILES, '11.3.244.8', '--semi-space-growth-factor=4')).toBe(false);
    expect(tuneForList(10 * MIN_FILES, '11.3.244.8', '--max_semi_space_size=8')).toBe(false);
    expect(tuneForList(10 * MIN_FILES, '11.3.244.8', '--no-turbo-inlining')).toBe(false);
    expect(tuneForList(10 * MIN_FILES, '11.3.244.8', '--no-allocation-site-pretenuring')).toBe(false);
  });

  it.runIf(process.versions.v8.startsWith('11.'))('tunes V8 for a large folder', () => {
    expect(tuneForList(MIN_FILES, '11.3.244.8', '')).toBe(true);
  });
});

describe('a folder listed with the tuning', () => {
  it('is told the number of files once, and lists what it lists without it', async () => {
    const dir = folder(12);
    const calls: number[] = [];
    const options = { frontMatterOnly: true, listing: true };
    const tuned = await loadPlainFirst(dir, { ...options, tune: (files) => calls.push(files) });
    expect(calls).toEqual([12]);
    expect(tuned).toEqual(await loadPlainFirst(dir, options));
  });

  it('is tuned through openLibrary for a listing only', async () => {
    const dir = folder(5);
    const calls: number[] = [];
    const places = { ...PLACES, tuneList: (files: number): void => void calls.push(files) };
    await openLibrary(dir, { frontMatterOnly: true }, places);
    expect(calls).toEqual([]);
    const listed = await openLibrary(dir, { frontMatterOnly: true, listing: true, indexed: true }, places);
    expect(calls).toEqual([5]);
    expect(listed.topics.map((t) => t.id)).toEqual(['t-0', 't-1', 't-2', 't-3', 't-4']);
  });

  it("is told an index's number of files when the index is read eagerly (osteo topics) only", async () => {
    const dir = folder(7);
    expect((await osteo(['index', dir], { contentDir: null })).code).toBe(0);
    const calls: number[] = [];
    const lazy = openFolderIndex(dir, dir, false, (files) => calls.push(files));
    expect(typeof lazy === 'object' && lazy?.from).toBe('index');
    expect(calls).toEqual([]);
    if (typeof lazy === 'object') lazy?.close?.();
    const eager = openFolderIndex(dir, dir, true, (files) => calls.push(files));
    expect(typeof eager === 'object' && eager?.topics.length).toBe(7);
    expect(calls).toEqual([7]);
    if (typeof eager === 'object') eager?.close?.();
    const places = { ...PLACES, tuneList: (files: number): void => void calls.push(files) };
    const listed = await openLibrary(dir, { frontMatterOnly: true, listing: true, indexed: true }, places);
    expect(listed.from).toBe('index');
    listed.close?.();
    expect(calls).toEqual([7, 7]);
  });
});
