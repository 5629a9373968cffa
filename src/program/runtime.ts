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
import type { Triage } from '../search/triage/match.js';

export interface GlobalOptions {
  contentDir?: string;
  region?: string;
  width?: number;
  color?: boolean;
  plain?: boolean;
  pager?: boolean;
}

// From this many topics, a search without a stored index suggests making one.
const INDEX_HINT_TOPICS = 1000;

export interface Runtime {
  io: Io;
  /** --content-dir, else OSTEO_CONTENT_DIR, else the shipped topics. */
  contentDir(globals: GlobalOptions): string;
  /** The topics and output settings for a command; what it needs decides what is read. */
  context(cmd: Command, needs?: LibraryNeeds): Promise<CommandContext>;
  outputFor(globals: GlobalOptions): Promise<{ output: Output; theme: Theme }>;
  /** Show a command's result and record its exit code. */
  done(result: CommandResult, output: Output): Promise<void>;
}

export function createRuntime(io: Io, finish: (result: CommandResult) => void): Runtime {
  const contentDir = (globals: GlobalOptions): string => globals.contentDir ?? (io.env.OSTEO_CONTENT_DIR || undefined) ?? PLACES.shipped;
  const outputFor = async (globals: GlobalOptions): Promise<{ output: Output; theme: Theme }> => {
    const output = await createOutput(io, globals);
    return { output, theme: await loadTheme(output) };
  };
  return {
    io,
    contentDir,
    outputFor,
    async context(cmd, needs = {}) {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const dir = contentDir(globals);
      const library = await openLibrary(dir, needs, PLACES);
      for (const { file, problem } of library.skipped) io.err(`osteo: skipped ${file}: ${problem}\n`);
      if (library.topics.length === 0) {
        throw new ContentError(`No topics to read in ${dir}`, { hint: 'A topic is a Markdown file with front matter: see the README.' });
      }
      if (needs.indexed && !library.stored && library.topics.length >= INDEX_HINT_TOPICS && cmd.name() === 'search') {
        io.err(`osteo: tip: run 'osteo index ${printable(dir, 200)}' once to make search fast on a library this size.\n`);
      }
      const triage = async (known?: ReadonlySet<string>): Promise<Triage> => {
        const [{ openTriage }, { createTriage }] = await Promise.all([import('../library/triage.js'), import('../search/triage/match.js')]);
        return createTriage(openTriage(dir, PLACES.shipped, BUILT_TRIAGE), known);
      };
      return {
        topics: library.topics,
        stored: library.stored,
        index: library.index,
        triage,
        vocabulary: async () => (await import('../library/vocabulary.js')).openVocabulary(dir, PLACES.shipped, BUILT_VOCABULARY),
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
