// Pipes and terminals: a closed pipe ends osteo quietly; dumb and narrow terminals stay readable.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { osteo } from '../helpers/io.js';

const BIN = fileURLToPath(new URL('../../bin/osteo.js', import.meta.url));
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

describe('a closed pipe', () => {
  // More than a pipe's 64 KB buffer, so osteo is still writing when `head` has gone.
  const dir = mkdtempSync(join(tmpdir(), 'osteo-pipe-'));
  const paragraph = 'Weak legs and strong bones. '.repeat(40);
  writeFileSync(join(dir, 'big.md'), `---\nid: big\ntitle: Big topic\n---\n${Array.from({ length: 300 }, () => paragraph).join('\n\n')}\n`);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['explain', ['--content-dir', dir, 'explain', 'big']],
    ['topics', ['topics']],
    ['explain fractures', ['explain', 'fractures']],
  ])('%s | head -1 exits quietly', (_name, args) => {
    const full = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args.map((a) => `'${a}'`).join(' ')} | head -1; echo "status $?"`], {
      encoding: 'utf8',
    });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe(`${full.stdout.split('\n')[0] ?? ''}\nstatus 0\n`);
  });

  it('the big case really overflows the pipe buffer', () => {
    const full = spawnSync(process.execPath, [BIN, '--content-dir', dir, 'explain', 'big'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(full.stdout.length).toBeGreaterThan(65536);
  });
});

describe('terminals', () => {
  it('TERM=dumb: no colour even on a terminal', async () => {
    const r = await osteo(['explain', 'fractures'], { contentDir: CONTENT, isTTY: true, columns: 80, env: { TERM: 'dumb' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001B');
  });

  it('a 20-column terminal still wraps every line of words to 20 columns', async () => {
    const r = await osteo(['explain', 'fractures'], { contentDir: CONTENT, isTTY: true, columns: 20, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) {
      if (line.trim().includes(' ')) expect(line.length, line).toBeLessThanOrEqual(20);
    }
  });
});
