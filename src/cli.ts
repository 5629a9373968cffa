// The command-line program: argv → command → exit code. run() is the whole CLI, testable
// in-process with a fake Io; main() wires it to the real process for bin/osteo.js.
import { EXIT } from './errors.js';
import { createProcessIo, type Io } from './io/process.js';
import { guardIo } from './output.js';
import { buildProgram } from './program/program.js';
import { reportError } from './program/report.js';

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

export async function run(argv: readonly string[], processIo: Io): Promise<number> {
  const io = guardIo(processIo);
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
