#!/usr/bin/env node
// The installed command: run the built CLI and hand its exit code to Node. Nothing else, but one
// shortcut: `--version` alone is answered from package.json, without loading the CLI. This file
// is CommonJS (see bin/package.json), which Node starts faster than an ES module.
'use strict';

// The reader went away (`osteo topics | head -1`): stop quietly, as pipe tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  import('../dist/cli.js').then(async ({ main }) => {
    process.exitCode = await main();
  });
}
