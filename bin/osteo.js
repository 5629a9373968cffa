#!/usr/bin/env node
// The installed command: run the built CLI and hand its exit code to Node. Nothing else.
import { main } from '../dist/cli.js';

process.exitCode = await main();
