// V8 tuned while a large folder is read on this thread (src/io/scan-run.ts): only from MIN_FILES
// files and on V8 11, set around the reading alone and restored after it; the index it makes is
// the one made without it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_FILES, tuneForScan } from '../../src/io/scan-run.js';
import { openLibrary } from '../../src/library/open.js';
import { scanFolder } from '../../src/library/scan.js';
import { PLACES } from '../../src/paths.js';
import { writeNumberedTopics } from '../helpers/numbered-topics.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('scan-run');

function folder(topics: number): string {
  return writeNumberedTopics(
    join(tempDir(), `topics-${topics}`),
    topics,
    (i) => `---\nWeak legs and a sore back, ${i}.\n\n## Legs ${i % 7}\nLeg cramps at night.\n`,
  );
}

describe('tuneForScan', () => {
  it('changes nothing for a small folder or on another V8', () => {
    expect(tuneForScan(MIN_FILES - 1)).toBeNull();
    expect(tuneForScan(10 * MIN_FILES, '12.4.254.21')).toBeNull();
  });

  it('leaves V8 alone when these flags were set by hand, so the restore cannot undo them', () => {
    expect(tuneForScan(10 * MIN_FILES, '11.3.244.8', '--no-turbo-inlining')).toBeNull();
    expect(tuneForScan(10 * MIN_FILES, '11.3.244.8', '--no_turbo_inlining')).toBeNull();
    expect(
      tuneForScan(10 * MIN_FILES, '11.3.244.8', '--max-old-space-size=512 --allocation-site-pretenuring'),
    ).toBeNull();
  });

  it.runIf(process.versions.v8.startsWith('11.'))('tunes V8 for a large folder and restores it', () => {
    const restore = tuneForScan(MIN_FILES);
    expect(restore).toBeTypeOf('function');
    restore?.();
  });
});

describe('a folder read with the tuning', () => {
  it('tunes around the reading on this thread alone, and restores V8 after it', async () => {
    const calls: string[] = [];
    const tune = (files: number): (() => void) => {
      calls.push(`tune ${files}`);
      return () => calls.push('restore');
    };
    const scanned = await scanFolder(folder(12), false, undefined, undefined, tune);
    expect(scanned.topics).toHaveLength(12);
    expect(calls).toEqual(['tune 12', 'restore']);
  });

  it('tunes nothing for a folder that cannot be listed', async () => {
    const calls: string[] = [];
    const tune = (): (() => void) => () => calls.push('restore');
    await expect(scanFolder(join(tempDir(), 'missing'), false, undefined, undefined, tune)).rejects.toThrow();
    expect(calls).toEqual([]);
  });

  it('gives the index and topics of a reading without it', async () => {
    const dir = folder(MIN_FILES);
    const patterns = (): Promise<readonly string[]> => Promise.resolve(['leg', 'weak', 'cramp']);
    const plain = await openLibrary(dir, { search: true, patterns }, PLACES);
    const tuned = await openLibrary(dir, { search: true, patterns }, { ...PLACES, tuneScan: tuneForScan });
    expect(tuned.topics).toEqual(plain.topics);
    const [a, b] = [await plain.index?.(), await tuned.index?.()];
    for (const term of ['leg', 'weak', 'cramp'])
      expect([...(b?.postings.get(term) ?? [])]).toEqual([...(a?.postings.get(term) ?? [])]);
    expect(b?.sections?.count).toBe(a?.sections?.count);
  });
});
