// `osteo topics`: commander's definition; the work is in commands/topics.ts.
import type { Command } from 'commander';
import { examples } from './options.js';
import type { Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('topics')
    .description('list every topic: id, title and summary')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo topics', 'osteo topics --json']))
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { runTopics } = await import('../commands/topics.js');
      // The list needs front matter only (--json also lists each topic's section headings), and
      // of it only the id, title and summary; or the header of a stored index, which holds both.
      const plain = opts.json !== true;
      const ctx = await rt.context(cmd, { frontMatterOnly: plain, listing: plain, indexed: true });
      await rt.done(runTopics(ctx, opts), ctx.output);
    });
}
