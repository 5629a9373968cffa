import { defineConfig } from 'vitest/config';

// npm run test:browser: the offline site and handouts in headless Chromium (tests/browser).
// Apart from npm test, which stays fast; .ci/run runs both.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    globalSetup: ['tests/setup/build.ts'],
    env: { FORCE_COLOR: '0', FORCE_HYPERLINK: '0', NO_COLOR: '', OSTEO_CONTENT_DIR: '', NODE_EXTRA_CA_CERTS: '' },
  },
});
