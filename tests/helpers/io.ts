// A fake Io that records what osteo writes, for in-process CLI tests.
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';
import type { Io } from '../../src/io.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/content', import.meta.url));

export interface FakeIo extends Io {
  stdout: string;
  stderr: string;
}

export function fakeIo(opts: { env?: Record<string, string>; isTTY?: boolean; columns?: number; hyperlinks?: boolean } = {}): FakeIo {
  const io: FakeIo = {
    stdout: '',
    stderr: '',
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
    columns: opts.columns,
    hyperlinks: () => Promise.resolve(opts.hyperlinks ?? false),
  };
  return io;
}

/** Run the whole CLI in-process; by default on the small fixture library. */
export async function osteo(
  argv: string[],
  opts: Parameters<typeof fakeIo>[0] & { contentDir?: string | null } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo(opts);
  const dir = opts.contentDir === undefined ? FIXTURES : opts.contentDir;
  const code = await run(dir === null ? argv : ['--content-dir', dir, ...argv], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

export const ESC = '\u001B';
