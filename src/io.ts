// The one output edge: what osteo may know about the process (streams, TTY, columns, env) and
// the decisions made from it once per run: colour, width, hyperlinks, paging. Nothing else writes.
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openTerminalKeys, type Keys } from './io/keys.js';
import type { LineReader } from './io/lines.js';

// Node built-ins loaded when first needed, not imported at start: node:tty and node:child_process
// bring in Node's whole stream and socket stack. require(), not import(): the CLI runs as one
// script, which has no module loader (bin/load-bundle.js).
const requireBuiltin = createRequire(import.meta.url);

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** The terminal's width and height, when stdout is a terminal that reports them. */
  columns: number | undefined;
  rows: number | undefined;
  /** Whether the terminal on stdout shows OSC 8 hyperlinks (asked only when colour is on). */
  hyperlinks(): Promise<boolean>;
  /** Show `text` through the pager `command` (a shell command line); see PageResult. */
  page(text: string, command: string): Promise<PageResult>;
  /**
   * The keys typed at the terminal on stdin, for interactive commands (osteo selfcheck); null
   * when stdin is not a terminal. Absent from an Io with no keyboard at all.
   */
  openKeys?: (() => Keys | null) | undefined;
  /** Lines typed at the terminal (`osteo ask`); null when stdin or stdout is not a terminal. */
  lines(): Promise<LineReader | null>;
}

/** `shown`, or `interrupted` by Ctrl-C, or `unavailable` (the pager would not start: print directly). */
export type PageResult = 'shown' | 'interrupted' | 'unavailable';

export function createProcessIo(): Io {
  const isTTY = isTerminal(1);
  // process.stdout is made only for a terminal, where its size is needed: for a pipe or a file,
  // Node would load its whole stream and socket stack (a tenth of start-up) to write one string.
  const terminal = isTTY ? process.stdout : undefined;
  return {
    out: (text) => writeAll(1, text),
    err: (text) => writeAll(2, text),
    env: process.env,
    isTTY,
    columns: terminal?.columns,
    rows: terminal?.rows,
    hyperlinks: async () => (await import('supports-hyperlinks')).default.supportsHyperlink(process.stdout),
    page: runPager,
    openKeys: () => (isTerminal(0) ? openTerminalKeys() : null),
    lines: async () => (await import('./io/lines.js')).openTerminalLines(),
  };
}

/** Whether `fd` is a terminal, asking node:tty only about character devices (pipes and files are not). */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (requireBuiltin('node:tty') as typeof import('node:tty')).isatty(fd);
}

/**
 * Write all of `text` to `fd` before returning, as a terminal tool should. A full non-blocking
 * pipe (EAGAIN) is waited on; a reader that has gone (EPIPE, as in `osteo topics | head -1`)
 * ends osteo quietly with success, as pipe tools do.
 */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(PAUSE, 0, 0, 1);
    }
  }
}

/**
 * Pipe `text` into the pager. Ctrl-C reaches the pager and osteo alike: osteo waits for the
 * pager to restore the terminal and close, then reports the interrupt (exit 130).
 */
function runPager(text: string, command: string): Promise<PageResult> {
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

export interface OutputFlags {
  color?: boolean | undefined;
  width?: number | undefined;
  plain?: boolean | undefined;
  /** --no-pager gives false. */
  pager?: boolean | undefined;
}

export interface Output {
  color: boolean;
  plain: boolean;
  width: number;
  hyperlinks: boolean;
  /**
   * Show a command's output on stdout, through the pager when it is `pageable` and longer than
   * the terminal. Without colour every escape sequence is removed, whatever produced it.
   * Resolves to 130 if the user pressed Ctrl-C in the pager, else to 0.
   */
  show(text: string, pageable: boolean): Promise<number>;
}

/** The pager: OSTEO_PAGER, else PAGER, else less (-F: quit if one screen; -R: colours; -X: no clearing). */
export function pagerCommand(env: Io['env']): string {
  return env.OSTEO_PAGER || env.PAGER || 'less -FRX';
}

export const DEFAULT_WIDTH = 80;
export const MAX_AUTO_WIDTH = 100;

/**
 * Colour, decided once: --color/--no-color, then FORCE_COLOR (which, as in Node, beats
 * NO_COLOR), then NO_COLOR, then whether stdout is a terminal that is not "dumb".
 */
export function decideColor(flag: boolean | undefined, env: Io['env'], isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/** --width, else the terminal's columns capped at 100 (long lines are hard to read), else 80. */
export function decideWidth(flag: number | undefined, columns: number | undefined): number {
  if (flag !== undefined) return flag;
  if (columns !== undefined && columns > 0) return Math.min(columns, MAX_AUTO_WIDTH);
  return DEFAULT_WIDTH;
}

// CSI sequences (colours) and OSC sequences (hyperlinks), as osteo's own styling writes them.
const ESCAPES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

export function stripEscapes(text: string): string {
  return text.replace(ESCAPES, '');
}

// C0 and C1 controls (ESC among them) and the bidirectional overrides that can make text
// display other than it reads.
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text the user typed, made safe to echo in a one-line message: no control characters or
 * escape sequences, and no longer than `max` characters.
 */
export function printable(text: string, max = 80): string {
  const clean = stripEscapes(text).replace(UNPRINTABLE, '');
  // By code point, so a cut never splits a surrogate pair.
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

export async function createOutput(io: Io, flags: OutputFlags): Promise<Output> {
  const plain = flags.plain === true;
  const color = !plain && decideColor(flags.color, io.env, io.isTTY);
  return {
    color,
    plain,
    width: decideWidth(flags.width, io.columns),
    hyperlinks: color && io.isTTY && (await io.hyperlinks()),
    show: async (text, pageable) => {
      const clean = color ? text : stripEscapes(text);
      const long = io.rows !== undefined && clean.split('\n').length > io.rows;
      if (pageable && flags.pager !== false && io.isTTY && long) {
        const result = await io.page(clean, pagerCommand(io.env));
        if (result !== 'unavailable') return result === 'interrupted' ? 130 : 0;
      }
      io.out(clean);
      return 0;
    },
  };
}
