// The pager, part of the process edge: osteo's text piped into a program the user chose (or less),
// with Ctrl-C left to the pager while osteo waits for it.
import { createRequire } from 'node:module';
import type { PageResult } from './process.js';

const requireBuiltin = createRequire(import.meta.url);

/**
 * Pipe `text` into the pager `command` (a shell command line). Ctrl-C reaches the pager and osteo
 * alike: osteo waits for the pager to restore the terminal and close, then reports the interrupt.
 * A pager that cannot start (not found, not executable, refused by Node's permission model) or
 * that fails (exits non-zero without an interrupt) is `unavailable`: the caller prints instead.
 */
export function runPager(text: string, command: string): Promise<PageResult> {
  const { spawn } = requireBuiltin('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    let interrupted = false;
    const onSigint = (): void => {
      interrupted = true;
    };
    process.on('SIGINT', onSigint);
    const finish = (result: PageResult): void => {
      process.off('SIGINT', onSigint);
      resolve(result);
    };
    // LESS=FRX, as git sets it, so a bare PAGER=less still shows colours and quits on one screen.
    const env = { ...process.env, LESS: process.env.LESS ?? 'FRX' };
    let child;
    try {
      child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
    } catch {
      // Node's permission model refuses child processes by throwing, not by an 'error' event.
      finish('unavailable');
      return;
    }
    child.on('error', () => {
      finish('unavailable');
    });
    // A pager quit early (q) closes its input: that is not an error.
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => {
      if (interrupted || signal === 'SIGINT') finish('interrupted');
      // The shell says 127 when it cannot find the pager, 126 when it cannot run it.
      else if (code !== 0) finish('unavailable');
      else finish('shown');
    });
    child.stdin.end(text);
  });
}
