// Builds dist/ with esbuild: the CLI and the library API as ESM, dependencies bundled.
// Run by `npm install` (prepare) so the bin works straight after a clone.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * marked-terminal imports a code highlighter (cli-highlight → highlight.js) and an emoji table
 * (node-emoji). osteo draws code blocks itself and turns emoji off, so both are replaced by
 * stand-ins at build time: the source stays honest and the bundle skips ~120 ms of startup.
 */
const unusedParts = {
  name: 'unused-parts',
  setup(b) {
    b.onResolve({ filter: /^(cli-highlight|node-emoji)$/ }, (args) => ({ path: args.path, namespace: 'stand-in' }));
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({
      contents:
        args.path === 'cli-highlight'
          ? 'export function highlight(code) { return code; }'
          : 'export function get(name) { return undefined; }',
      loader: 'js',
    }));
  },
};

export async function buildAll() {
  rmSync(`${root}/dist`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // stopword's ESM build lets esbuild keep only the English list.
    mainFields: ['module', 'main'],
    // commander and a few other dependencies are CommonJS and call require() for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [unusedParts],
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll();
