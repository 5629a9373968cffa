// Third-party notices: every package whose code the build bundles has its licence in
// dist/THIRD-PARTY-NOTICES.txt, with the text of the licence file it ships.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundledPackages, NOTICES } from '../scripts/notices.mjs';
import { unusedParts } from '../scripts/stand-ins.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The inputs esbuild bundles for an entry, as the build bundles it. */
async function inputs(entry: string, platform: 'node' | 'browser'): Promise<string[]> {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform,
    format: 'esm',
    mainFields: platform === 'node' ? ['module', 'main'] : ['browser', 'module', 'main'],
    plugins: platform === 'node' ? [unusedParts] : [],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs);
}

describe('third-party notices', async () => {
  const notices = readFileSync(new URL(`../${NOTICES}`, import.meta.url), 'utf8');
  const bundled = bundledPackages(ROOT, [
    ...(await inputs('src/bundle.ts', 'node')),
    ...(await inputs('src/browser/search-page.ts', 'browser')),
  ]) as {
    name: string;
    version: string;
    license: string;
    text: string;
  }[];

  it('bundles some third-party code (the check has something to check)', () => {
    expect(bundled.map((p) => p.name)).toEqual(expect.arrayContaining(['commander', 'marked', 'js-yaml']));
  });

  it.each(bundled.map((p) => [p.name, p] as const))(
    '%s: its name, version, licence and licence text are in the notices',
    (_name, p) => {
      expect(notices).toContain(`\n${p.name}@${p.version} (${p.license})\n`);
      expect(p.text.length).toBeGreaterThan(20);
      expect(notices).toContain(p.text);
    },
  );
});
