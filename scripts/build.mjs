// Builds dist/ with esbuild: the CLI and the library API as ESM, dependencies bundled.
// Run by `npm install` (prepare) so the bin works straight after a clone.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Stand-ins, at build time, for parts of marked-terminal that osteo never calls: it draws code
 * blocks, tables and links itself and turns emoji off, so the code highlighter (cli-highlight →
 * highlight.js, ~120 ms of start-up), the emoji table, the table layout (cli-table3) and the
 * hyperlink helpers are dead weight. Only marked-terminal's own imports are replaced; the source
 * stays honest and osteo's own use of supports-hyperlinks is untouched.
 */
const STAND_INS = {
  'cli-highlight': 'export function highlight(code) { return code; }',
  'node-emoji': 'export function get() { return undefined; }',
  'cli-table3': 'export default class Table { constructor() { throw new Error("osteo draws tables itself"); } }',
  'ansi-escapes': 'export default { link: (text) => text };',
  'supports-hyperlinks': 'export default { stdout: false, stderr: false };',
};
const unusedParts = {
  name: 'unused-parts',
  setup(b) {
    const names = Object.keys(STAND_INS).map((n) => n.replace(/[-/]/g, '\\$&')).join('|');
    b.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) =>
      /[\\/]marked-terminal[\\/]/.test(args.importer) ? { path: args.path, namespace: 'stand-in' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({ contents: STAND_INS[args.path], loader: 'js' }));
  },
};

/**
 * wrap-ansi measures every word with string-width, which segments graphemes and runs an emoji
 * regex each time: most of a render's time. It gets osteo's src/render/width.ts instead, which
 * counts one-column text directly and passes anything else to string-width.
 */
const fastWidth = {
  name: 'fast-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]wrap-ansi[\\/]/.test(args.importer) ? { path: `${root}/src/render/width.ts` } : undefined,
    );
  },
};

const COMMON = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // stopword's ESM build lets esbuild keep only the English list.
  mainFields: ['module', 'main'],
  // commander and a few other dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [unusedParts, fastWidth],
  legalComments: 'none',
  logLevel: 'warning',
};

export async function buildAll() {
  rmSync(`${root}/dist`, { recursive: true, force: true });
  await build({ ...COMMON, entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' }, outdir: 'dist', splitting: true });
  // Declarations for the library API (package.json "types").
  execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.types.json`], { stdio: 'inherit' });
}

/**
 * dist/content.json: the shipped topics parsed, and each section lexed by marked, with a stamp of
 * each file, so the CLI can start without parsing while the files are unchanged.
 */
export async function buildSnapshot() {
  // scripts/snapshot.ts is TypeScript: bundle it to a temporary module, run it, throw it away.
  const tool = join(mkdtempSync(join(tmpdir(), 'osteo-build-')), 'snapshot.mjs');
  await build({ ...COMMON, entryPoints: [`${root}/scripts/snapshot.ts`], outfile: tool, splitting: false });
  try {
    const { makeSnapshot } = await import(pathToFileURL(tool).href);
    const { snapshot, skipped } = makeSnapshot(`${root}/content`);
    for (const { file, problem } of skipped) console.warn(`build: skipped content/${file}: ${problem}`);
    writeFileSync(`${root}/dist/content.json`, JSON.stringify(snapshot));
  } finally {
    rmSync(dirname(tool), { recursive: true, force: true });
  }
}

/**
 * man/osteo.1 from man/osteo.1.md (marked-man). The date is the package's release date, not
 * today, so the same source always builds the same page.
 */
export function buildManPage() {
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const page = execFileSync(
    process.execPath,
    [`${root}/node_modules/marked-man/bin/marked-man.js`, '--no-breaks', '--version', version, '--manual', 'osteo manual', '--date', RELEASE_DATE, `${root}/man/osteo.1.md`],
    { encoding: 'utf8' },
  );
  writeFileSync(`${root}/man/osteo.1`, page);
}

// Set with each release (it dates the man page).
const RELEASE_DATE = '2026-11-28';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
  await buildSnapshot();
  buildManPage();
}
