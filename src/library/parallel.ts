// Reading a large folder on several threads: the folder's files split into consecutive runs,
// the first read here while worker threads (bin/scan-worker.js, running the same bundle) read
// the others; scan.ts joins the parts as one reader would have made them. Reading and indexing
// 10,000 topics is CPU work (parsing, tokenizing), so it scales with cores. Any worker that
// cannot start or fails (Node's permission model forbids workers, say): null, and the caller
// reads the folder on this thread, with the same result.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexParts } from '../search/builder.js';
import { parseTopic } from '../topics/parse.js';
import { scanPart as scanWith, type ScannedPart, type Threads } from './scan.js';

/** A run of a folder's files read and indexed, each through parse.ts (a worker's part, and this thread's). */
export function scanPart(
  root: string,
  names: readonly string[],
  keepText: boolean,
  patterns?: readonly string[],
): ScannedPart {
  return scanWith(root, names, keepText, parseTopic, patterns);
}

/** Below this many files per thread, starting a worker costs more than it saves. */
const MIN_FILES_PER_THREAD = 500;

export async function scanOnThreads(
  root: string,
  names: readonly string[],
  keepText: boolean,
  threads: Threads,
  patterns?: readonly string[],
): Promise<ScannedPart[] | null> {
  const count = Math.min(threads.count ?? idleCores(), Math.floor(names.length / MIN_FILES_PER_THREAD));
  if (count < 2) return null;
  const size = Math.ceil(names.length / count);
  const runs = Array.from({ length: count }, (_, i) => names.slice(i * size, (i + 1) * size));
  const workers: Worker[] = [];
  try {
    const others = runs
      .slice(1)
      .map((run) => onWorker(threads.script, { root, names: run, keepText, patterns }, workers));
    // Failures are awaited below; this keeps an early one from being reported as unhandled.
    for (const other of others) other.catch(() => undefined);
    const first = scanPart(root, runs[0] ?? [], keepText, patterns);
    return [first, ...(await Promise.all(others))];
  } catch {
    return null;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/**
 * One thread per core that is idle now, up to 4: on a machine already busy, a second thread
 * only competes for the same core (measured: 10,000 topics on 2 busy cores took 20% longer).
 * On 2 cores, one thread: there, two were slower at every load measured, idle included
 * (10,000 topics, search with no index, same-run medians: 1.45 s on one thread, 1.60 s on
 * two; the worker's start and the merge cost more than half the reading saves).
 */
function idleCores(): number {
  const cores = availableParallelism();
  if (cores < 3) return 1;
  const idle = Math.floor(cores - (loadavg()[0] ?? 0));
  return Math.max(1, Math.min(cores, 4, idle + 1));
}

function onWorker(
  script: string,
  job: { root: string; names: string[]; keepText: boolean; patterns?: readonly string[] | undefined },
  workers: Worker[],
): Promise<ScannedPart> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    workers.push(worker);
    worker.once('message', (part: ScannedPart) => resolve(part));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`scan worker exited ${code}`)));
  });
}

/** What a worker hands over without copying: the buffers of its index's arrays. */
export function transferables(part: ScannedPart): ArrayBuffer[] {
  const { parts } = part;
  const arrays: (keyof IndexParts)[] = [
    'sectionCounts',
    'wordTerms',
    'postStart',
    'postBytes',
    'bytes',
    'nameStart',
    'nameTopic',
    'tagStart',
    'tagTopic',
  ];
  return [...new Set(arrays.map((name) => (parts[name] as ArrayBufferView).buffer as ArrayBuffer))];
}
