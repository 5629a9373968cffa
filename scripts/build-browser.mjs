// Builds dist/browser/search.js: the site's search page (src/browser/search-page.ts) with
// osteo's search, triage and HTML renderer, for the browser. `osteo export` puts it inline in
// search.html, allowed by its hash, so it must not contain what would end or confuse an inline
// <script> block: such sequences are written as escapes, and the result is checked to parse.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Script } from 'node:vm';

export const BROWSER_BUNDLE = 'dist/browser/search.js';

export async function buildBrowser(root) {
  const { outputFiles, metafile } = await build({
    absWorkingDir: root,
    entryPoints: ['src/browser/search-page.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    // Browsers of the last few years, as older people's machines have them.
    target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  // In strings, templates and regular expressions alike, \x3C means "<"; so does "\<", whose
  // backslash goes (an odd run of backslashes ends in one that escapes the "<").
  const code = outputFiles[0].text
    .replace(/(\\*)<(?=!--|\/?script)/gi, (_, slashes) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\x3C`)
    .trimEnd();
  new Script(code, { filename: BROWSER_BUNDLE });
  if (/<!--|<\/?script/i.test(code)) throw new Error(`build: ${BROWSER_BUNDLE} would end its inline <script> block`);
  mkdirSync(`${root}/dist/browser`, { recursive: true });
  writeFileSync(`${root}/${BROWSER_BUNDLE}`, code);
  return Object.keys(metafile.inputs);
}
