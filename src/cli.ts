// The command-line program: argv → command → exit code. run() is the whole CLI, testable
// in-process with a fake Io; main() wires it to the real process for bin/osteo.js.
import { Argument, Command, CommanderError, InvalidArgumentError } from 'commander';
import { fileURLToPath } from 'node:url';
import { json, type CommandContext, type CommandResult } from './commands/context.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from './commands/limits.js';
import { ContentError, EXIT, OsteoError } from './errors.js';
import { createOutput, createProcessIo, printable, type Io, type Output } from './io.js';
import type { LoadResult } from './topics/load.js';
import type { SearchIndex } from './search/index.js';
import { loadTheme, type Theme } from './render/theme.js';
import { readSnapshot } from './topics/snapshot.js';
import { VERSION } from './version.js';

// Each command's module is imported when that command runs, so a run pays only for what it
// uses (the renderer, the search index, the YAML parser) and start-up stays near bare Node.

/** Exit code for a bug in osteo itself (EX_SOFTWARE): never the user's fault. */
export const EXIT_INTERNAL = 70;

const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));
// From this many topics, a search without a stored index suggests making one.
const INDEX_HINT_TOPICS = 1000;
// From the package root, so the CLI finds it whether it runs built (dist/) or from src/ in tests.
const SNAPSHOT = {
  topics: fileURLToPath(new URL('../dist/content.json', import.meta.url)),
  index: fileURLToPath(new URL('../dist/search-index.json', import.meta.url)),
  lexed: fileURLToPath(new URL('../dist/lexed', import.meta.url)),
};

interface GlobalOptions {
  contentDir?: string;
  width?: number;
  color?: boolean;
  plain?: boolean;
  pager?: boolean;
}

const ORIENTATION = `osteo: plain answers about osteoporosis and weak or tired legs, offline.

Commands:
  osteo topics               list every topic
  osteo explain <topic>      read one topic in full
  osteo search <words>       find the sections that answer a question
  osteo sources [topic]      the references behind the topics
  osteo check [dir]          lint a folder of topics
  osteo index [dir]          make search fast on a large folder of topics
  osteo completion <shell>   Tab completion for bash, zsh or fish

Examples:
  osteo search weak legs
  osteo explain fractures
  osteo search "thigh pain on alendronate"

Run 'osteo --help' for all options. General information, not medical advice:
see a health professional about your own symptoms.
`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const wantsJson = argv.includes('--json');
  if (argv.length === 0) {
    io.out(ORIENTATION);
    return EXIT.ok;
  }
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (result) => {
    exitCode = result.exitCode;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, wantsJson);
  }
}

export async function main(): Promise<number> {
  return run(process.argv.slice(2), createProcessIo());
}

function buildProgram(io: Io, finish: (result: CommandResult) => void): Command {
  const program = new Command('osteo')
    .description('Plain answers about osteoporosis and weak or tired legs, from a sourced topic library. Offline.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    .option('--content-dir <dir>', 'read topics from another folder (env: OSTEO_CONTENT_DIR)')
    .option('--width <n>', 'wrap output at n columns (default: terminal width up to 100, else 80)', integer('--width', 20, 1000))
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off (also NO_COLOR)')
    .option('--plain', 'no colour, boxes or symbols: for screen readers and copying')
    .option('--no-pager', 'never page long output (env: OSTEO_PAGER, PAGER)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      // Errors are printed once, by reportError, in osteo's own format.
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', examples(['osteo search weak legs', 'osteo explain fractures', 'osteo topics --json']));

  const contentDir = (globals: GlobalOptions): string =>
    globals.contentDir ?? (io.env.OSTEO_CONTENT_DIR || undefined) ?? DEFAULT_CONTENT_DIR;
  /**
   * The topics and output settings for a command. What the command needs decides what is read:
   * `only` a topic id it may need alone (explain), `frontMatterOnly` (topics), `indexed` (a
   * stored index will do, for search and topics).
   */
  const context = async (cmd: Command, needs: { only?: string; frontMatterOnly?: boolean; indexed?: boolean } = {}): Promise<CommandContext> => {
    const { only, frontMatterOnly = false, indexed = false } = needs;
    const globals = cmd.optsWithGlobals<GlobalOptions>();
    const dir = contentDir(globals);
    const stored = indexed && dir !== DEFAULT_CONTENT_DIR ? (await import('./search/store.js')).openStoredIndex(dir) : null;
    if (stored) return { topics: stored.topics, stored, index: () => stored.index, ...(await outputFor(globals)) };
    const { topics, skipped, index } = await loadContent(dir, only, frontMatterOnly);
    for (const { file, problem } of skipped) io.err(`osteo: skipped ${file}: ${problem}\n`);
    if (topics.length === 0) throw new ContentError(`No topics to read in ${dir}`, { hint: 'A topic is a Markdown file with front matter: see the README.' });
    if (indexed && topics.length >= INDEX_HINT_TOPICS && cmd.name() === 'search') {
      io.err(`osteo: tip: run 'osteo index ${printable(dir, 200)}' once to make search fast on a library this size.\n`);
    }
    return { topics, index, ...(await outputFor(globals)) };
  };
  const outputFor = async (globals: GlobalOptions): Promise<{ output: Output; theme: Theme }> => {
    const output = await createOutput(io, globals);
    return { output, theme: await loadTheme(output) };
  };
  const done = async (result: CommandResult, output: Output): Promise<void> => {
    if (result.stderr) io.err(result.stderr);
    const shown = result.stdout ? await output.show(result.stdout, result.pageable === true) : 0;
    finish({ ...result, exitCode: shown === EXIT.interrupted ? EXIT.interrupted : result.exitCode });
  };

  program
    .command('topics')
    .description('list every topic: id, title and summary')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo topics', 'osteo topics --json']))
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { runTopics } = await import('./commands/topics.js');
      // The list needs front matter only (--json also lists each topic's section headings), or
      // the header of a stored index, which holds both.
      const ctx = await context(cmd, { frontMatterOnly: opts.json !== true, indexed: true });
      await done(runTopics(ctx, opts), ctx.output);
    });

  program
    .command('explain')
    .description('show one topic in full, or one section of it')
    .argument('<topic...>', 'topic id, title or alias (typos are fine)')
    .option('--section <name>', 'show only this section')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo explain fractures', 'osteo explain fosamax', 'osteo explain fractures --section help']))
    .action(async (words: string[], opts: { section?: string; json?: boolean }, cmd: Command) => {
      const { runExplain } = await import('./commands/explain.js');
      const ctx = await context(cmd, { only: words.join(' ').trim().toLowerCase() });
      await done(await runExplain(ctx, words, opts), ctx.output);
    });

  program
    .command('search')
    .description('find the sections that best answer a question')
    .argument('<query...>', 'what to look for, in your own words')
    .option('--limit <n>', `how many sections to show (default: ${DEFAULT_LIMIT})`, integer('--limit', 1, MAX_LIMIT))
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo search weak legs', 'osteo search "broke my wrist"', 'osteo search denosumab --limit 5']))
    .action(async (words: string[], opts: { limit?: number; json?: boolean }, cmd: Command) => {
      const { runSearch } = await import('./commands/search.js');
      const ctx = await context(cmd, { indexed: true });
      await done(await runSearch(ctx, words, opts), ctx.output);
    });

  program
    .command('sources')
    .description('list the references behind every topic, or one')
    .argument('[topic...]', 'topic id, title or alias')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo sources', 'osteo sources fractures', 'osteo sources --json']))
    .action(async (words: string[], opts: { json?: boolean }, cmd: Command) => {
      const { runSources } = await import('./commands/sources.js');
      const ctx = await context(cmd);
      await done(await runSources(ctx, words, opts), ctx.output);
    });

  program
    .command('check')
    .description('lint a content folder: front matter, ids, links, sections, reading grade')
    .argument('[dir]', 'the folder to check (default: the one osteo reads)')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo check', 'osteo check ./my-topics', 'osteo check --json']))
    .action(async (dir: string | undefined, opts: { json?: boolean }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      // check reads the files themselves, never the build's snapshot: it judges what is on disk.
      const [{ runCheck }, { loadTopics }] = await Promise.all([import('./commands/check.js'), import('./topics/load.js')]);
      const output = await createOutput(io, globals);
      await done(runCheck(loadTopics(dir ?? contentDir(globals)), await loadTheme(output), opts, new Date()), output);
    });

  program
    .command('completion')
    .description('print a shell completion script (commands, options, topic ids)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      examples(['source <(osteo completion bash)   # in ~/.bashrc', 'source <(osteo completion zsh)    # in ~/.zshrc', 'osteo completion fish > ~/.config/fish/completions/osteo.fish']),
    )
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('./commands/completion.js');
      const output = await createOutput(io, { color: false, pager: false });
      await done({ stdout: completionScript(shell, completionSpec(program)), exitCode: EXIT.ok }, output);
    });

  program
    .command('index')
    .description('write a search index into a large topic folder, so search stays fast')
    .argument('[dir]', 'the folder to index (default: --content-dir or OSTEO_CONTENT_DIR)')
    .addHelpText('after', examples(['osteo index ./my-topics', 'osteo --content-dir ./my-topics search weak legs']))
    .action(async (dir: string | undefined, _opts: unknown, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const folder = dir ?? contentDir(globals);
      const [{ runBuildIndex }, { loadTopics }] = await Promise.all([import('./commands/build-index.js'), import('./topics/load.js')]);
      const started = Date.now();
      const result = runBuildIndex(folder, loadTopics(folder), () => Date.now() - started);
      await done(result, await createOutput(io, globals));
    });

  // What the completion scripts call at Tab time for topic ids: one per line, from the same folder.
  program.command('__complete-topics', { hidden: true }).action(async (_opts: unknown, cmd: Command) => {
    const ctx = await context(cmd);
    await done({ stdout: ctx.topics.map((t) => `${t.id}\n`).join(''), exitCode: EXIT.ok }, ctx.output);
  });

  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
  }
  return program;
}

/**
 * The topics of `dir`: from the build's snapshot when it is the shipped folder, unchanged; else
 * just `<only>.md` when that is all the command needs and it exists; else every file.
 */
async function loadContent(dir: string, only: string | undefined, frontMatterOnly: boolean): Promise<LoadResult & { index?: () => SearchIndex }> {
  const snapshot = dir === DEFAULT_CONTENT_DIR ? readSnapshot(SNAPSHOT, dir) : null;
  if (snapshot) return snapshot;
  const { loadTopicById, loadTopics } = await import('./topics/load.js');
  const single = only === undefined ? null : loadTopicById(dir, only);
  return single ? { topics: [single], skipped: [] } : loadTopics(dir, { frontMatterOnly });
}

const ARGUMENT_KINDS: Record<string, 'topic' | 'dir' | 'shell'> = { explain: 'topic', sources: 'topic', check: 'dir', index: 'dir', completion: 'shell' };

/** The commands and options the completion scripts offer, read off the program itself. */
function completionSpec(program: Command): import('./commands/completion.js').CompletionSpec {
  const longFlags = (cmd: Command): string[] => cmd.options.map((o) => o.long).filter((f): f is string => f !== undefined);
  const all = [program, ...program.commands];
  return {
    commands: program.commands
      .filter((c) => !c.name().startsWith('_'))
      .map((c) => ({ name: c.name(), description: c.description(), options: longFlags(c), argument: ARGUMENT_KINDS[c.name()] ?? 'none' })),
    globalOptions: [...longFlags(program), '--help'],
    valueOptions: [...new Set(all.flatMap((c) => c.options.filter((o) => o.required).map((o) => o.long ?? '')))].filter(Boolean),
  };
}

function examples(lines: string[]): string {
  // Commander adds the final newline.
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
}

/** A whole number within [min, max], or a usage error that says so. */
function integer(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} takes a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

/** The one catch: expected errors print their message and hint; anything else is a bug. */
function reportError(error: unknown, io: Io, asJson: boolean): number {
  if (error instanceof CommanderError) {
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT.ok;
    return printError(io, asJson, {
      code: 'usage',
      // Commander puts its "(Did you mean search?)" on a second line; keep it on the one line.
      message: printable(error.message.replace(/^error: /, '').replace(/\s*\n\s*\(?([^)\n]*)\)?/g, '. $1').trim(), 200),
      hint: "Run 'osteo --help' for usage.",
      suggestions: [],
      exitCode: EXIT.usage,
    });
  }
  if (error instanceof OsteoError) {
    const { code, message, hint, suggestions, exitCode } = error;
    return printError(io, asJson, { code, message, hint, suggestions, exitCode });
  }
  const debug = io.env.OSTEO_DEBUG === '1';
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  io.err(`osteo: internal error: ${detail}\n${debug ? '' : 'This is a bug in osteo. Set OSTEO_DEBUG=1 to see details.\n'}`);
  return EXIT_INTERNAL;
}

function printError(
  io: Io,
  asJson: boolean,
  e: { code: string; message: string; hint?: string | undefined; suggestions: string[]; exitCode: number },
): number {
  if (asJson) {
    io.err(json({ error: { code: e.code, message: e.message, suggestions: e.suggestions } }, 0));
  } else {
    io.err(`osteo: ${e.message}\n${e.hint ? `${e.hint}\n` : ''}`);
  }
  return e.exitCode;
}
