// One question on the shipped topics tunes V8 for a short run (src/io/short-run.ts); a folder of
// the user's own keeps V8's defaults. Seen from outside, in spawned runs of the real bin: the
// young generation stays at its starting size (1 MB a half), and one full collection follows
// start-up, only when tuned.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tuneForShortRun } from '../../src/io/short-run.js';
import { runBin } from '../helpers/run.js';

const scratch = mkdtempSync(join(tmpdir(), 'osteo-short-run-'));
const hook = join(scratch, 'new-space.cjs');
const report = join(scratch, 'new-space');
writeFileSync(
  hook,
  `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, String(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)));\n`,
);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The young generation's size (both halves) at the end of `osteo ...args`, in MB. */
function youngGenerationMb(args: string[]): number {
  rmSync(report, { force: true });
  const r = runBin(args, { env: { NODE_OPTIONS: `--require ${hook}`, OSTEO_CACHE: '0' } });
  expect(r.code).toBe(0);
  return Number(readFileSync(report, 'utf8')) / 2 ** 20;
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

describe('a short run', () => {
  it.runIf(process.versions.v8.startsWith('11.'))(
    'a search of the shipped topics keeps the young generation small',
    () => {
      expect(youngGenerationMb(['search', 'thigh pain on alendronate', '--json'])).toBe(2);
    },
  );

  it.runIf(process.versions.v8.startsWith('11.'))(
    'a search of the shipped topics collects its start-up garbage once',
    () => {
      expect(majorCollections(['search', 'weak legs'])).toBe(1);
    },
  );

  it("a search of a folder of the user's own keeps V8's defaults, and grows it", () => {
    const folder = join(scratch, 'topics');
    cpSync(fileURLToPath(new URL('../../content', import.meta.url)), folder, { recursive: true });
    const args = ['search', '--content-dir', folder, 'thigh pain on alendronate', '--json'];
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
