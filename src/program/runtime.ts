// What every command's action needs from the program: the content folder, the topics (through
// openLibrary), the output settings, and one way to hand back a result.
import type { Command } from 'commander';
import type { CommandContext, CommandResult } from '../commands/context.js';
import { ContentError, EXIT } from '../errors.js';
import type { Io } from '../io/process.js';
import { createOutput, type Output } from '../output.js';
import { printable } from '../safe-text.js';
import { openLibrary, type LibraryNeeds } from '../library/open.js';
import { BUILT_TRIAGE, BUILT_VOCABULARY, PLACES } from '../paths.js';
import { decideRegion } from '../region.js';
import { loadTheme, type Theme } from '../render/theme.js';
import type { Threads } from '../library/scan.js';
import type { Triage } from '../search/triage/match.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { WordSet } from '../search/word-set.js';

export interface GlobalOptions {
  contentDir?: string;
  region?: string;
  width?: number;
  color?: boolean;
  plain?: boolean;
  pager?: boolean;
}

export interface ContextNeeds extends Omit<LibraryNeeds, 'patterns'> {
  /** The one question a search will ask: a folder with no index is read for its words alone. */
  query?: string | undefined;
  /** Read for the typos of its words of four or five letters too (search/partial.ts queryPatterns). */
  wide?: boolean | undefined;
}

// A question up to this long (a long message runs to a few hundred characters) is a short run.
const SHORT_QUESTION = 2000;

// From this many topics, a search without a stored index suggests making one.
const INDEX_HINT_TOPICS = 1000;

export interface Runtime {
  io: Io;
  /** --content-dir, else OSTEO_CONTENT_DIR, else the shipped topics. */
  contentDir(globals: GlobalOptions): string;
  /** The topics and output settings for a command; what it needs decides what is read. */
  context(cmd: Command, needs?: ContextNeeds): Promise<CommandContext>;
  outputFor(globals: GlobalOptions): Promise<{ output: Output; theme: Theme }>;
  /** How to read a large folder on several threads (OSTEO_THREADS), when the build allows it. */
  threads(): Threads | undefined;
  /** Show a command's result and record its exit code. */
  done(result: CommandResult, output: Output): Promise<void>;
}

/**
 * Where the cache lives (library/cache.ts): $XDG_CACHE_HOME/osteo, else ~/.cache/osteo; none with
 * OSTEO_CACHE=0 (or off, false, no), or with neither set to an absolute path.
 */
export function cacheFolder(env: Io['env']): string | undefined {
  if (/^(?:0|off|false|no)$/i.test(env.OSTEO_CACHE ?? '')) return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith('/')) return `${xdg}/osteo`;
  const home = env.HOME;
  return home?.startsWith('/') ? `${home}/.cache/osteo` : undefined;
}

export function createRuntime(io: Io, finish: (result: CommandResult) => void): Runtime {
  const contentDir = (globals: GlobalOptions): string =>
    globals.contentDir ?? (io.env.OSTEO_CONTENT_DIR || undefined) ?? PLACES.shipped;
  const outputFor = async (globals: GlobalOptions): Promise<{ output: Output; theme: Theme }> => {
    const output = await createOutput(io, globals);
    return { output, theme: await loadTheme(output) };
  };
  // OSTEO_THREADS: how many threads read a large folder (1: just this one); default: one per idle core (parallel.ts).
  const wanted = /^\d+$/.test(io.env.OSTEO_THREADS ?? '') ? Number(io.env.OSTEO_THREADS) : undefined;
  const places = { ...PLACES, threads: wanted, cache: cacheFolder(io.env), tuneScan: io.scanRun, tuneList: io.listRun };
  return {
    io,
    contentDir,
    outputFor,
    threads: () => (places.worker === undefined || wanted === 1 ? undefined : { script: places.worker, count: wanted }),
    async context(cmd, { query, wide, ...needs } = {}) {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const dir = contentDir(globals);
      // One question on the shipped topics is a short run (io/short-run.ts); a large folder, a
      // session of questions (osteo ask), or a question pages long is not: without TurboFan, a
      // search of 100,000 made-up words took 2.7 s instead of 1.5.
      const short = query !== undefined && query.length <= SHORT_QUESTION && dir === PLACES.shipped;
      if (short) io.shortRun?.();
      let words: Promise<Vocabulary> | undefined;
      const vocabulary = (): Promise<Vocabulary> =>
        (words ??= import('../library/vocabulary.js').then(({ openVocabulary }) =>
          openVocabulary(dir, PLACES.shipped, BUILT_VOCABULARY),
        ));
      const patterns =
        query === undefined
          ? undefined
          : async (): Promise<readonly string[]> =>
              (await import('../search/partial.js')).queryPatterns(query, await vocabulary(), wide === true);
      const library = await openLibrary(dir, { ...needs, patterns }, places);
      const say = (line: string): void => {
        if (!needs.quiet) io.err(line);
      };
      for (const note of library.notes) say(`${printable(note, 400)}\n`);
      for (const { file, problem } of library.skipped)
        say(`osteo: skipped ${printable(file, 200)}: ${printable(problem, 200)}\n`);
      if (library.topics.length === 0) {
        library.close?.();
        throw new ContentError(`No topics to read in ${dir}`, {
          hint: 'A topic is a Markdown file with front matter: see the README.',
        });
      }
      // With the cache on, the next search is fast anyway: no tip needed.
      if (
        library.from === 'scan' &&
        places.cache === undefined &&
        library.notes.length === 0 &&
        library.topics.length >= INDEX_HINT_TOPICS
      ) {
        say(`osteo: tip: run 'osteo index ${printable(dir, 200)}' once to make search fast on a library this size.\n`);
      }
      const triage = async (known?: WordSet): Promise<Triage> => {
        const [{ openTriage }, { createTriage }] = await Promise.all([
          import('../library/triage.js'),
          import('../search/triage/match.js'),
        ]);
        return createTriage(await openTriage(dir, PLACES.shipped, BUILT_TRIAGE), known);
      };
      const { from, index, hydrate, lexed, close, save } = library;
      return {
        topics: library.topics,
        from,
        index,
        hydrate,
        lexed,
        close,
        save,
        triage,
        vocabulary,
        region: decideRegion(globals.region, io.env),
        ...(await outputFor(globals)),
      };
    },
    async done(result, output) {
      if (result.stderr) io.err(result.stderr);
      const shown = result.stdout ? await output.show(result.stdout, result.pageable === true) : 0;
      finish({ ...result, exitCode: shown === EXIT.interrupted ? EXIT.interrupted : result.exitCode });
    },
  };
}
