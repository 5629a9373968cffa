#!/usr/bin/env node
// The installed command: run the built CLI and hand its exit code to Node. Nothing else, but one
// shortcut: `--version` (or -V, -v) alone is answered from package.json, without loading the CLI. This file
// is CommonJS (see bin/package.json), which Node starts faster than an ES module. A closed pipe
// (`osteo topics | head -1`) is handled where osteo writes, in src/io.ts.
'use strict';

const args = process.argv.slice(2);
if (args.length === 1 && ['--version', '-V', '-v'].includes(args[0])) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  const { loadBundle, readCache } = require('./load-bundle.js');
  void loadBundle(readCache()).exports.main().then((code) => {
    process.exitCode = code;
  });
}
