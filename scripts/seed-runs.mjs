// Writes tests/fixtures/seed-runs.txt: a hash of every run of 8 words in the consumer article the
// project started from (../shared/seed/article.txt), so that the content test can prove that no
// topic repeats it on a clean clone, without shipping the article's words.
// Usage: node scripts/seed-runs.mjs [path/to/article.txt]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RUN, runHashes } from './seed-words.mjs';

const article = process.argv[2] ?? fileURLToPath(new URL('../../shared/seed/article.txt', import.meta.url));
const hashes = [...runHashes(readFileSync(article, 'utf8'))].sort();
const out = new URL('../tests/fixtures/seed-runs.txt', import.meta.url);
writeFileSync(
  out,
  `# sha256 (first 16 hex) of each ${RUN}-word run of the seed article; made by scripts/seed-runs.mjs\n${hashes.join('\n')}\n`,
);
console.log(`wrote ${hashes.length} hashes`);
