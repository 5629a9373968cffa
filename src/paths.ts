// The package's own folders. Kept at the top of src/ because the path is relative to this file,
// and src/*.ts and the built dist/cli.cjs sit at the same depth below the package root.
import { fileURLToPath } from 'node:url';
import type { LibraryPlaces } from './library/open.js';

// A hash of the code that makes the build's snapshot, which scripts/build.mjs defines when it
// bundles the CLI (and vitest.config.ts for the tests). Without it no snapshot is used.
declare const __OSTEO_SNAPSHOT_CODE__: string | undefined;

export const SHIPPED_CONTENT = fileURLToPath(new URL('../content', import.meta.url));

/**
 * The worker that reads part of a large folder (bin/scan-worker.js): only from the built bundle,
 * which it runs too. From the sources (the tests in-process), folders are read on one thread.
 */
const SCAN_WORKER = import.meta.url.endsWith('.cjs')
  ? fileURLToPath(new URL('../bin/scan-worker.js', import.meta.url))
  : undefined;

/** The shipped vocabulary (lay words, brand names, spellings), compiled by the build. */
export const BUILT_VOCABULARY = fileURLToPath(new URL('../dist/vocabulary.json', import.meta.url));

/** The shipped triage rules, compiled by the build. */
export const BUILT_TRIAGE = fileURLToPath(new URL('../dist/triage.json', import.meta.url));

/** The offline site's search page script, built for the browser (osteo export). */
export const BROWSER_SEARCH = fileURLToPath(new URL('../dist/browser/search.js', import.meta.url));
export const BUILT_NOTICES = fileURLToPath(new URL('../dist/THIRD-PARTY-NOTICES.txt', import.meta.url));

export const PLACES: LibraryPlaces = {
  shipped: SHIPPED_CONTENT,
  snapshot: {
    topics: fileURLToPath(new URL('../dist/content.json', import.meta.url)),
    bodies: fileURLToPath(new URL('../dist/content-bodies.json', import.meta.url)),
    index: fileURLToPath(new URL('../dist/search.index', import.meta.url)),
    lexed: fileURLToPath(new URL('../dist/lexed', import.meta.url)),
    spelling: fileURLToPath(new URL('../dist/spelling.json', import.meta.url)),
    code: typeof __OSTEO_SNAPSHOT_CODE__ === 'string' ? __OSTEO_SNAPSHOT_CODE__ : undefined,
  },
  worker: SCAN_WORKER,
};
