#!/usr/bin/env node
// The installed command: run the built CLI and hand its exit code to Node. Nothing else, but one
// shortcut: `--version` alone is answered from package.json, without loading the CLI. This file
// is CommonJS (see bin/package.json), which Node starts faster than an ES module. A closed pipe
// (`osteo topics | head -1`) is handled where osteo writes, in src/io.ts. An install that never
// built dist/ (npm install --ignore-scripts) gets a line saying how to build it, and exit 3.
'use strict';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  const { NotBuilt, loadBundle, readBundle, readCache } = require('./load-bundle.js');
  let cli;
  try {
    const source = readBundle();
    cli = loadBundle(readCache(source), source).exports;
  } catch (error) {
    if (!(error instanceof NotBuilt)) throw error;
    const root = require('node:path').join(__dirname, '..');
    process.stderr.write(`osteo: ${error.message}.\nBuild them with 'npm run build' in ${root} (an install with --ignore-scripts skips that step).\n`);
    process.exitCode = 3;
  }
  void cli?.main().then((code) => {
    process.exitCode = code;
  });
}
