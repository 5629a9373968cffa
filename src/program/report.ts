// The one catch: expected errors print their message and hint; anything else is a bug.
import { CommanderError } from 'commander';
import { EXIT, OsteoError } from '../errors.js';
import type { Io } from '../io/process.js';
import { json, printable } from '../safe-text.js';

export function reportError(error: unknown, io: Io, asJson: boolean): number {
  if (error instanceof CommanderError) {
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT.ok;
    return printError(io, asJson, {
      code: 'usage',
      // Commander puts its "(Did you mean search?)" on a second line; keep it on the one line.
      message: printable(
        error.message
          .replace(/^error: /, '')
          .replace(/\s*\n\s*\(?([^)\n]*)\)?/g, '. $1')
          .trim(),
        200,
      ),
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
  io.err(
    `osteo: internal error: ${detail}\n${debug ? '' : 'This is a bug in osteo. Set OSTEO_DEBUG=1 to see details.\n'}`,
  );
  return EXIT.internal;
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
