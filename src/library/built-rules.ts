// The build compiles the shipped triage.yml and vocabulary.yml (dist/triage.json,
// dist/vocabulary.json), each with the size and a hash of the file it was made from. A folder
// gets the compiled form when the file it would read (its own, else the shipped one) is that
// file: the same size and no newer than the compiled form is enough (as for the snapshot);
// otherwise the bytes decide. A search then spends no time reading and hashing 50 KB of YAML.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRegular } from '../topics/read-file.js';
import { fnv1a } from './hash.js';

// Larger than any rules file osteo reads (they are capped at 512 KB).
const MAX_SOURCE_BYTES = 1024 * 1024;

/** What the build writes beside a compiled form: the size and FNV-1a of its source file. */
export interface SourceStamp {
  source: number;
  size: number;
}

export function stampSource(bytes: Uint8Array): SourceStamp {
  return { source: fnv1a(bytes), size: bytes.length };
}

/**
 * The compiled form in `built`, if it was made from the `name` file that `dir` would use (its own,
 * else `shipped`'s); `valid` checks its shape. Otherwise null, and which folder's file to compile.
 */
export function readCompiled<T extends SourceStamp>(
  dir: string,
  shipped: string,
  name: string,
  built: string,
  valid: (value: T) => boolean,
): { compiled: T | null; from: string | null } {
  const from = [dir, shipped].find((folder) => sizeOf(join(folder, name)) !== null) ?? null;
  if (from === null) return { compiled: null, from };
  const source = join(from, name);
  let compiled: T;
  let builtTime: number;
  try {
    compiled = JSON.parse(readFileSync(built, 'utf8')) as T;
    builtTime = statSync(built).mtimeMs;
    if (typeof compiled.source !== 'number' || typeof compiled.size !== 'number' || !valid(compiled))
      return { compiled: null, from };
  } catch {
    return { compiled: null, from };
  }
  // lstat: a link at the name is not the file the build compiled (and the rules reader refuses it).
  const stats = lstatSync(source, { throwIfNoEntry: false });
  if (stats && !stats.isFile()) return { compiled: null, from };
  if (!stats || stats.size !== compiled.size) return { compiled: null, from };
  if (stats.mtimeMs <= builtTime) return { compiled, from };
  try {
    // Read as the rules file itself would be: no link, no FIFO, capped.
    const bytes = readRegular(source, MAX_SOURCE_BYTES).bytes;
    return { compiled: fnv1a(bytes) === compiled.source ? compiled : null, from };
  } catch {
    return { compiled: null, from };
  }
}

function sizeOf(path: string): number | null {
  return statSync(path, { throwIfNoEntry: false })?.size ?? null;
}
