// A folder of generated topic files, t-0.md to t-(n-1).md: the large or many-file libraries that
// the scan, listing and index tests read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Make `dir` and write `count` topics into it, each `---`, `id: t-i`, `title: Topic i`, then
 * `rest(i)`: any more front matter, its closing `---` and the body. Returns `dir`.
 */
export function writeNumberedTopics(dir: string, count: number, rest: (i: number) => string): string {
  mkdirSync(dir);
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `t-${i}.md`), `---\nid: t-${i}\ntitle: Topic ${i}\n${rest(i)}`);
  return dir;
}
