// The process edge: what osteo may know about its process (streams, terminal, size, environment)
// and the only code that writes. Decisions made from these facts are in output.ts.
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OutputError } from '../errors.js';
import { openTerminalKeys, type Keys } from './keys.js';
import type { LineReader } from './lines.js';
import { runPager } from './pager.js';
import { tuneForList } from './list-run.js';
import { tuneForScan } from './scan-run.js';
import { tuneForShortRun } from './short-run.js';

// Node built-ins loaded when first needed, not imported at start: node:tty brings in Node's whole
// stream and socket stack. require(), not import(): the CLI runs as one script, which has no
// module loader (bin/load-bundle.js).
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
  /**
   * This run answers one question from the shipped topics, so it is short: the process tunes V8
   * for that (io/short-run.ts). Absent from an Io that is not a process of its own.
   */
  shortRun?: (() => void) | undefined;
  /**
   * A folder of `files` topic files is about to be read on this thread: V8 tuned for that
   * (io/scan-run.ts); the function that restores its defaults, or null if nothing changed.
   */
  scanRun?: ((files: number) => (() => void) | null) | undefined;
  /**
   * A folder of `files` topic files is about to be read on this thread to list them: V8 tuned for
   * the rest of the run (io/list-run.ts).
   */
  listRun?: ((files: number) => void) | undefined;
}

/**
 * `shown`, or `interrupted` by Ctrl-C, or `unavailable`: the pager could not start, was refused
 * (Node's permission model) or failed; the caller then prints the text itself.
 */
export type PageResult = 'shown' | 'interrupted' | 'unavailable';

export function createProcessIo(): Io {
  const isTTY = isTerminal(1);
  // process.stdout is made only for a terminal, where its size is needed: for a pipe or a file,
  // Node would load its whole stream and socket stack (a tenth of start-up) to write one string.
  const terminal = isTTY ? process.stdout : undefined;
  const closed = new Set<number>();
  return {
    out: (text) => {
      writeAll(1, text, closed);
    },
    err: (text) => {
      // Nowhere is left to report a failure to write an error: drop it (the exit code still says).
      try {
        writeAll(2, text, closed);
      } catch {
        closed.add(2);
      }
    },
    env: process.env,
    isTTY,
    columns: terminal?.columns,
    rows: terminal?.rows,
    hyperlinks: async () => (await import('supports-hyperlinks')).default.supportsHyperlink(process.stdout),
    page: (text, command) => runPager(text, command),
    openKeys: () => (isTerminal(0) ? openTerminalKeys() : null),
    lines: async () => (await import('./lines.js')).openTerminalLines(),
    shortRun: () => {
      tuneForShortRun();
    },
    scanRun: (files) => tuneForScan(files),
    listRun: (files) => {
      tuneForList(files);
    },
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

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Write all of `text` to `fd` before returning, as a terminal tool should. A full non-blocking
 * pipe (EAGAIN) is waited on. A reader that has gone (EPIPE, as in `osteo topics | head -1`) is
 * not an error: the rest of the output is dropped and the command keeps its own exit code. Any
 * other failure (a full disk, a device error) is an OutputError: exit 74.
 */
function writeAll(fd: number, text: string, closed: Set<number>): void {
  if (closed.has(fd)) return;
  let bytes = Buffer.from(text);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(PAUSE, 0, 0, 1);
        continue;
      }
      closed.add(fd);
      if (code === 'EPIPE') return;
      throw new OutputError(fd === 1 ? 'standard output' : 'standard error', error);
    }
  }
}
