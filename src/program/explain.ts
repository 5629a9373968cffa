// `osteo explain`: commander's definition; the work is in commands/explain.ts.
import type { Command } from 'commander';
import { examples } from './options.js';
import type { Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('explain')
    .description('show one topic in full, or one section of it')
    .argument('<topic...>', 'topic id, title or alias (typos are fine)')
    .option('--section <name>', 'show only this section')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo explain fractures', 'osteo explain fosamax', 'osteo explain fractures --section help']))
    .action(async (words: string[], opts: { section?: string; json?: boolean }, cmd: Command) => {
      const { runExplain } = await import('../commands/explain.js');
      const ctx = await rt.context(cmd, { only: words.join(' ').trim().toLowerCase() });
      await rt.done(await runExplain(ctx, words, opts), ctx.output);
    });
}
