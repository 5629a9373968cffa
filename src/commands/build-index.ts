// `osteo index [dir]`: write a stored search index into a topic folder (see search/store.ts).
import { ContentError, EXIT } from '../errors.js';
import { printable } from '../safe-text.js';
import { INDEX_FILE, POSTINGS_FILE, writeStoredIndex } from '../search/store.js';
import type { LoadResult } from '../topics/load.js';
import type { CommandResult } from './context.js';

/** `elapsed`: milliseconds since the command started (the clock stays at the edge, in cli.ts). */
export function runBuildIndex(folder: string, loaded: LoadResult, elapsed: () => number): CommandResult {
  const { topics, skipped } = loaded;
  const stderr = skipped.map(({ file, problem }) => `osteo: skipped ${file}: ${printable(problem, 200)}\n`).join('');
  if (topics.length === 0) throw new ContentError(`No topics to index in ${folder}`);
  let written;
  try {
    written = writeStoredIndex(folder, topics);
  } catch (cause) {
    throw new ContentError(`Cannot write the index into ${folder}`, { cause, hint: 'osteo index writes two files into the folder: it must be writable.' });
  }
  const counts = `${topics.length} topics (${written.sections} sections, ${written.terms} terms)`;
  const stdout = `Indexed ${counts} in ${elapsed()} ms: ${INDEX_FILE} and ${POSTINGS_FILE} in ${folder}\n`;
  return { stdout, stderr, exitCode: EXIT.ok };
}
