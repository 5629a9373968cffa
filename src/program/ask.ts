// `osteo ask`: commander's definition; the session is in commands/ask.ts.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { examples } from './options.js';
import type { Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('ask')
    .description('ask one question after another; open an answer by its number; q to leave')
    .addHelpText('after', examples(['osteo ask', 'osteo --region uk ask']))
    .action(async (_opts: unknown, cmd: Command) => {
      const lines = await rt.io.lines();
      if (!lines)
        throw new UsageError(
          'ask needs a terminal to read your questions from; for one question, use: osteo search <words>',
        );
      // A session keeps the topics' text from the start: a file edited while it runs cannot make
      // an index wrong halfway through (search has a retry for that; a session would need one per
      // question).
      const ctx = await rt.context(cmd, { search: true, keepText: true });
      try {
        const { runAsk } = await import('../commands/ask.js');
        await rt.done({ stdout: '', exitCode: await runAsk(ctx, lines) }, ctx.output);
      } finally {
        ctx.close?.();
        lines.close();
      }
    });
}
