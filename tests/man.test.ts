// The man page: built from man/osteo.1.md by the build, and renders without a warning.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/program/program.js';
import { fakeIo } from './helpers/io.js';

const PAGE = fileURLToPath(new URL('../man/osteo.1', import.meta.url));
const SOURCE = fileURLToPath(new URL('../man/osteo.1.md', import.meta.url));
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('man/osteo.1', () => {
  it('is roff with the usual sections, in the usual order, and no leftover HTML entities', () => {
    const roff = readFileSync(PAGE, 'utf8');
    expect(roff).toMatch(/^\.TH "OSTEO" "1" /);
    const sections = [...roff.matchAll(/^\.SH "?([^"\n]+)"?$/gm)].map((m) => m[1]);
    const usual = [
      'NAME',
      'SYNOPSIS',
      'DESCRIPTION',
      'COMMANDS',
      'OPTIONS',
      'EXIT STATUS',
      'ENVIRONMENT',
      'FILES',
      'EXAMPLES',
      'SEE ALSO',
    ];
    expect(sections.filter((s) => usual.includes(s ?? ''))).toEqual(usual);
    expect(roff).not.toMatch(/&(?:quot|amp|lt|gt|#\d+);/);
  });

  it('OPTIONS lists every option of every command, with its argument', () => {
    const source = readFileSync(SOURCE, 'utf8');
    const options = source.slice(source.indexOf('## OPTIONS'), source.indexOf('## EXIT STATUS'));
    const program = buildProgram(fakeIo(), () => undefined);
    for (const command of [program, ...program.commands]) {
      for (const option of command.options.filter((o) => !o.hidden)) {
        const [long = '', arg] = option.flags
          .split(/,?\s+/)
          .filter((f) => f.startsWith('--') || f.startsWith('<') || f.startsWith('['))
          .slice(-2);
        const written = option.argChoices
          ? `\`${option.long ?? ''}\` \`${option.argChoices.join('`|`')}\``
          : arg
            ? `\`${long}\` ${arg}`
            : `\`${long}\``;
        expect(options, option.flags).toContain(written);
      }
    }
    expect(options).toContain('`-V`, `-v`, `--version`');
  });

  it.runIf(has('man'))('SEE ALSO names real pages', () => {
    const source = readFileSync(SOURCE, 'utf8');
    const pages = [...source.slice(source.indexOf('## SEE ALSO')).matchAll(/\b([a-z]+)\((\d)\)/g)].map(
      (m): [string, string] => [m[1] ?? '', m[2] ?? ''],
    );
    expect(pages.length).toBeGreaterThan(2);
    // A page is installed with its program: each is checked where the program is.
    const program = (page: string): string => (page === 'zshcompsys' ? 'zsh' : page);
    for (const [page, section] of pages.filter(([page]) => has(program(page)))) {
      expect(spawnSync('man', ['-w', section, page]).status, `${page}(${section})`).toBe(0);
    }
  });

  it.runIf(has('groff'))('groff finds nothing to warn about', () => {
    const r = spawnSync('groff', ['-ww', '-z', '-man', PAGE], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.runIf(has('man'))('man renders it at 80 columns', () => {
    const r = spawnSync('man', ['-l', PAGE], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat' },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/osteo\s+-\s+plain,\s+sourced\s+answers/);
    expect(r.stdout).toContain('EXIT STATUS');
  });
});
