// Pipes, full devices and terminals: a reader that goes away ends nothing but osteo's writing (the
// command keeps its own exit code); a device that cannot be written is an I/O error, exit 74; dumb
// and narrow terminals stay readable. Exit codes are osteo's own, read with PIPESTATUS, not head's.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const BIN = fileURLToPath(new URL('../../bin/osteo.js', import.meta.url));
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const STACK = /\n\s+at .+:\d+:\d+/;
const env = { ...process.env };
for (const name of ['NODE_EXTRA_CA_CERTS', 'OSTEO_CONTENT_DIR', 'FORCE_COLOR', 'NO_COLOR'])
  Reflect.deleteProperty(env, name);
const quote = (args: readonly string[]): string => args.map((a) => `'${a}'`).join(' ');

/** `osteo args | reader` in bash with pipefail: what the reader printed, and osteo's own exit status. */
function piped(args: readonly string[], reader: string): { stdout: string; stderr: string; osteo: number } {
  const line = `set -o pipefail; "${process.execPath}" "${BIN}" ${quote(args)} | ${reader}; echo "osteo \${PIPESTATUS[0]}"`;
  const r = spawnSync('bash', ['-c', line], { encoding: 'utf8', env, maxBuffer: 1 << 24 });
  const [, status = ''] = /osteo (\d+)\n$/.exec(r.stdout) ?? [];
  return { stdout: r.stdout.replace(/osteo \d+\n$/, ''), stderr: r.stderr, osteo: Number(status) };
}

/** osteo with stdout (and stderr, if asked) into pipes whose reader closed before osteo started writing. */
function readerGone(args: readonly string[], both: boolean): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  if (both) child.stderr.destroy();
  let stderr = '';
  if (!both) child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

/** osteo with stdout (or stderr) on /dev/full, where every write fails with ENOSPC. */
function intoFull(
  args: readonly string[],
  stream: 'stdout' | 'stderr',
): { code: number | null; stdout: string; stderr: string } {
  const full = openSync('/dev/full', 'w');
  try {
    const stdio = stream === 'stdout' ? ['ignore', full, 'pipe'] : ['ignore', 'pipe', full];
    const r = spawnSync(process.execPath, [BIN, ...args], {
      env,
      stdio: stdio as ['ignore', number, 'pipe'],
      encoding: 'utf8',
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    closeSync(full);
  }
}

describe('a reader that goes away', () => {
  const temp = useTempDirs('pipe');
  // More than a pipe's 64 KB buffer, so osteo is still writing when `head` has gone.
  const big = temp();
  const paragraph = 'Weak legs and strong bones. '.repeat(40);
  writeFileSync(
    join(big, 'big.md'),
    `---\nid: big\ntitle: Big topic\n---\n${Array.from({ length: 300 }, () => paragraph).join('\n\n')}\n`,
  );
  // A folder that `check` finds errors in, with a report longer than the pipe's buffer.
  const failing = temp();
  for (let i = 0; i < 1500; i++)
    writeFileSync(join(failing, `t${i}.md`), `---\nid: t${i}\ntitle: Topic number ${i}\n---\nText.\n`);

  it.each([
    ['explain', ['--content-dir', big, 'explain', 'big']],
    ['topics', ['topics']],
    ['explain fractures', ['explain', 'fractures']],
  ])('%s | head -1: the first line, nothing on stderr, osteo exits 0', (_name, args) => {
    const full = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 24 });
    const r = piped(args, 'head -1');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${full.stdout.split('\n')[0] ?? ''}\n`);
    expect(r.osteo).toBe(0);
  });

  it('the big cases really overflow the pipe buffer', () => {
    const explain = spawnSync(process.execPath, [BIN, '--content-dir', big, 'explain', 'big'], {
      encoding: 'utf8',
      env,
      maxBuffer: 1 << 24,
    });
    expect(explain.stdout.length).toBeGreaterThan(65536);
    const check = spawnSync(process.execPath, [BIN, 'check', failing], { encoding: 'utf8', env, maxBuffer: 1 << 24 });
    expect(check.status).toBe(3);
    expect(check.stdout.length).toBeGreaterThan(65536);
  });

  it('osteo check DIR | head under pipefail: exit 3 (errors found), not 0', () => {
    const r = piped(['check', failing], 'head -3');
    expect(r.stdout.split('\n')).toHaveLength(4);
    expect(r.stderr).toBe('');
    expect(r.osteo).toBe(3);
  });

  it('osteo explain nope 2>&1 into a closed pipe: exit 1, the command’s own code', async () => {
    expect(await readerGone(['explain', 'nope'], true)).toEqual({ code: 1, stderr: '' });
  });

  it('osteo search into a closed pipe: exit 0 or 1 as the search found, no message', async () => {
    expect(await readerGone(['search', 'weak', 'legs'], false)).toEqual({ code: 0, stderr: '' });
    expect(await readerGone(['search', 'zzzzqqq'], false)).toEqual({
      code: 1,
      stderr: expect.stringMatching(/^(?:No match|osteo has nothing on)/) as string,
    });
  });

  it('osteo --version into a closed pipe: exit 0 and no stack trace', async () => {
    expect(await readerGone(['--version'], false)).toEqual({ code: 0, stderr: '' });
  });
});

describe('a device that cannot be written (/dev/full)', () => {
  it.each([[['--version']], [['topics']], [['explain', 'fractures']], [['--help']]])(
    '%j > /dev/full: an I/O error, exit 74, one line',
    (args) => {
      const r = intoFull(args, 'stdout');
      expect(r.code).toBe(74);
      expect(r.stderr).toBe('osteo: Cannot write to standard output: ENOSPC: no space left on device\n');
      expect(r.stderr).not.toMatch(STACK);
    },
  );

  it('topics --json > /dev/full: the error as JSON on stderr', () => {
    const r = intoFull(['topics', '--json'], 'stdout');
    expect(r.code).toBe(74);
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        code: 'output',
        message: 'Cannot write to standard output: ENOSPC: no space left on device',
        suggestions: [],
      },
    });
  });

  it('an error message that cannot be written: the exit code still says what happened', () => {
    expect(intoFull(['explain', 'nope'], 'stderr')).toMatchObject({ code: 1, stdout: '' });
    expect(intoFull(['topics', '--content-dir', '/nonexistent/osteo'], 'stderr')).toMatchObject({
      code: 3,
      stdout: '',
    });
  });
});

describe('terminals', () => {
  it('TERM=dumb: no colour even on a terminal', async () => {
    const r = await osteo(['explain', 'fractures'], {
      contentDir: CONTENT,
      isTTY: true,
      columns: 80,
      env: { TERM: 'dumb' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001B');
  });

  it('a 20-column terminal still wraps every line of words to 20 columns', async () => {
    const r = await osteo(['explain', 'fractures'], {
      contentDir: CONTENT,
      isTTY: true,
      columns: 20,
      env: { NO_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) {
      if (line.trim().includes(' ')) expect(line.length, line).toBeLessThanOrEqual(20);
    }
  });
});
