// Loads the built CLI (dist/cli.cjs) with V8's code cache for it (dist/cli.cache), so start-up
// skips parsing and compiling the bundle: the cache holds the bytecode of every function a
// typical run calls, made by the build (scripts/code-cache.mjs). A cache from another Node
// version is rejected by V8 and the bundle compiles as usual: slower, never wrong.
// Node 20 has no module.enableCompileCache(), so this is done by hand with vm.Script.
'use strict';

const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
const CACHE = join(__dirname, '..', 'dist', 'cli.cache');

/**
 * Compile and run the bundle as Node runs a CommonJS module, from `cachedData` if given.
 * Returns the bundle's exports and its Script (the build asks the Script for a new cache).
 */
function loadBundle(cachedData) {
  const source = readFileSync(BUNDLE, 'utf8');
  // The same wrapper as Node's own for CommonJS; a change here needs a new cache (the build makes one).
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  // No import() may be left in the bundle (the build checks): a Script has no module loader.
  const script = new Script(wrapped, { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, dirname(BUNDLE));
  return { exports: bundle.exports, script };
}

/** The cache the build wrote, or undefined when there is none. */
function readCache() {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

module.exports = { BUNDLE, CACHE, loadBundle, readCache };
