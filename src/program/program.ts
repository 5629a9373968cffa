// The commander program: global options, then each command from its own file in this folder.
// A command's module is imported when that command runs, so a run pays only for what it uses
// (the renderer, the search index, the YAML parser) and start-up stays near bare Node.
import { Command } from 'commander';
import type { CommandResult } from '../commands/context.js';
import type { Io } from '../io/process.js';
import { VERSION } from '../version.js';
import { register as check } from './check.js';
import { register as completion } from './completion.js';
import { register as explain } from './explain.js';
import { register as index } from './index-command.js';
import { examples, integer } from './options.js';
import { createRuntime, type Runtime } from './runtime.js';
import { register as search } from './search.js';
import { register as sources } from './sources.js';
import { register as topics } from './topics.js';

/** Each command's definition, in the order --help lists them. */
const COMMANDS: ((program: Command, rt: Runtime) => void)[] = [topics, explain, search, sources, check, completion, index];

export function buildProgram(io: Io, finish: (result: CommandResult) => void): Command {
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

  const rt = createRuntime(io, finish);
  for (const define of COMMANDS) define(program, rt);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
  }
  return program;
}
