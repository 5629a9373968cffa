import { defineConfig } from 'vitest/config';
import { snapshotCode } from './scripts/build.mjs';

export default defineConfig(async () => ({
  // What the build gives the CLI: the version of the snapshot this code may use (src/paths.ts).
  define: { __OSTEO_SNAPSHOT_CODE__: JSON.stringify(await snapshotCode()) },
  test: {
    include: ['tests/**/*.test.ts'],
    // Some tests run whole processes (the bin, npm, shells, tsc); a busy CI machine is slower.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The build runs once before the tests that spawn the real bin.
    globalSetup: ['tests/setup/build.ts'],
    // OSTEO_CACHE=0: spawned runs never write into the real home's cache; cache tests set their own.
    env: {
      FORCE_COLOR: '0',
      FORCE_HYPERLINK: '0',
      NO_COLOR: '',
      OSTEO_CONTENT_DIR: '',
      NODE_EXTRA_CA_CERTS: '',
      OSTEO_CACHE: '0',
    },
  },
}));
