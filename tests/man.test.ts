// The man page: built from man/osteo.1.md by the build, and renders without a warning.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PAGE = fileURLToPath(new URL('../man/osteo.1', import.meta.url));
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('man/osteo.1', () => {
  it('is roff with the usual sections and no leftover HTML entities', () => {
    const roff = readFileSync(PAGE, 'utf8');
    expect(roff).toMatch(/^\.TH "OSTEO" "1" /);
    for (const section of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDS', 'OPTIONS', 'ENVIRONMENT', 'EXIT STATUS', 'EXAMPLES']) {
      expect(roff).toMatch(new RegExp(`^\\.SH "?${section}"?$`, 'm'));
    }
    expect(roff).not.toMatch(/&(?:quot|amp|lt|gt|#\d+);/);
  });

  it.runIf(has('groff'))('groff finds nothing to warn about', () => {
    const r = spawnSync('groff', ['-ww', '-z', '-man', PAGE], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.runIf(has('man'))('man renders it at 80 columns', () => {
    const r = spawnSync('man', ['-l', PAGE], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/osteo\s+-\s+plain,\s+sourced\s+answers/);
    expect(r.stdout).toContain('EXIT STATUS');
  });
});
