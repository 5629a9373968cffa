// `osteo sources`: commander's definition; the work is in commands/sources.ts.
import type { Command } from 'commander';
import { examples } from './options.js';
import type { Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('sources')
    .description('list the references behind every topic, or one')
    .argument('[topic...]', 'topic id, title or alias')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo sources', 'osteo sources fractures', 'osteo sources --json']))
    .action(async (words: string[], opts: { json?: boolean }, cmd: Command) => {
      const { runSources } = await import('../commands/sources.js');
      const ctx = await rt.context(cmd);
      await rt.done(await runSources(ctx, words, opts), ctx.output);
    });
}
