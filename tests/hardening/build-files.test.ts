// osteo's own built files, damaged or missing (issue 19): the code cache is used only when it
// was made from this very bundle and is intact; a FIFO or a link at its name never blocks; a
// missing or cut index of the shipped topics, or a missing dist/, never exits 70.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { expectCalmExit, runBin } from '../helpers/run.js';
import { readIndexFile } from '../../src/library/index-file.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built package (what npm installs), to damage. */
function installed(): { root: string; bin: string } {
  const root = mkdtempSync(join(tmpdir(), 'osteo-pkg-'));
  made.push(root);
  for (const part of ['bin', 'dist', 'content', 'package.json'])
    cpSync(join(ROOT, part), join(root, part), { recursive: true });
  return { root, bin: join(root, 'bin', 'osteo.js') };
}

let pkg: { root: string; bin: string };
let intact: ReturnType<typeof runBin> | undefined;
beforeEach(() => {
  pkg = installed();
  intact ??= runBin(['topics'], { bin: pkg.bin });
});

describe('the code cache', () => {
  it('is not used for a bundle edited to the same length: the edited code runs', () => {
    const bundle = join(pkg.root, 'dist', 'cli.cjs');
    const source = readFileSync(bundle, 'utf8');
    expect(source).toContain('plain answers about osteoporosis');
    writeFileSync(bundle, source.replace('plain answers about osteoporosis', 'PLAIN ANSWERS ABOUT OSTEOPOROSIS'));
    const r = runBin([], { bin: pkg.bin });
    expectCalmExit(r, [0]);
    expect(r.stdout).toMatch(/^osteo: PLAIN ANSWERS ABOUT OSTEOPOROSIS/);
  });

  it('the bundle is ASCII (read as Latin-1); one edited to hold other characters still reads as UTF-8', () => {
    const bundle = join(pkg.root, 'dist', 'cli.cjs');
    const source = readFileSync(bundle);
    expect(source.every((byte) => byte < 0x80)).toBe(true);
    writeFileSync(
      bundle,
      source.toString('latin1').replace('plain answers about osteoporosis', 'plain answers about ostéoporose’s'),
    );
    const r = runBin([], { bin: pkg.bin });
    expectCalmExit(r, [0]);
    expect(r.stdout).toMatch(/^osteo: plain answers about ostéoporose’s/);
  });

  it('with a bit flipped or cut short is refused, whatever the byte', () => {
    const { readCache } = createRequire(import.meta.url)(join(pkg.root, 'bin', 'load-bundle.js')) as {
      readCache: (source?: Buffer) => Buffer | undefined;
    };
    const file = join(pkg.root, 'dist', 'cli.cache');
    const original = readFileSync(file);
    expect(readCache()?.length).toBe(original.length - 17);
    for (const at of [0, 10, 16, 17, 1000, original.length - 1]) {
      const bytes = Buffer.from(original);
      bytes[at] = (bytes[at] ?? 0) ^ 4;
      writeFileSync(file, bytes);
      expect(readCache(), `bit flipped at ${at}`).toBeUndefined();
    }
    writeFileSync(file, original.subarray(0, -1));
    expect(readCache()).toBeUndefined();
    writeFileSync(file, original);
    expect(readCache(Buffer.from('another bundle'))).toBeUndefined();
  });

  it('with flipped bits, or cut short, is not used: the same output, never a crash', () => {
    const file = join(pkg.root, 'dist', 'cli.cache');
    const original = readFileSync(file);
    // Places spread through the file, past its header: V8 given such a cache crashed (SIGTRAP)
    // at 9 of 60 places in the build before this check.
    for (let trial = 1; trial <= 24; trial++) {
      const bytes = Buffer.from(original);
      const at = 20 + Math.floor(((bytes.length - 20) * trial) / 25);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << (trial % 8));
      writeFileSync(file, bytes);
      const r = runBin(['topics'], { bin: pkg.bin });
      expectCalmExit(r, [0]);
      expect(r.stdout, `bit flipped at ${at}`).toBe(intact?.stdout);
    }
    writeFileSync(file, original.subarray(0, original.length >> 1));
    expect(runBin(['topics'], { bin: pkg.bin }).stdout).toBe(intact?.stdout);
  });

  it.each([
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
    ['a symlink to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['a folder', (path: string) => cpSync(join(ROOT, 'content'), path, { recursive: true })],
  ])('that is %s does not block or fill memory', (_name, plant) => {
    const file = join(pkg.root, 'dist', 'cli.cache');
    rmSync(file);
    plant(file);
    const r = runBin(['topics'], { bin: pkg.bin });
    expectCalmExit(r, [0]);
    expect(r.stdout).toBe(intact?.stdout);
  });
});

// The ways a built file of the shipped topics is found damaged, each a change made to it in place.
const DAMAGE: [string, (file: string) => void][] = [
  ['missing', (file) => rmSync(file)],
  ['cut short', (file) => truncateSync(file, 3000)],
  ['emptied', (file) => truncateSync(file, 0)],
  ['a FIFO', (file) => (rmSync(file), execFileSync('mkfifo', [file]))],
];

describe("the shipped topics' index", () => {
  it.each(DAMAGE)('%s: search answers the same, exit 0', (_name, damage) => {
    const expected = runBin(['search', 'thigh pain on alendronate', '--json'], { bin: pkg.bin });
    damage(join(pkg.root, 'dist', 'search.index'));
    const r = runBin(['search', 'thigh pain on alendronate', '--json'], { bin: pkg.bin });
    expectCalmExit(r, [0]);
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).toBe('');
  });
});

describe("the shipped topics' bodies (dist/content-bodies.json)", () => {
  it.each([
    ...DAMAGE,
    [
      'a symlink to /dev/zero',
      (file: string) => {
        rmSync(file);
        symlinkSync('/dev/zero', file);
      },
    ],
  ])('%s: topics, explain and search answer the same from the files, exit 0', (_name, damage) => {
    const commands = [['topics'], ['explain', 'fractures'], ['search', 'thigh pain on alendronate', '--json']];
    const expected = commands.map((argv) => runBin(argv, { bin: pkg.bin }).stdout);
    damage(join(pkg.root, 'dist', 'content-bodies.json'));
    commands.forEach((argv, i) => {
      const r = runBin(argv, { bin: pkg.bin });
      expectCalmExit(r, [0]);
      expect(r.stdout).toBe(expected[i]);
      expect(r.stderr).toBe('');
    });
  });

  it('garbled to the same size: topics still lists them; explain says in one line how to rebuild, exit 3', () => {
    const file = join(pkg.root, 'dist', 'content-bodies.json');
    writeFileSync(file, Buffer.alloc(readFileSync(file).length, '#'));
    const topics = runBin(['topics'], { bin: pkg.bin });
    expectCalmExit(topics, [0]);
    expect(topics.stdout).toBe(intact?.stdout);
    const r = runBin(['explain', 'fractures'], { bin: pkg.bin });
    expectCalmExit(r, [3]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^osteo: osteo's built topics are damaged \(.*content-bodies\.json\)\n.*npm run build/);
  });
});

describe("the shipped topics' index, damaged where only a search finds out", () => {
  it('the postings of the words searched for are garbage: quietly answered from the files, as before', () => {
    const file = join(pkg.root, 'dist', 'search.index');
    const original = readFileSync(file);
    const expected = runBin(['search', 'weak legs', '--json'], { bin: pkg.bin });
    // Where the postings part starts (the header gives each part's offset; postings are the last
    // of 12 parts), and where the term "weak" lies in it.
    const postingsAt = original.readUInt32LE(20 + 8 * 11);
    const index = readIndexFile(file);
    const term = index.data.terms.indexOf('weak');
    const [from = 0, to = 0] = [index.data.postBytes[term], index.data.postBytes[term + 1]];
    index.close();
    expect(to - from).toBeGreaterThan(4);
    const bytes = Buffer.from(original);
    for (let i = postingsAt + from; i < postingsAt + to; i++) bytes[i] = 0xff;
    writeFileSync(file, bytes);
    const r = runBin(['search', 'weak legs', '--json'], { bin: pkg.bin });
    writeFileSync(file, original);
    expectCalmExit(r, [0]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected.stdout);
  });
});

describe('an install that never built dist/ (npm install --ignore-scripts)', () => {
  it('says how to build it: exit 3, no stack trace', () => {
    rmSync(join(pkg.root, 'dist'), { recursive: true });
    for (const args of [['topics'], ['search', 'weak legs'], []]) {
      const r = runBin(args, { bin: pkg.bin });
      expectCalmExit(r, [3]);
      expect(r.stderr).toBe(
        `osteo: its built files are missing (${join(pkg.root, 'dist', 'cli.cjs')}).\nBuild them with 'npm run build' in ${pkg.root} (an install with --ignore-scripts skips that step).\n`,
      );
    }
    // --version needs no build.
    expect(runBin(['--version'], { bin: pkg.bin }).code).toBe(0);
  });

  it('a bundle not written inside its wrapper (another build) is out of date: exit 3, no stack trace', () => {
    const bundle = join(pkg.root, 'dist', 'cli.cjs');
    const source = readFileSync(bundle, 'latin1');
    expect(source.startsWith('(function (exports, require, module, __filename, __dirname) {')).toBe(true);
    writeFileSync(bundle, source.slice(source.indexOf('{') + 1, -'\n})'.length), 'latin1');
    const r = runBin(['topics'], { bin: pkg.bin });
    expectCalmExit(r, [3]);
    expect(r.stderr).toBe(
      `osteo: its built files are out of date (${bundle}).\nBuild them with 'npm run build' in ${pkg.root} (an install with --ignore-scripts skips that step).\n`,
    );
  });
});
