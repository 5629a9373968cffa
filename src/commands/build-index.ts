// `osteo index [dir]`: read a topic folder once and write its search index into it
// (library/index-file.ts), so search and topics read that instead of every file.
import { join } from 'node:path';
import { ContentError, EXIT } from '../errors.js';
import { INDEX_FILE } from '../library/folder-index.js';
import { WriteProblem, writeIndexFile } from '../library/index-file.js';
import { scanFolder, type Threads } from '../library/scan.js';
import { printable } from '../safe-text.js';
import type { CommandResult } from './context.js';

/** `elapsed`: milliseconds since the command started (the clock stays at the edge, in cli.ts). */
export async function runBuildIndex(folder: string, elapsed: () => number, threads?: Threads): Promise<CommandResult> {
  const { root, topics, skipped, meta, data } = await scanFolder(folder, false, threads);
  const stderr = skipped
    .map(({ file, problem }) => `osteo: skipped ${printable(file, 200)}: ${printable(problem, 200)}\n`)
    .join('');
  if (topics.length === 0) throw new ContentError(`No topics to index in ${folder}`);
  try {
    writeIndexFile(join(root, INDEX_FILE), { meta, data });
  } catch (cause) {
    if (!(cause instanceof WriteProblem)) throw cause;
    const hint =
      cause.message === 'the folder is not writable'
        ? `osteo index writes one file, ${INDEX_FILE}, into the folder: it must be writable.`
        : undefined;
    throw new ContentError(
      `Cannot write the index into ${folder}: ${cause.message}`,
      hint === undefined ? { cause } : { cause, hint },
    );
  }
  const sections = data.sectionCounts.reduce((a, b) => a + b, 0);
  const counts = `${topics.length} topics (${sections} sections, ${data.terms.length} terms)`;
  return { stdout: `Indexed ${counts} in ${elapsed()} ms: ${INDEX_FILE} in ${folder}\n`, stderr, exitCode: EXIT.ok };
}
