// The built bin in a pseudo-terminal (util-linux `script`), driven key by key: wait for text on
// the screen, then press keys. Waiting is on output events, never on sleeps.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/osteo.js', import.meta.url));

export const hasScript = spawnSync('script', ['--version']).status === 0;

// A test that failed while osteo waited for a key leaves it running: end it with its terminal.
const running = new Set<ReturnType<typeof spawn>>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

export interface Terminal {
  /** Everything shown so far, escape sequences removed and CR LF as LF. */
  readonly screen: string;
  /** Resolves once `text` is on the screen after what earlier waits consumed; rejects after `ms`. */
  waitFor(text: string | RegExp, ms?: number): Promise<void>;
  /** Press keys: the bytes a terminal sends for them ("y", "\r" for Enter, "\u0003" for Ctrl-C). */
  press(keys: string): void;
  /** The exit code of osteo itself (script -e passes it on). */
  exit: Promise<number | null>;
}

const ESCAPES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

/**
 * osteo with `args` in a terminal `cols` wide. `stdoutTo`: a file for osteo's stdout (the screen
 * keeps stderr). `after`: a shell command run in the terminal once osteo ends (its exit code kept).
 */
export function inTerminal(
  args: string[],
  opts: { cols?: number; env?: Record<string, string>; stdoutTo?: string; after?: string } = {},
): Terminal {
  const quote = (a: string): string => `'${a.replace(/'/g, `'\\''`)}'`;
  const osteo =
    [process.execPath, BIN, ...args].map(quote).join(' ') + (opts.stdoutTo ? ` > ${quote(opts.stdoutTo)}` : '');
  const line = opts.after ? `${osteo}; code=$?; ${opts.after}; exit $code` : `exec ${osteo}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    TERM: 'xterm-256color',
    NO_COLOR: '1',
    ...opts.env,
  };
  for (const name of ['NODE_EXTRA_CA_CERTS', 'FORCE_COLOR', 'OSTEO_CONTENT_DIR'])
    if (!opts.env || !(name in opts.env)) Reflect.deleteProperty(env, name);
  const child = spawn('script', ['-qfec', `stty cols ${opts.cols ?? 80} rows 40; ${line}`, '/dev/null'], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  let raw = '';
  let consumed = 0;
  let closed = false;
  const waiters = new Set<() => void>();
  const text = (): string => raw.replace(ESCAPES, '').replace(/\r\n/g, '\n');
  child.stdout.on('data', (chunk: Buffer) => {
    raw += chunk.toString();
    for (const check of [...waiters]) check();
  });
  const exit = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      closed = true;
      running.delete(child);
      for (const check of [...waiters]) check();
      resolve(code);
    }),
  );
  return {
    get screen() {
      return text();
    },
    waitFor(wanted, ms = 10_000) {
      return new Promise((resolve, reject) => {
        const fail = (why: string): void => {
          clearTimeout(timer);
          waiters.delete(check);
          reject(new Error(`${why} waiting for ${String(wanted)}; the screen ends:\n${text().slice(-600)}`));
        };
        const timer = setTimeout(() => {
          fail(`timed out after ${ms} ms`);
        }, ms);
        function check(): void {
          const rest = text().slice(consumed);
          const found =
            typeof wanted === 'string'
              ? { at: rest.indexOf(wanted), length: wanted.length }
              : ((m) => ({ at: m?.index ?? -1, length: m?.[0].length ?? 0 }))(wanted.exec(rest));
          if (found.at < 0) {
            if (closed) fail('osteo exited');
            return;
          }
          consumed += found.at + found.length;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        }
        waiters.add(check);
        check();
      });
    },
    press(keys) {
      child.stdin.write(keys);
    },
    exit,
  };
}
