// Builds dist/ once before the tests, so spawned runs of bin/osteo.js test the code as it is now.
import { buildAll, buildSnapshot } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildAll();
  await buildSnapshot();
}
