// The shipped content, parsed and lexed at build time (dist/content.json), so the CLI starts
// without a YAML parser, a schema library or marked's lexer. Used only while every topic file
// is still exactly as the build saw it (same names, sizes and contents); any change, and the
// CLI parses the folder as usual. Contents, not times: npm resets file times when it packs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicFileNames } from './files.js';
import type { LoadResult } from './load.js';
import type { Topic } from './types.js';

export const SNAPSHOT_VERSION = 2;

export interface FileStamp {
  name: string;
  size: number;
  hash: number;
}

export interface Snapshot {
  version: number;
  files: FileStamp[];
  topics: Topic[];
}

/** Name, size and a hash of each topic file, to tell whether a snapshot still holds. */
export function stampFiles(dir: string): FileStamp[] {
  return topicFileNames(dir).map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, size: bytes.length, hash: fnv1a(bytes) };
  });
}

/** 32-bit FNV-1a: enough to notice an edit, and far cheaper to start than node:crypto. */
function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}

/** The snapshot's topics if `snapshotFile` matches `dir` file for file; null otherwise. */
export function readSnapshot(snapshotFile: string, dir: string): LoadResult | null {
  let snapshot: Snapshot;
  let files: FileStamp[];
  try {
    snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
    files = stampFiles(dir);
  } catch {
    return null;
  }
  if (snapshot.version !== SNAPSHOT_VERSION || snapshot.files.length !== files.length) return null;
  const same = snapshot.files.every((f, i) => {
    const now = files[i];
    return now !== undefined && now.name === f.name && now.size === f.size && now.hash === f.hash;
  });
  return same ? { topics: snapshot.topics, skipped: [] } : null;
}
