// Which files in a content folder are topics: `*.md` files, not hidden, in name order. Kept
// apart from load.ts so the start-up path (snapshot.ts) can use it without the parser.
import { readdirSync } from 'node:fs';

export function topicFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort();
}
