// What the built file dist/cli.cjs exports: the CLI for bin/osteo.js, and the library API for
// dist/index.js, which re-exports it. One file holds the code for both, so the package carries
// it once; the library is loaded only when asked for, so the CLI's start-up does not pay for it.
export { main, run } from './cli.js';

export const library = (): Promise<typeof import('./index.js')> => import('./index.js');

/** What bin/scan-worker.js runs: part of a large folder, read on a worker thread. */
export const scanWorker = (): Promise<typeof import('./library/parallel.js')> => import('./library/parallel.js');
