// The word runs that ../shared/tools/overlap.mjs compares, hashed: lower case, apostrophes
// dropped, runs of [a-z0-9], 8 words a run.
import { createHash } from 'node:crypto';

export const RUN = 8;

export const words = (text) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .match(/[a-z0-9]+/g) ?? [];

export const hashRun = (run) => createHash('sha256').update(run).digest('hex').slice(0, 16);

/** Every run of RUN words in `text`, hashed. */
export function runHashes(text) {
  const w = words(text);
  const out = new Set();
  for (let i = 0; i + RUN <= w.length; i++) out.add(hashRun(w.slice(i, i + RUN).join(' ')));
  return out;
}
