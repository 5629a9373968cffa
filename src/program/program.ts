// The commander program: global options, then each command from its own file in this folder.
// A command's module is imported when that command runs, so a run pays only for what it uses
// (the renderer, the search index, the YAML parser) and start-up stays near bare Node.
import { Command, CommanderError, Option } from 'commander';
import type { CommandResult } from '../commands/context.js';
import type { Io } from '../io/process.js';
import { decideWidth } from '../output.js';
import { VERSION } from '../version.js';
import { register as ask } from './ask.js';
import { register as check } from './check.js';
import { register as completion } from './completion.js';
import { register as explain } from './explain.js';
import { register as exportSite } from './export.js';
import { fitHelpTo, fitLines } from './help.js';
import { register as index } from './index-command.js';
import { examples, integer } from './options.js';
import { createRuntime, type Runtime } from './runtime.js';
import { register as help } from './help-command.js';
import { register as search } from './search.js';
import { register as selfcheck } from './selfcheck.js';
import { register as sources } from './sources.js';
import { register as topics } from './topics.js';
import { register as urgent } from './urgent.js';
import { register as words } from './words.js';

/** Each command's definition, in the order --help lists them; bare words last (not listed). */
const COMMANDS: ((program: Command, rt: Runtime) => void)[] = [
  topics,
  explain,
  search,
  ask,
  urgent,
  selfcheck,
  sources,
  exportSite,
  check,
  completion,
  index,
  help,
  words,
];

// One line: fitLines wraps it to the width.
const BARE_WORDS =
  "Without a command, your words are a question: 'osteo weak legs' searches for them, and a topic's exact name or alias opens it ('osteo fractures', 'osteo broken bones') unless other topics' titles share the words. A first word that is a command always runs it; one a letter away from a command gets \"Did you mean\".";

export function buildProgram(io: Io, finish: (result: CommandResult) => void): Command {
  const program = new Command('osteo')
    .description('Plain answers about osteoporosis and weak or tired legs, from a sourced topic library. Offline.')
    .version(VERSION, '-V, --version', 'print the version (also -v)')
    .addOption(new Option('-v').hideHelp())
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    .option('--content-dir <dir>', 'read topics from another folder (env: OSTEO_CONTENT_DIR)')
    .option(
      '--width <n>',
      'wrap output at n columns (default: terminal width up to 100, else 80)',
      integer('--width', 20, 1000),
    )
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off (also NO_COLOR)')
    .option('--plain', 'no colour, boxes or symbols: for screen readers and copying')
    .option('--no-pager', 'never page long output (env: OSTEO_PAGER, PAGER)')
    .addOption(
      new Option(
        '--region <region>',
        'whose emergency numbers, services and names come first (env: OSTEO_REGION; default: from the locale, else both)',
      ).choices(['uk', 'us']),
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(fitLines(text, helpWidth())),
      writeErr: (text) => io.err(text),
      getOutHelpWidth: () => helpWidth(),
      getErrHelpWidth: () => helpWidth(),
      // Errors are printed once, by reportError, in osteo's own format.
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `\n${BARE_WORDS}\n${examples(['osteo weak legs', 'osteo explain fractures', 'osteo search denosumab --limit 5 --json', 'osteo help search'])}`,
    );
  // --width, when given before --help, else the terminal's width up to 100, else 80.
  const helpWidth = (): number => decideWidth(program.opts<{ width?: number }>().width, io.columns);
  fitHelpTo(program, helpWidth);
  // -v, as many tools spell it, does what -V does.
  program.on('option:v', () => {
    io.out(`${VERSION}\n`);
    throw new CommanderError(0, 'commander.version', VERSION);
  });

  const rt = createRuntime(io, finish);
  for (const define of COMMANDS) define(program, rt);
  for (const cmd of program.commands) {
    cmd
      .exitOverride()
      .configureOutput(program.configureOutput())
      .configureHelp(program.configureHelp())
      .showSuggestionAfterError(true);
  }
  return program;
}
