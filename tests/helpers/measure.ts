// The real bin run as a user would, with its wall time and peak memory, for the tests of costly
// input: each must end with a documented exit code, in under 5 s and 500 MB, calmly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { logCase } from './run.js';

const BIN = fileURLToPath(new URL('../../bin/osteo.js', import.meta.url));
const TIME = '/usr/bin/time';
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const env = { ...process.env };
for (const name of ['NODE_EXTRA_CA_CERTS', 'OSTEO_CONTENT_DIR', 'FORCE_COLOR', 'NO_COLOR'])
  Reflect.deleteProperty(env, name);

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  megabytes: number;
}

/** The real bin, with its wall time and peak memory (GNU time, where installed); killed after 30 s. */
export function measure(args: readonly string[]): Measured {
  const gnuTime = existsSync(TIME);
  const command = gnuTime ? [TIME, '-f', '@@%e %M', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const started = performance.now();
  const r = spawnSync(command[0] ?? '', command.slice(1), {
    encoding: 'utf8',
    env,
    timeout: 30_000,
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  const [, kb = '0'] = /@@[\d.]+ (\d+)\n?$/.exec(r.stderr) ?? [];
  // GNU time's own lines: its figures, and a note on how the command ended.
  const stderr = r.stderr
    .replace(/@@[\d.]+ \d+\n?$/, '')
    .replace(/^Command (?:exited with non-zero status|terminated by signal) \d+\n/m, '');
  return { code: r.status, stdout: r.stdout, stderr, seconds, megabytes: Number(kb) / 1024 };
}

/** As run.ts's expectCalmExit: with OSTEO_CASE_LOG set, each case's figures are added to that file. */
export function expectCalm(r: Measured, codes: number[]): void {
  logCase(r.code, r.seconds * 1000, r.megabytes);
  expect(codes, `exit ${String(r.code)}: ${r.stderr.slice(0, 300)}`).toContain(r.code);
  expect(r.seconds).toBeLessThan(5);
  expect(r.megabytes).toBeLessThan(500);
  expect(r.stdout).not.toMatch(CONTROL);
  expect(r.stderr).not.toMatch(CONTROL);
  expect(r.stderr).not.toMatch(/internal error|Please report|\n\s+at /);
}
