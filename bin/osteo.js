#!/usr/bin/env node
// The installed command: run the built CLI and hand its exit code to Node. `--version` alone is
// answered from a one-line module, without loading the CLI (it is the most common scripted call).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main();
}
