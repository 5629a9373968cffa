// dist/THIRD-PARTY-NOTICES.txt: the licence of every package whose code is bundled into
// dist/cli.cjs or the offline site's dist/browser/search.js, taken from esbuild's metafiles at
// build time. MIT, BSD and Apache-2.0 all ask that their notice travels with the code.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NOTICES = 'dist/THIRD-PARTY-NOTICES.txt';

/** The packages (name@version) behind the inputs of some esbuild metafiles, with their licence text. */
export function bundledPackages(root, inputPaths) {
  const dirs = new Set();
  for (const input of inputPaths) {
    // node_modules/a/…, node_modules/@scope/a/…, and nested node_modules: the innermost package.
    const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (m) dirs.add(m[1]);
  }
  return [...dirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      const file = readdirSync(join(root, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      const license = typeof pkg.license === 'string' ? pkg.license : '';
      const author = typeof pkg.author === 'string' ? pkg.author : (pkg.author?.name ?? 'its authors');
      // A package that ships no licence file still declares one: name it, and its author.
      const declared = license
        ? `Licensed under ${license}, as its package.json declares (it ships no licence file). Copyright ${author}.`
        : '';
      const text = file ? readFileSync(join(root, dir, file), 'utf8').trim() : declared;
      return { name: pkg.name, version: pkg.version, license: license || 'unknown', text };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function writeNotices(root, inputPaths) {
  const packages = bundledPackages(root, inputPaths);
  const missing = packages.filter((p) => p.text === '');
  if (missing.length > 0) throw new Error(`build: no licence for ${missing.map((p) => p.name).join(', ')}`);
  const body = packages
    .map((p) => `${'='.repeat(72)}\n${p.name}@${p.version} (${p.license})\n${'='.repeat(72)}\n\n${p.text}\n`)
    .join('\n');
  const head = `osteo bundles code from these packages into dist/cli.cjs and dist/browser/search.js.\nTheir licences follow.\n\n`;
  writeFileSync(join(root, NOTICES), head + body);
  return packages;
}
