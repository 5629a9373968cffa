// The privacy promise, proven: osteo runs with read access to its own files only (Node's
// permission model: no writes, no child processes, no workers), imports no network module, and
// gives the same output when every network call would throw.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const BIN = `${ROOT}/bin/osteo.js`;
const NO_NETWORK = `${ROOT}/tests/fixtures/no-network.mjs`;
const env = { ...process.env, FORCE_COLOR: '0' };
for (const name of ['NODE_EXTRA_CA_CERTS', 'OSTEO_CONTENT_DIR', 'NODE_OPTIONS']) Reflect.deleteProperty(env, name);

const COMMANDS = [
  ['topics', '--no-pager'],
  ['topics', '--json'],
  ['explain', 'fractures', '--no-pager'],
  ['explain', 'fosamax', '--json'],
  ['search', 'weak legs', '--no-pager'],
  ['search', 'thigh pain on alendronate', '--json'],
  ['search', 'fell and cant get up', '--no-pager'],
  ['sources', '--no-pager'],
  ['sources', 'medications', '--json'],
  ['check', '--no-pager'],
  ['check', '--json'],
  ['--version'],
];

const run = (nodeArgs: string[], args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('under the permission model (read-only access to the package, nothing else)', () => {
  // Node 20 prints an ExperimentalWarning for the permission model; that is Node, not osteo.
  const WARNING =
    /^\(node:\d+\) ExperimentalWarning: Permission is an experimental feature.*\n\(Use `node --trace-warnings .*\n/;

  it.each(COMMANDS)('%s works', (...args) => {
    const r = run(['--experimental-permission', `--allow-fs-read=${ROOT}/*`], args);
    expect(r.stderr.replace(WARNING, '')).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(run([], args).stdout);
  });
});

describe('no network', () => {
  it('the built files import no network module', () => {
    const dist = `${ROOT}/dist`;
    const network =
      /(?:from\s*|import\(\s*|require\(\s*)["'](?:node:)?(?:net|http|https|http2|tls|dns|dgram)(?:\/promises)?["']/;
    const files = readdirSync(dist).filter((f) => /\.c?js$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['cli.cjs', 'index.js']));
    for (const file of files) expect(readFileSync(`${dist}/${file}`, 'utf8'), file).not.toMatch(network);
  });

  it.each(COMMANDS)('%s gives the same output when every network call throws', (...args) => {
    const guarded = run(['--import', NO_NETWORK], args);
    expect(guarded.stderr).toBe('');
    expect(guarded).toEqual(run([], args));
  });
});

describe('writes', () => {
  it('only `osteo index` writes, and under a read-only permission it fails with a clear message', () => {
    const r = run(
      ['--experimental-permission', `--allow-fs-read=${ROOT}/*`],
      ['index', `${ROOT}/tests/fixtures/content`],
    );
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(
      /osteo: Cannot write the index into .*: the folder is not writable\nosteo index writes one file, \.osteo-index, into the folder: it must be writable\.\n$/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
