// Scripted keys for the interactive commands, in-process: each key with the time it "arrived",
// so a timer can be tested to the millisecond without waiting.
import { run } from '../../src/cli.js';
import type { Key, Keys } from '../../src/io/keys.js';
import { fakeIo, type FakeIoOptions } from './io.js';

export interface ScriptedKeys extends Keys {
  closed: boolean;
  /** How many keys were read. */
  read: number;
}

/** Keys by name ("y", "enter", "ctrl-c"), or [name, at] with the time in ms; then input ends. */
export function scriptedKeys(keys: (string | [string, number])[]): ScriptedKeys {
  const queue: Key[] = keys.map((k, i) =>
    typeof k === 'string' ? { name: k, at: i * 100 } : { name: k[0], at: k[1] },
  );
  const scripted: ScriptedKeys = {
    closed: false,
    read: 0,
    next: () => {
      scripted.read += 1;
      return Promise.resolve(queue.shift() ?? { name: 'end', at: Number.MAX_SAFE_INTEGER });
    },
    close: () => {
      scripted.closed = true;
    },
  };
  return scripted;
}

/**
 * Run osteo in-process on a "terminal" whose keyboard gives `keys` (null: stdin is not a
 * terminal), with no colour unless `env` asks. With `stdoutTTY: false`, stdout is redirected and the questions go to stderr.
 */
export async function osteoAt(
  argv: string[],
  keys: ScriptedKeys | null,
  opts: FakeIoOptions & { stdoutTTY?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string; opened: number }> {
  let opened = 0;
  const io = Object.assign(
    fakeIo({ isTTY: opts.stdoutTTY ?? true, columns: 80, ...opts, env: { NO_COLOR: '1', ...opts.env } }),
    {
      openKeys: () => {
        opened += 1;
        return keys;
      },
    },
  );
  const code = await run(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr, opened };
}
