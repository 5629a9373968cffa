#!/usr/bin/env node
// The installed command: run the built CLI and hand its exit code to Node. Nothing else, but one
// shortcut: `--version` (or -V, -v) alone is answered from package.json, without loading the
// CLI. This file is CommonJS (see bin/package.json), which Node starts faster than an ES module.
// Writing is src/io/process.ts's job; the shortcut writes as it does: a reader that has gone is
// not an error, a device that refuses the write is (exit 74). An install that never built dist/
// (npm install --ignore-scripts) gets a line saying how to build it, and exit 3.
'use strict';

const args = process.argv.slice(2);
if (args.length === 1 && ['--version', '-V', '-v'].includes(args[0])) {
  const { writeSync } = require('node:fs');
  try {
    writeSync(1, `${require('../package.json').version}\n`);
  } catch (error) {
    if (error.code !== 'EPIPE') {
      process.exitCode = 74;
      try {
        writeSync(2, `osteo: Cannot write to standard output: ${error.message.replace(/, write$/, '')}\n`);
      } catch {
        // Nowhere left to say it; the exit code does.
      }
    }
  }
} else {
  const { NotBuilt, loadBundle, readBundle, readCache } = require('./load-bundle.js');
  let cli;
  try {
    const source = readBundle();
    cli = loadBundle(readCache(source), source).exports;
  } catch (error) {
    if (!(error instanceof NotBuilt)) throw error;
    const root = require('node:path').join(__dirname, '..');
    process.stderr.write(
      `osteo: ${error.message}.\nBuild them with 'npm run build' in ${root} (an install with --ignore-scripts skips that step).\n`,
    );
    process.exitCode = 3;
  }
  void cli?.main().then(
    (code) => {
      process.exitCode = code;
    },
    // run() reports every error itself; this is the last guard against a Node stack trace.
    () => {
      process.exitCode = 70;
    },
  );
}
