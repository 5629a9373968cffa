// Writes dist/cli.cache, V8's code cache for dist/cli.cjs (run by scripts/build.mjs, in a child
// process). V8 caches only the functions that have been compiled, so the bundle first runs the
// commands people use most, in-process with a silent Io, and the cache is taken after them.
// Rarer paths (check, index, completion) are left out: they compile on use, as without a cache.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pipeIo } from './pipe-io.mjs';

const require = createRequire(import.meta.url);
const { CACHE, cacheFile, loadBundle, readBundle } = require('../bin/load-bundle.js');

const TRAINING = [
  ['topics'],
  ['explain', 'fractures'],
  ['search', 'weak legs'],
  ['search', 'thigh pain on alendronate', '--json'],
  ['sources', 'falls'],
];

const silent = pipeIo();

const source = readBundle();
const { exports: cli, script } = loadBundle(undefined, source);
// Plain, as in a pipe, and in colour, as in a terminal: the two draw through different code.
for (const argv of TRAINING) {
  for (const colour of [[], ['--color']]) {
    const code = await cli.run([...argv, ...colour], silent);
    if (code !== 0) throw new Error(`code cache: osteo ${argv.join(' ')} exited ${code}`);
  }
}
// With a hash of the source and of itself: bin/load-bundle.js uses it only if both match.
writeFileSync(CACHE, cacheFile(source, script.createCachedData()));
