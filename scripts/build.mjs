// Builds dist/ with esbuild, dependencies bundled: the CLI as one CommonJS file with a V8 code
// cache for it, and the library API as ESM. Run by `npm install` in a checkout (postprepare), so
// the bin works straight after a clone, and by `npm pack`/`npm publish` (prepack), so the tarball
// carries a fresh dist/. Not `prepare`: npm counts that as an install script of a package
// installed from a tarball, a folder or git, and warns about it on every such install.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBrowser } from './build-browser.mjs';
import { writeNotices } from './notices.mjs';
import { unusedParts } from './stand-ins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const COMMON = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // stopword's ESM build lets esbuild keep only the English list.
  mainFields: ['module', 'main'],
  plugins: [unusedParts],
  legalComments: 'none',
  logLevel: 'warning',
};

// ESM output: commander and a few other dependencies are CommonJS and call require() for Node built-ins.
const ESM = {
  ...COMMON,
  format: 'esm',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

/**
 * The CLI ships as one CommonJS file, not ES modules: Node's ESM loader cost a third of start-up
 * across a dozen chunks, and only a classic script can use a V8 code cache on Node 20. Commands
 * still load their modules on first use (esbuild turns import() into a lazy init), so a run
 * executes only what it needs, and the code cache makes the rest of the file nearly free.
 * Whitespace and syntax are minified (less to read); names are kept for stack traces.
 */
const CLI = {
  ...COMMON,
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  // src/ finds the package's folders from import.meta.url, which CommonJS spells differently.
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
};

/**
 * Two passes. esbuild drops unused code (all but the English stopwords, say) only from ES modules
 * it splits into chunks, not from modules it wraps for lazy loading. So the first pass splits
 * into a temporary folder, and the second joins the chunks into one CommonJS file, dist/cli.cjs
 * (src/bundle.ts). The library API, dist/index.js, is a small ES module that loads it.
 */
export async function buildAll() {
  rmSync(`${root}/dist`, { recursive: true, force: true });
  const split = mkdtempSync(join(tmpdir(), 'osteo-split-'));
  try {
    const { metafile } = await build({
      ...COMMON,
      // The split chunks keep the name; the second pass gives it its value.
      format: 'esm',
      splitting: true,
      entryPoints: { bundle: 'src/bundle.ts', index: 'src/index.ts' },
      outdir: split,
      metafile: true,
    });
    const code = JSON.stringify(await snapshotCode());
    await build({
      ...CLI,
      plugins: [],
      define: { ...CLI.define, __OSTEO_SNAPSHOT_CODE__: code },
      entryPoints: [join(split, 'bundle.js')],
      outfile: 'dist/cli.cjs',
    });
    asciiOnly(`${root}/dist/cli.cjs`);
    // bin/load-bundle.js runs the bundle as a vm.Script, which has no loader for import().
    const left = readFileSync(`${root}/dist/cli.cjs`, 'utf8').match(/\bimport\(\s*["'][^"']*["']/g);
    if (left) throw new Error(`build: dist/cli.cjs must not import() at run time: ${left.join(', ')}`);
    wrapBundle(`${root}/dist/cli.cjs`);
    const api = Object.values(metafile.outputs).find((o) => o.entryPoint === 'src/index.ts');
    writeFileSync(`${root}/dist/index.js`, libraryModule(api.exports));
    // The offline site's search page, for osteo export.
    const browserInputs = await buildBrowser(root);
    writeNotices(root, [...Object.keys(metafile.inputs), ...browserInputs]);
  } finally {
    rmSync(split, { recursive: true, force: true });
  }
  // Declarations for the library API (package.json "types").
  execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.types.json`], {
    stdio: 'inherit',
  });
}

/**
 * Rewrite the bundle in ASCII, so bin/load-bundle.js can read it as Latin-1: a one-byte copy,
 * about 1 ms faster at every start than decoding UTF-8. esbuild escapes non-ASCII characters in
 * strings but leaves them in regular expression literals ('’', '…'); there, as in strings, a
 * \uXXXX escape means the same UTF-16 unit. (In a template literal's raw text it would not; today
 * the bundle has no such character in a template literal.)
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const escaped = escapeNonAscii(text);
  if (escaped !== text) writeFileSync(file, escaped);
}

/**
 * Write the bundle inside the wrapper bin/load-bundle.js runs it in (WRAPPER there), so the text it
 * reads is the Script's whole source: wrapping it at run time copied the text once more. Node's
 * require() would run the file as an expression and export nothing: it is loaded by
 * bin/load-bundle.js only (the bin, dist/index.js, the scan worker, the scripts).
 */
function wrapBundle(file) {
  const [head, tail] = createRequire(import.meta.url)('../bin/load-bundle.js').WRAPPER;
  writeFileSync(file, `${head}${readFileSync(file, 'latin1')}${tail}`, 'latin1');
}

/** dist/index.js: the names src/index.ts exports, taken from the CLI bundle's library(). */
function libraryModule(names) {
  return `// The library API (src/index.ts), from the one built file that also holds the CLI.
import { createRequire } from 'node:module';

const { loadBundle, readBundle, readCache } = createRequire(import.meta.url)('../bin/load-bundle.js');
const source = readBundle();
const api = await loadBundle(readCache(source), source).exports.library();
export const { ${[...names].sort().join(', ')} } = api;
`;
}

/**
 * The snapshot of the shipped topics, so the CLI can start without parsing while the files are
 * unchanged: dist/content.json (the topics but their bodies, with a stamp of each file),
 * dist/content-bodies.json (the bodies, read on first use), dist/lexed/<id>.json
 * (each section lexed by marked) and dist/search.index (their search index).
 */
export async function buildSnapshot() {
  const { bundle, code } = await snapshotTool();
  // scripts/snapshot.ts is TypeScript: run its bundle from a temporary module, then throw it away.
  const tool = join(mkdtempSync(join(tmpdir(), 'osteo-build-')), 'snapshot.mjs');
  writeFileSync(tool, bundle);
  try {
    const { makeSnapshot, makeSpelling, makeTriage, makeVocabulary, writeSnapshotIndex } = await import(
      pathToFileURL(tool).href
    );
    const { snapshot, bodies, lexed, skipped } = makeSnapshot(`${root}/content`, code);
    for (const { file, problem } of skipped) console.warn(`build: skipped content/${file}: ${problem}`);
    mkdirSync(`${root}/dist/lexed`, { recursive: true });
    for (const [id, sections] of lexed) writeFileSync(`${root}/dist/lexed/${id}.json`, asciiJson(sections));
    rmSync(`${root}/dist/search.index`, { force: true });
    await writeSnapshotIndex(`${root}/content`, `${root}/dist/search.index`);
    // The English word list tells a typo from a real word; it is used here only, not shipped.
    const english = new Set(createRequire(import.meta.url)('an-array-of-english-words/index.json'));
    writeFileSync(`${root}/dist/triage.json`, JSON.stringify(makeTriage(`${root}/content`, await spellable(english))));
    // Made once: the spelling list reads the vocabulary's words too.
    const vocabulary = makeVocabulary(`${root}/content`);
    writeFileSync(
      `${root}/dist/spelling.json`,
      JSON.stringify(makeSpelling(`${root}/content`, english, vocabulary.vocabulary.words)),
    );
    writeFileSync(`${root}/dist/vocabulary.json`, JSON.stringify(vocabulary));
    // The heads name the bodies' size: a bodies file of another size is not used. Written ASCII
    // only, so the string's length is the file's size in bytes; a topic's body a line, read
    // only when that topic is shown (src/library/snapshot-bodies.ts).
    const bodiesJson = bodies.map(asciiJson).join('\n');
    writeFileSync(`${root}/dist/content-bodies.json`, bodiesJson);
    // Last: topic files newer than it are checked by their contents (src/library/snapshot.ts).
    writeFileSync(`${root}/dist/content.json`, asciiJson({ ...snapshot, bodiesSize: bodiesJson.length }));
  } finally {
    rmSync(dirname(tool), { recursive: true, force: true });
  }
}

/**
 * JSON with every character past ASCII written as a \uXXXX escape: JSON.parse gives the same
 * strings, and Node decodes a file that is all ASCII as UTF-8 on its fast path. content.json
 * holds a handful of such characters (a '›', an 'é'), and those alone made reading it at every
 * start 1.2 ms instead of 0.5 (measured cold, Node 20).
 */
function asciiJson(value) {
  return escapeNonAscii(JSON.stringify(value));
}

/** Each UTF-16 unit past ASCII as a \uXXXX escape (a pair's two halves, one each). */
function escapeNonAscii(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The words of `english` that a Hunspell dictionary (US or UK English) also spells so: for the
 * triage rules' typos, only these are real words, never read as a typo of an alarm word. The
 * big word list alone holds rare forms such as "seisure" and "bein", which nobody types meaning
 * them: with it, "shes havin a seisure" was read as it stands and raised no alarm. A WordSet
 * (src/search/word-set.ts), asked only of the few thousand words near a rule word, not a Set of
 * all 275,000 checked up front.
 */
async function spellable(english) {
  const { default: nspell } = await import('nspell');
  const dictionaries = [(await import('dictionary-en')).default, (await import('dictionary-en-gb')).default];
  const spellers = dictionaries.map((dictionary) => nspell(dictionary));
  return { has: (word) => english.has(word) && spellers.some((speller) => speller.correct(word)) };
}

let tool;
/**
 * The code that makes the snapshot (scripts/snapshot.ts and all it imports, bundled), and a hash
 * of it: the snapshot's version. A change to any of that code makes a new hash, which the CLI is
 * built with, so it never uses a snapshot made by other code; nobody bumps a number by hand.
 */
async function snapshotTool() {
  if (!tool) {
    const { outputFiles } = await build({
      ...ESM,
      entryPoints: [`${root}/scripts/snapshot.ts`],
      write: false,
      outfile: 'snapshot.mjs',
    });
    const bundle = outputFiles[0].text;
    tool = { bundle, code: createHash('sha256').update(bundle).digest('hex').slice(0, 16) };
  }
  return tool;
}

/** The snapshot's version: see snapshotTool. vitest.config.ts gives it to the tests' src too. */
export async function snapshotCode() {
  return (await snapshotTool()).code;
}

/**
 * dist/cli.cache: V8's code cache for dist/cli.cjs (see bin/load-bundle.js). Made in a child
 * process with a clean environment, as the bin runs, so that V8's flags match and it accepts the
 * cache: NODE_OPTIONS (vitest, a debugger) could change them.
 */
export function buildCodeCache() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  execFileSync(process.execPath, [`${root}/scripts/code-cache.mjs`], { stdio: 'inherit', env });
}

/**
 * man/osteo.1 from man/osteo.1.md (marked-man). The date is the package's release date, not
 * today, so the same source always builds the same page.
 */
export function buildManPage() {
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const page = execFileSync(
    process.execPath,
    [
      `${root}/node_modules/marked-man/bin/marked-man.js`,
      '--no-breaks',
      '--version',
      version,
      '--manual',
      'osteo manual',
      '--date',
      RELEASE_DATE,
      `${root}/man/osteo.1.md`,
    ],
    { encoding: 'utf8' },
  );
  writeFileSync(`${root}/man/osteo.1`, page);
}

// Set with each release (it dates the man page).
const RELEASE_DATE = '2026-11-28';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
  await buildSnapshot();
  buildCodeCache();
  buildManPage();
}
