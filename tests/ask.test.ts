// `osteo ask` for real: the built bin in a pseudo-terminal (util-linux `script`) and in tmux,
// typing as a person does and waiting for what the screen shows (never for a fixed time).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/osteo.js', import.meta.url));
const CONTENT = fileURLToPath(new URL('../content', import.meta.url));
const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', NO_COLOR: '1' };
for (const name of ['NODE_EXTRA_CA_CERTS', 'FORCE_COLOR', 'OSTEO_CONTENT_DIR']) Reflect.deleteProperty(env, name);
const ASK = `"${process.execPath}" "${BIN}" ask`;
const ESCAPES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007]*\u0007|\r/g;

/** Resolves when `read()` matches `pattern`, checking each time `onChange` says there is more. */
function waitFor(
  read: () => string,
  pattern: RegExp,
  onChange: (check: () => void) => () => void,
  ms = 20_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for ${String(pattern)}; the screen showed:\n${read()}`));
    }, ms);
    const check = (): void => {
      const text = read();
      if (!pattern.test(text)) return;
      clearTimeout(timer);
      stop();
      resolve(text);
    };
    const stop = onChange(check);
    check();
  });
}

describe.runIf(has('script'))('osteo ask in a pseudo-terminal', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.exitCode === null) child.kill();
  });

  function start(extra = ''): {
    output: () => string;
    type: (keys: string) => void;
    exit: Promise<number | null>;
    until: (p: RegExp) => Promise<string>;
  } {
    const proc = spawn('script', ['-qfec', `stty rows 30 cols 80; ${ASK}${extra}`, '/dev/null'], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child = proc;
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const output = (): string => out.replace(ESCAPES, '');
    const exit = new Promise<number | null>((resolve) => proc.on('close', resolve));
    const until = (pattern: RegExp): Promise<string> =>
      waitFor(output, pattern, (check) => {
        proc.stdout.on('data', check);
        return () => proc.stdout.off('data', check);
      });
    return { output, type: (keys) => proc.stdin.write(keys), exit, until };
  }

  it('asks, answers, opens answer 2, and leaves on Ctrl-D with 0', async () => {
    const s = start();
    await s.until(/Your question: $/);
    s.type('why are my legs tired\r');
    const answer = await s.until(/More answers\n(?:.*\n)+?General information[^\n]*\n[^\n]*\n\nYour question: $/);
    const [, label = ''] = /\n2\. (.+?) {2}osteo explain/.exec(answer) ?? [];
    expect(label).not.toBe('');
    s.type('2\r');
    await s.until(new RegExp(`Your question: 2\\n[^\\n]*› ${label}\\n(?:.*\\n)+?\\nYour question: $`));
    s.type('\u0004');
    expect(await s.exit).toBe(0);
  });

  it('shows the emergency banner for an urgent question', async () => {
    const s = start();
    await s.until(/Your question: $/);
    s.type('she fell and cant get up\r');
    await s.until(/she fell and cant get up\n╭─ Emergency ─+\n│ Call 999/);
    s.type('q\r');
    expect(await s.exit).toBe(0);
  });

  it('a topic edited during a session over an indexed folder: still answered, no internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osteo-ask-'));
    try {
      cpSync(CONTENT, dir, { recursive: true });
      expect(spawnSync(process.execPath, [BIN, 'index', dir], { env }).status).toBe(0);
      const s = start(` --content-dir "${dir}"`);
      await s.until(/Your question: $/);
      // The index no longer holds for fractures.md once it is edited.
      appendFileSync(join(dir, 'fractures.md'), '\nA line added while osteo ask runs.\n');
      s.type('broken wrist\r');
      await s.until(/broken wrist\n(?:.*\n)+?Your question: $/);
      s.type('q\r');
      expect(await s.exit).toBe(0);
      expect(s.output()).not.toMatch(/internal error|changed since it was indexed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Ctrl-C leaves at once, with 130', async () => {
    const s = start();
    await s.until(/Your question: $/);
    s.type('half a question');
    await s.until(/half a question$/);
    s.type('\u0003');
    expect(await s.exit).toBe(130);
    expect(s.output()).not.toMatch(/Error|at .+:\d+:\d+/);
  });

  it('without a terminal: a usage error, exit 2', () => {
    const r = spawnSync(process.execPath, [BIN, 'ask'], { env, input: 'weak legs\n', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^osteo: ask needs a terminal/);
  });
});

describe.runIf(has('tmux'))('osteo ask in tmux', () => {
  // A server of its own for each test, so nothing else running in tmux is touched.
  let socket = '';
  const tmux = (...args: string[]): string =>
    spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env }).stdout;
  afterEach(() => {
    tmux('kill-server');
  });

  /** The screen, polled until it matches (tmux has no event to wait on). */
  const screen = (pattern: RegExp): Promise<string> =>
    waitFor(
      () => tmux('capture-pane', '-p', '-t', 'ask'),
      pattern,
      (check) => {
        const poll = setInterval(check, 50);
        return () => clearInterval(poll);
      },
    );

  it.each([80, 40])('an exchange at %i columns, with history on the Up arrow', async (columns) => {
    socket = `osteo-ask-test-${process.pid}-${columns}`;
    tmux('new-session', '-d', '-s', 'ask', '-x', String(columns), '-y', '30', `${ASK}; echo "exit=$?"; sleep 30`);
    await screen(/Your question:\s*$/m);
    tmux('send-keys', '-t', 'ask', 'weak legs', 'Enter');
    const answer = await screen(/More answers\n2\. (?:.*\n)+?\nYour question:\s*$/);
    for (const line of answer.split('\n'))
      if (line.trim().includes(' ')) expect(line.length).toBeLessThanOrEqual(columns);
    tmux('send-keys', '-t', 'ask', 'Up');
    await screen(/Your question: weak legs\s*$/);
    tmux('send-keys', '-t', 'ask', 'C-u', 'q', 'Enter');
    await screen(/exit=0/);
  });
});
