// A few spawned runs of the real bin/osteo.js on the built package (globalSetup builds dist/).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/osteo.js', import.meta.url));

function osteo(
  args: string[],
  env: Record<string, string> = {},
): { code: number | null; stdout: string; stderr: string } {
  // As a user's shell would have it: none of the test runner's colour or content settings.
  const base = { ...process.env };
  for (const name of ['NODE_EXTRA_CA_CERTS', 'OSTEO_CONTENT_DIR', 'FORCE_COLOR', 'NO_COLOR'])
    Reflect.deleteProperty(base, name);
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/osteo.js', () => {
  it('search "weak legs" prints rendered sections and exits 0', () => {
    const r = osteo(['search', 'weak legs']);
    expect(r.code).toBe(0);
    // The question only names the topic: its opening section answers it, headed by the title alone.
    expect(r.stdout).toMatch(/^Weak, heavy or tired legs\nThin bones /);
    expect(r.stdout).toContain('not medical advice');
    expect(r.stderr).toBe('');
  });

  it('piped output has no escape bytes; FORCE_COLOR=1 brings colour back', () => {
    expect(osteo(['explain', 'fractures']).stdout).not.toContain('\u001B');
    expect(osteo(['explain', 'fractures'], { FORCE_COLOR: '1' }).stdout).toContain('\u001B[');
  });

  it('topics lists the shipped library', () => {
    const r = osteo(['topics', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { topics: unknown[] }).topics.length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['unknown topic', ['explain', 'qqqqqq'], 1],
    ['bad option value', ['search', 'x', '--limit', 'abc'], 2],
    ['unknown command', ['serch'], 2],
    ['missing content folder', ['topics', '--content-dir', '/nonexistent/osteo'], 3],
  ])('%s: exit %i with a message and no stack trace', (_name, args, code) => {
    const r = osteo(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(/^osteo: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('osteo --version', () => {
  it('prints the package version, from the fast path and from the CLI alike', async () => {
    const { VERSION } = await import('../src/version.js');
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(osteo(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(osteo(['-V'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(osteo(['-v'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(osteo(['-v', '--no-color']).stdout).toBe(`${pkg.version}\n`);
    expect(osteo(['--version', '--no-color']).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('the code cache (dist/cli.cache)', () => {
  const LOADER = fileURLToPath(new URL('../bin/load-bundle.js', import.meta.url));
  // Runs the bundle as the bin does, with or without the cache, and reports whether V8 took it.
  const script = (withCache: boolean): string => `
    process.argv.splice(1, 0, 'osteo'); // as if run as a file: the CLI reads argv from index 2
    const { loadBundle, readCache } = require(${JSON.stringify(LOADER)});
    const { exports, script } = loadBundle(${withCache ? 'readCache()' : 'undefined'});
    exports.main().then((code) => {
      process.stderr.write('rejected:' + String(script.cachedDataRejected));
      process.exitCode = code;
    });`;
  const runBundle = (withCache: boolean, args: string[]): { code: number | null; stdout: string; stderr: string } => {
    const env = { ...process.env };
    for (const name of ['NODE_EXTRA_CA_CERTS', 'OSTEO_CONTENT_DIR', 'FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS'])
      Reflect.deleteProperty(env, name);
    const r = spawnSync(process.execPath, ['-e', script(withCache), '--', ...args], { encoding: 'utf8', env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is accepted by this Node, so start-up skips compiling the bundle', () => {
    const r = runBundle(true, ['explain', 'fractures']);
    expect(r.stderr).toBe('rejected:false');
    expect(r.code).toBe(0);
  });

  it('is checked without loading node:zlib, and without a warning where deprecations are asked for', () => {
    const env = { ...process.env };
    for (const name of ['NODE_EXTRA_CA_CERTS', 'OSTEO_CONTENT_DIR', 'FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS'])
      Reflect.deleteProperty(env, name);
    // Whether the cache was taken, and whether node:zlib (and the streams under it) was loaded.
    const check = script(true).replace(
      "process.stderr.write('rejected:' + String(script.cachedDataRejected));",
      "process.stderr.write('rejected:' + String(script.cachedDataRejected) + ' zlib:' + String(process.moduleLoadList.includes('NativeModule zlib')));",
    );
    const run = (nodeArgs: string[], extra: Record<string, string> = {}): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [...nodeArgs, '-e', check, '--', 'topics'], {
        encoding: 'utf8',
        env: { ...env, ...extra },
      });
    const plain = run([]);
    expect(plain.stderr).toBe('rejected:false zlib:false');
    expect(plain.status).toBe(0);
    for (const asked of [run(['--pending-deprecation']), run([], { NODE_OPTIONS: '--pending-deprecation' })]) {
      expect(asked.stderr).toBe('rejected:false zlib:true');
      expect(asked.status).toBe(0);
    }
  });

  it.each([
    [['explain', 'fractures', '--color']],
    [['search', 'weak legs']],
    [['check']],
    [['explain', 'fractres']],
    [['explain', 'no-such-topic']],
  ])('gives the same output as compiling from source: %j', (args) => {
    const cached = runBundle(true, args);
    const fresh = runBundle(false, args);
    expect(fresh.stderr).toMatch(/rejected:undefined$/);
    expect(cached.stderr).toMatch(/rejected:false$/);
    expect(cached.stdout).toBe(fresh.stdout);
    expect(cached.stderr.replace(/rejected:.*$/, '')).toBe(fresh.stderr.replace(/rejected:.*$/, ''));
    expect(cached.code).toBe(fresh.code);
    expect(cached.stdout.length + cached.stderr.length).toBeGreaterThan(50);
  });
});
