// The pager, part of the process edge: osteo's text piped into a program the user chose (or less),
// with Ctrl-C left to the pager while osteo waits for it.
import { createRequire } from 'node:module';
import type { PageResult } from './process.js';

const requireBuiltin = createRequire(import.meta.url);

/**
 * Pipe `text` into the pager `command` (a shell command line). Ctrl-C reaches the pager and osteo
 * alike: osteo waits for the pager to restore the terminal and close, then reports the interrupt.
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
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
    child.on('error', () => {
      finish('unavailable');
    });
    // A pager quit early (q) closes its input: that is not an error.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      // The shell says 127 when it cannot find the pager program.
      if (code === 127) finish('unavailable');
      else finish(interrupted ? 'interrupted' : 'shown');
    });
    child.stdin.end(text);
  });
}
