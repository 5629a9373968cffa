// `osteo search`: commander's definition; the work is in commands/search.ts.
import type { Command } from 'commander';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../commands/limits.js';
import { printable } from '../io.js';
import { examples, integer } from './options.js';
import type { Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('search')
    .description('find the sections that best answer a question')
    .argument('<query...>', 'what to look for, in your own words')
    .option('--limit <n>', `how many sections to show (default: ${DEFAULT_LIMIT})`, integer('--limit', 1, MAX_LIMIT))
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo search weak legs', 'osteo search "broke my wrist"', 'osteo search denosumab --limit 5']))
    .action(async (words: string[], opts: { limit?: number; json?: boolean }, cmd: Command) => {
      const [{ runSearch }, { IndexDoubt }] = await Promise.all([import('../commands/search.js'), import('../search/format.js')]);
      let ctx = await rt.context(cmd, { indexed: true, search: true });
      let result;
      try {
        result = await runSearch(ctx, words, opts);
      } catch (error) {
        if (!(error instanceof IndexDoubt)) throw error;
        ctx.close?.();
        if (ctx.from === 'cache') {
          // The cache proved damaged: quietly read the files, and keep a sound copy.
          ctx = await rt.context(cmd, { search: true });
        } else {
          // The index (or a file since the scan) proved wrong mid-search: say so once, and
          // answer from the files themselves, read whole.
          rt.io.err(`osteo: ${printable(error.message, 200)}; reading the topic files again.\n`);
          ctx = await rt.context(cmd, { search: true, keepText: true });
        }
        result = await runSearch(ctx, words, opts);
      } finally {
        ctx.close?.();
      }
      await rt.done(result, ctx.output);
      ctx.save?.();
    });
}
