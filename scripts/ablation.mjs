// `npm run ablation`: the table of what each ranking idea and vocabulary source earns
// (scripts/ablation.ts). Bundles that file with the snapshot version the build gives the CLI, so
// it reads the shipped snapshot and index exactly as `osteo search` does. Needs a build.
//   node scripts/ablation.mjs [text]   only the variants whose label contains text
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { snapshotCode } from './build.mjs';
import { evaluateAnswers } from './relevance.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { outputFiles } = await build({
  absWorkingDir: root,
  entryPoints: ['scripts/ablation.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  mainFields: ['module', 'main'],
  write: false,
  outfile: 'ablation.mjs',
  logLevel: 'warning',
  // src/paths.ts finds the package's folders from import.meta.url: as if this were dist/cli.cjs.
  define: {
    __OSTEO_SNAPSHOT_CODE__: JSON.stringify(await snapshotCode()),
    'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'dist/cli.cjs')).href),
  },
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
const dir = mkdtempSync(join(tmpdir(), 'osteo-ablation-'));
const file = join(dir, 'ablation.mjs');
writeFileSync(file, outputFiles[0].text);
try {
  const { ablate } = await import(pathToFileURL(file).href);
  await ablate(root, evaluateAnswers, process.argv[2]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
