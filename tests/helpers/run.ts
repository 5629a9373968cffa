// Runs the real bin as a separate process and measures it: exit code, output, wall time and
// peak memory (GNU time). A run that would hang is killed after a limit and reported as such,
// so a test fails instead of waiting forever. `asNobody` runs it as a real non-root user, for
// tests where file permissions matter (root reads anything).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/osteo.js', import.meta.url));
const GNU_TIME = '/usr/bin/time';

export interface Measured {
  code: number | null;
  /** The signal that ended it, if one did (SIGKILL after the time limit). */
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory, in MB; NaN without GNU time. */
  mb: number;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Kill it after this long: a hang is a failure, not a stuck test run. */
  limitMs?: number;
  asNobody?: boolean;
  bin?: string;
  /** Options for Node itself, before the bin (`--trace-gc`). */
  nodeArgs?: string[];
}

/** Whether runs can be made as a real non-root user: we are one, or root with setpriv. */
export function canRunAsNobody(): boolean {
  return process.getuid?.() !== 0 || existsSync('/usr/bin/setpriv');
}

export function runBin(args: string[], options: RunOptions = {}): Measured {
  const env = { ...process.env };
  for (const name of ['NODE_EXTRA_CA_CERTS', 'OSTEO_CONTENT_DIR', 'FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS'])
    Reflect.deleteProperty(env, name);
  const scratch = mkdtempSync(join(tmpdir(), 'osteo-run-'));
  const timeFile = join(scratch, 'time');
  let command = [process.execPath, ...(options.nodeArgs ?? []), options.bin ?? BIN, ...args];
  if (options.asNobody && process.getuid?.() === 0)
    command = ['/usr/bin/setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', ...command];
  if (existsSync(GNU_TIME)) command = [GNU_TIME, '-f', '%M', '-o', timeFile, ...command];
  const started = performance.now();
  const r = spawnSync(command[0] ?? '', command.slice(1), {
    encoding: 'utf8',
    env: { ...env, ...options.env },
    timeout: options.limitMs ?? 10_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  let mb = Number.NaN;
  try {
    mb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) / 1024;
  } catch {
    // Killed before GNU time wrote it, or no GNU time.
  }
  rmSync(scratch, { recursive: true, force: true });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms, mb };
}

/**
 * What every hardening case promises: a documented exit code (never 70), under 5 s and 500 MB,
 * no stack trace. With OSTEO_CASE_LOG set to a file, each case's figures are added to it (a JSON
 * line), for the table of cases in a report.
 */
export function expectCalmExit(r: Measured, codes: readonly number[]): void {
  logCase(r.code, r.ms, r.mb);
  expect(r.signal, `killed: ${r.stderr}`).toBe(null);
  expect(codes, `exit ${String(r.code)}: ${r.stderr}`).toContain(r.code);
  expect(r.ms).toBeLessThan(5000);
  if (!Number.isNaN(r.mb)) expect(r.mb).toBeLessThan(500);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
}

/** With OSTEO_CASE_LOG set to a file, add one case's figures to it as a JSON line (measure.ts logs through here too). */
export function logCase(code: number | null, ms: number, mb: number): void {
  const log = process.env.OSTEO_CASE_LOG;
  if (!log) return;
  const line = { test: expect.getState().currentTestName, code, ms: Math.round(ms), mb: Math.round(mb) };
  appendFileSync(log, `${JSON.stringify(line)}\n`);
}
