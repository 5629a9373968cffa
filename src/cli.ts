// The command-line program: argv → command → exit code. run() is the whole CLI, testable
// in-process with a fake Io; main() wires it to the real process for bin/osteo.js.
import { renderOrientation } from './commands/orientation.js';
import { EXIT } from './errors.js';
import { createProcessIo, type Io } from './io/process.js';
import { decideWidth, guardIo } from './output.js';
import { buildProgram } from './program/program.js';
import { reportError } from './program/report.js';

export async function run(argv: readonly string[], processIo: Io): Promise<number> {
  // Everything osteo writes passes the one terminal-safety filter.
  const io = guardIo(processIo);
  const wantsJson = argv.includes('--json');
  // The orientation without loading commander (also `osteo --width 40`, through the program).
  if (argv.length === 0) {
    io.out(renderOrientation(decideWidth(undefined, io.columns)));
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
