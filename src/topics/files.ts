// Which files in a content folder are topics: `*.md` files, not hidden, in name order. Kept
// apart from load.ts so the start-up path (snapshot.ts) can use it without the parser.
import { readdirSync } from 'node:fs';

export interface TopicFileEntry {
  name: string;
  /** The listing says it is a regular file, not a link or a folder (load.ts then checks less). */
  plainFile: boolean;
}

export function topicFileNames(dir: string): string[] {
  return topicFileEntries(dir).map((entry) => entry.name);
}

export function topicFileEntries(dir: string): TopicFileEntry[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.name.endsWith('.md') && !entry.name.startsWith('.'))
    .map((entry) => ({ name: entry.name, plainFile: entry.isFile() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
