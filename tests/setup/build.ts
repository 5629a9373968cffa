// Builds dist/ and the man page once before the tests, so spawned runs test the code as it is now.
import { buildAll, buildCodeCache, buildManPage, buildSnapshot } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildAll();
  await buildSnapshot();
  buildCodeCache();
  buildManPage();
}
