// One question on the shipped topics tunes V8 for a short run (src/io/short-run.ts); a folder of
// the user's own keeps V8's defaults. Seen from outside, in spawned runs of the real bin: the
// young generation stays at its starting size (1 MB a half), only when tuned; and no large string
// is left behind that only a full collection would free.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tuneForShortRun } from '../../src/io/short-run.js';
import { BUILT_TRIAGE } from '../../src/paths.js';
import { runBin } from '../helpers/run.js';

const BUNDLE = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'osteo-short-run-'));
const hook = join(scratch, 'new-space.cjs');
const report = join(scratch, 'new-space');
writeFileSync(
  hook,
  `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(require('node:v8').getHeapSpaceStatistics())));\n`,
);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The heap space's `space_size` and `space_used_size` at the end of `osteo ...args`, in bytes. */
function spaceAtExit(args: string[], space: string): { size: number; used: number } {
  rmSync(report, { force: true });
  const r = runBin(args, { env: { NODE_OPTIONS: `--require ${hook}`, OSTEO_CACHE: '0' } });
  expect(r.code).toBe(0);
  const spaces = JSON.parse(readFileSync(report, 'utf8')) as {
    space_name: string;
    space_size: number;
    space_used_size: number;
  }[];
  const found = spaces.find((s) => s.space_name === space);
  if (!found) throw new Error(`no heap space ${space}`);
  return { size: found.space_size, used: found.space_used_size };
}

/** The young generation's size (both halves) at the end of `osteo ...args`, in MB. */
function youngGenerationMb(args: string[]): number {
  return spaceAtExit(args, 'new_space').size / 2 ** 20;
}

/** What `space` holds at the end of `osteo ...args`, in bytes. */
function spaceUsed(args: string[], space: string): number {
  return spaceAtExit(args, space).used;
}

/**
 * How many full (mark-compact) garbage collections `osteo ...args` asked for by hand, as V8 traces
 * them: gc() is traced as "testing". V8's own (an incremental marking it finishes, "via task")
 * come when a loaded machine slows the run, and are not the program's doing.
 */
function majorCollections(args: string[]): number {
  const r = runBin(args, { env: { OSTEO_CACHE: '0' }, nodeArgs: ['--trace-gc'] });
  expect(r.code).toBe(0);
  return r.stdout.split('\n').filter((line) => line.includes(': Mark-Compact ') && line.includes(' testing')).length;
}

/** How many regular expressions `osteo ...args` compiled a second time, to machine code (V8's trace). */
function tierUps(args: string[]): number {
  const r = runBin(args, { env: { OSTEO_CACHE: '0' }, nodeArgs: ['--trace-regexp-tier-up'] });
  expect(r.code).toBe(0);
  return r.stdout.split('\n').filter((line) => line.includes('needs tier-up compilation')).length;
}

describe('a short run', () => {
  it.runIf(process.versions.v8.startsWith('11.'))(
    'a search of the shipped topics keeps the young generation small',
    () => {
      expect(youngGenerationMb(['search', 'thigh pain on alendronate', '--json'])).toBe(2);
    },
  );

  it.runIf(process.versions.v8.startsWith('11.'))(
    'a search of the shipped topics asks for no collection, and leaves no large string but the bundle and the rules',
    () => {
      expect(majorCollections(['search', 'weak legs'])).toBe(0);
      // Bare Node holds about 0.25 MB there. A bundle wrapped at run time left its text a second
      // time (0.7 MB), and the bodies read whole their file's (0.3 MB).
      const expected = statSync(BUNDLE).size + statSync(BUILT_TRIAGE).size + 384 * 1024;
      expect(spaceUsed(['search', 'weak legs'], 'large_object_space')).toBeLessThan(expected);
    },
  );

  it.runIf(process.versions.v8.startsWith('11.'))(
    'a search of the shipped topics compiles a regular expression once, not again for its second use',
    () => {
      // Those compiled again before the flags are set: about 10 (92 with V8's defaults).
      expect(tierUps(['search', 'weak legs'])).toBeLessThan(30);
    },
  );

  it("a search of a folder of the user's own keeps V8's defaults, and grows it", () => {
    const folder = join(scratch, 'topics');
    cpSync(fileURLToPath(new URL('../../content', import.meta.url)), folder, { recursive: true });
    const args = ['search', '--content-dir', folder, 'thigh pain on alendronate', '--json'];
    expect(tierUps(args)).toBeGreaterThan(30);
    expect(youngGenerationMb(args)).toBeGreaterThan(2);
    // Nor is it collected by hand: a large folder's scan would pay for it in time.
    expect(majorCollections(args)).toBe(0);
  });

  it('a question pages long keeps V8 defaults: TurboFan pays for itself there', () => {
    const words = 'tired weak legs and thigh pain on alendronate '.repeat(50).trim().split(' ');
    expect(words.join(' ').length).toBeGreaterThan(2000);
    expect(youngGenerationMb(['search', ...words])).toBeGreaterThan(2);
  });

  it('another V8 keeps its defaults: its flags are not ours to guess', () => {
    expect(tuneForShortRun('12.4.254.21-node.33')).toBe(false);
  });
});
