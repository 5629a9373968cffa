// The shipped content, parsed and lexed at build time (dist/content.json), so the CLI starts
// without a YAML parser, a schema library or marked's lexer. Used only while every topic file
// is still exactly as the build saw it; any change, and the CLI parses the folder as usual.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from './load.js';
import type { Topic } from './types.js';

export const SNAPSHOT_VERSION = 1;

export interface FileStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

export interface Snapshot {
  version: number;
  files: FileStamp[];
  topics: Topic[];
}

/** Size and modification time of each topic file, to tell whether a snapshot still holds. */
export function stampFiles(dir: string): FileStamp[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort()
    .map((name) => {
      const stats = statSync(join(dir, name));
      return { name, size: stats.size, mtimeMs: stats.mtimeMs };
    });
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
    return now !== undefined && now.name === f.name && now.size === f.size && now.mtimeMs === f.mtimeMs;
  });
  return same ? { topics: snapshot.topics, skipped: [] } : null;
}
