// Lines typed at the terminal, for `osteo ask`: Node's readline, which gives the prompt, line
// editing and history with the arrow keys. Part of the process edge (with io.ts): loaded only
// when a session starts, so no other command pays for node:readline.
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

export interface LineReader {
  /**
   * The next line typed after `prompt` (lines typed ahead or pasted wait their turn); null when
   * the person leaves: Ctrl-D, or Ctrl-C, which also sets `interrupted`.
   */
  read(prompt: string): Promise<string | null>;
  readonly interrupted: boolean;
  close(): void;
}

/** A reader of the terminal, or null when stdin or stdout is not one (a pipe, a file). */
export function openTerminalLines(): LineReader | null {
  const tty = requireBuiltin('node:tty') as typeof import('node:tty');
  if (!tty.isatty(0) || !tty.isatty(1)) return null;
  const readline = requireBuiltin('node:readline') as typeof import('node:readline');
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    historySize: 200,
    removeHistoryDuplicates: true,
  });
  const typed: string[] = [];
  let waiting: ((line: string | null) => void) | null = null;
  let closed = false;
  let interrupted = false;
  const hand = (line: string | null): void => {
    const resolve = waiting;
    waiting = null;
    resolve?.(line);
  };
  rl.on('line', (line) => {
    if (waiting) hand(line);
    else typed.push(line);
  });
  // With a listener, readline hands Ctrl-C to it instead of pausing; osteo takes it as "leave".
  rl.on('SIGINT', () => {
    interrupted = true;
    rl.close();
  });
  rl.on('close', () => {
    closed = true;
    hand(null);
  });
  return {
    read(prompt) {
      const next = typed.shift();
      if (next !== undefined) return Promise.resolve(next);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => {
        waiting = resolve;
        rl.setPrompt(prompt);
        rl.prompt();
      });
    },
    get interrupted() {
      return interrupted;
    },
    close() {
      rl.close();
    },
  };
}
