// A fake Io that records what osteo writes, for in-process CLI tests.
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';
import type { Io, PageResult } from '../../src/io/process.js';
import type { LineReader } from '../../src/io/lines.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/content', import.meta.url));

export interface FakeIo extends Io {
  stdout: string;
  stderr: string;
  /** What went to the pager, and with which command. */
  paged: { text: string; command: string }[];
}

export interface FakeIoOptions {
  env?: Record<string, string>;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
  hyperlinks?: boolean;
  /** What the fake pager reports; `unavailable` makes osteo print directly. */
  pager?: PageResult;
  /**
   * Lines typed at a terminal (osteo ask), each echoed after its prompt as a terminal shows it;
   * CTRL_C leaves as Ctrl-C does, the end of the list as Ctrl-D. Absent: not a terminal.
   */
  input?: string[];
}

export const CTRL_C = '\u0003';

export function fakeIo(opts: FakeIoOptions = {}): FakeIo {
  const io: FakeIo = {
    stdout: '',
    stderr: '',
    paged: [],
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
    columns: opts.columns,
    rows: opts.rows,
    hyperlinks: () => Promise.resolve(opts.hyperlinks ?? false),
    page: (text, command) => {
      io.paged.push({ text, command });
      return Promise.resolve(opts.pager ?? 'shown');
    },
    lines: () => Promise.resolve(opts.input ? scriptedLines(io, [...opts.input]) : null),
  };
  return io;
}

function scriptedLines(io: FakeIo, typed: string[]): LineReader {
  let interrupted = false;
  return {
    read(prompt) {
      const line = typed.shift();
      if (line === undefined || line === CTRL_C) {
        interrupted = line === CTRL_C;
        io.stdout += `${prompt}${interrupted ? '^C' : ''}`;
        return Promise.resolve(null);
      }
      io.stdout += `${prompt}${line}\n`;
      return Promise.resolve(line);
    },
    get interrupted() {
      return interrupted;
    },
    close: () => undefined,
  };
}

/** Run the whole CLI in-process; by default on the small fixture library. */
export async function osteo(
  argv: string[],
  opts: FakeIoOptions & { contentDir?: string | null } = {},
): Promise<{ code: number; stdout: string; stderr: string; paged: FakeIo['paged'] }> {
  const io = fakeIo(opts);
  const dir = opts.contentDir === undefined ? FIXTURES : opts.contentDir;
  const code = await run(dir === null ? argv : ['--content-dir', dir, ...argv], io);
  return { code, stdout: io.stdout, stderr: io.stderr, paged: io.paged };
}

export const ESC = '\u001B';
