// Index files made by hand for the hardening tests: a real index of a folder, then changed the
// way a person with write access to the folder could change it.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_FILE } from '../../src/library/folder-index.js';
import { scanHere } from '../../src/library/scan.js';
import type { IndexData } from '../../src/search/builder.js';
import { encodeIndex } from '../../src/search/format.js';
import { encodeMeta, type IndexMeta } from '../../src/search/meta.js';
import { parseTopic } from '../../src/topics/parse.js';

export interface Crafted {
  meta: IndexMeta;
  data: IndexData;
}

/** What `osteo index` would write for `dir`. */
export function contentsOf(dir: string): Crafted {
  const { meta, data } = scanHere(dir, parseTopic);
  return { meta, data };
}

/** Write `contents` as the folder's index, as is (no checks: that is the point). */
export function plantIndex(dir: string, contents: Crafted): string {
  const file = join(dir, INDEX_FILE);
  const fd = openSync(file, 'w');
  try {
    encodeIndex({ ...encodeMeta(contents.meta), data: contents.data }, (chunk) => writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
  return file;
}
