// The pager for real, in a pseudo-terminal (util-linux `script`): long output is piped through
// it, and Ctrl-C while it is open ends osteo with 130. scripts/check-pager.sh does the same with
// less in tmux, for a person to watch.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/osteo.js', import.meta.url));
const hasScript = spawnSync('script', ['--version']).status === 0;
const env = { ...process.env, TERM: 'xterm-256color' };
for (const name of ['NODE_EXTRA_CA_CERTS', 'FORCE_COLOR', 'NO_COLOR', 'OSTEO_CONTENT_DIR', 'PAGER']) Reflect.deleteProperty(env, name);

function inTerminal(command: string, pager: string): ReturnType<typeof spawn> {
  const line = `stty rows 10 cols 80; "${process.execPath}" "${BIN}" ${command}`;
  return spawn('script', ['-qec', line, '/dev/null'], { env: { ...env, OSTEO_PAGER: pager }, stdio: ['pipe', 'pipe', 'pipe'] });
}

describe.runIf(hasScript)('the pager in a terminal', () => {
  it('long output goes through OSTEO_PAGER, colours kept', async () => {
    const child = inTerminal('explain fractures', "sed 's/^/PAGER| /'");
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/PAGER\| \u001B\[1m\u001B\[4mFractures and broken bones/);
    expect(out).toMatch(/PAGER\| .*not medical advice/);
  });

  it('--no-pager prints directly', async () => {
    const child = inTerminal('explain fractures --no-pager', "sed 's/^/PAGER| /'");
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((resolve) => child.on('close', resolve));
    expect(out).toContain('Fractures and broken bones');
    expect(out).not.toContain('PAGER|');
  });

  it('Ctrl-C while the pager is open: exit 130', async () => {
    const child = inTerminal('explain fractures', 'sleep 20');
    setTimeout(() => child.stdin?.write('\u0003'), 1500);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
  }, 15000);
});
