// Completion scripts, loaded in the shells themselves (bash always; zsh and fish where installed),
// asked what they offer after typical partial command lines.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/io.js';

const BIN = fileURLToPath(new URL('../../bin/osteo.js', import.meta.url));
const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;

// `osteo` on PATH, as after `npm i -g`, for the scripts to call at Tab time.
const shimDir = mkdtempSync(join(tmpdir(), 'osteo-shim-'));
writeFileSync(join(shimDir, 'osteo'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(shimDir, 'osteo'), 0o755);
const env = { ...process.env, PATH: `${shimDir}:${process.env.PATH ?? ''}` };
for (const name of ['NODE_EXTRA_CA_CERTS', 'OSTEO_CONTENT_DIR']) Reflect.deleteProperty(env, name);
afterAll(() => {
  rmSync(shimDir, { recursive: true, force: true });
});

function script(shell: string): string {
  const r = spawnSync(process.execPath, [BIN, 'completion', shell], { encoding: 'utf8', env });
  expect(r.status).toBe(0);
  const file = join(shimDir, `osteo.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** What the shell offers for `line` (the cursor at its end; a trailing space starts a new word). */
function offered(shell: string, line: string): string[] {
  const file = script(shell);
  const words = line.split(' ');
  const array = words.map((w) => `'${w}'`).join(' ');
  const call = `COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _osteo; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const commands: Record<string, string> = {
    bash: `source '${file}'; ${call}`,
    // What zsh's bash layer does around the function: sh emulation (0-based arrays and all).
    zsh: `source '${file}'; emulate sh; ${call}`,
    fish: `source '${file}'; complete -C '${line}'`,
  };
  const r = spawnSync(shell, ['-c', commands[shell] ?? ''], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  // zsh's bash layer leaves matching the typed prefix to zsh itself (compadd); do the same here.
  const prefix = shell === 'zsh' ? (words.at(-1) ?? '') : '';
  return r.stdout
    .split('\n')
    .map((l) => l.split('\t')[0] ?? '')
    .filter((l) => l !== '' && l.startsWith(prefix))
    .sort();
}

// Every shell is listed; one that is not installed shows as skipped rather than vanishing from the
// report (.ci/run installs zsh and fish, so CI runs them all).
describe.each(['bash', 'zsh', 'fish'].map((shell) => [shell, has(shell)] as const))(
  '%s completion',
  (shell, installed) => {
    const test = it.runIf(installed);

    test('completes command names', () => {
      expect(offered(shell, 'osteo ex')).toEqual(['explain', 'export']);
      expect(offered(shell, 'osteo s')).toEqual(['search', 'selfcheck', 'sources']);
    });

    test('completes options of a command', () => {
      expect(offered(shell, 'osteo search --li')).toEqual(['--limit']);
      expect(offered(shell, 'osteo search --l')).toEqual(['--large', '--limit']);
      expect(offered(shell, 'osteo explain --se')).toEqual(['--section']);
    });

    test('completes topic ids from the installed content', () => {
      expect(offered(shell, 'osteo explain frac')).toEqual(['fractures']);
      expect(offered(shell, 'osteo sources med')).toEqual(['medications']);
    });

    test('completes topic ids from --content-dir when given', () => {
      expect(offered(shell, `osteo --content-dir ${FIXTURES} explain wa`)).toEqual(['walking']);
    });

    test('completes section names after --section, from the topic named before it', () => {
      expect(offered(shell, `osteo --content-dir ${FIXTURES} explain walking --section `)).toEqual([
        'balance',
        'help',
        'pain',
      ]);
      expect(offered(shell, `osteo --content-dir ${FIXTURES} explain walking --section ba`)).toEqual(['balance']);
      expect(offered(shell, 'osteo explain broken hip --section si')).toEqual(['signs']);
      expect(offered(shell, `osteo --content-dir ${FIXTURES} explain nosuchtopic --section `)).toEqual([]);
    });

    test('completes the shells of `completion`', () => {
      expect(offered(shell, 'osteo completion z')).toEqual(['zsh']);
    });

    test('completes the checks of `selfcheck`, and its options', () => {
      expect(offered(shell, 'osteo selfcheck ')).toEqual(['chair-stand', 'falls', 'muscle']);
      expect(offered(shell, 'osteo selfcheck m')).toEqual(['muscle']);
      expect(offered(shell, 'osteo selfcheck falls --an')).toEqual(['--answers']);
    });
  },
);

describe('osteo completion', () => {
  it('rejects an unknown shell with a usage error', () => {
    const r = spawnSync(process.execPath, [BIN, 'completion', 'tcsh'], { encoding: 'utf8', env });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^osteo: .*'tcsh' is invalid .* bash, zsh, fish\./);
  });
});
