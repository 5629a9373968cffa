// The source article's 8-word runs, hashed, for the test that no topic repeats its wording
// (tests/content.test.ts). The article itself stays outside the repository, in the project's
// shared folder; the hashes say nothing of its text. Run again if the article changes:
//   node scripts/seed-runs.mjs [../shared/seed/article.txt]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RUN_LENGTH = 8;
const OUT = fileURLToPath(new URL('../tests/fixtures/seed-runs.json', import.meta.url));

/** Words as ../shared/tools/overlap.mjs counts them: lowercase letters and digits, apostrophes dropped. */
export function words(text) {
  return text.toLowerCase().replace(/[’']/g, '').match(/[a-z0-9]+/g) ?? [];
}

/** Every run of RUN_LENGTH words in `text`, each as one space-joined string. */
export function runs(text) {
  const w = words(text);
  return Array.from({ length: Math.max(0, w.length - RUN_LENGTH + 1) }, (_, i) => w.slice(i, i + RUN_LENGTH).join(' '));
}

/** A run's fingerprint: 64 bits of its SHA-256. */
export function hashRun(run) {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const article = process.argv[2] ?? fileURLToPath(new URL('../../shared/seed/article.txt', import.meta.url));
  const hashes = [...new Set(runs(readFileSync(article, 'utf8')).map(hashRun))].sort();
  const about = `SHA-256 (first 16 hex digits) of every ${RUN_LENGTH}-word run of the source article, made by scripts/seed-runs.mjs`;
  writeFileSync(OUT, `${JSON.stringify({ about, runLength: RUN_LENGTH, hashes }, null, 1)}\n`);
  console.log(`${hashes.length} runs written to ${OUT}`);
}
