// `osteo search`: commander's definition; the work is in commands/search.ts.
import type { Command } from 'commander';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../search/limits.js';
import { addHandoutOptions, handoutRequest, type HandoutFlags } from './handout.js';
import { examples, integer } from './options.js';
import type { Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  const search = program
    .command('search')
    .description('find the sections that best answer a question')
    .argument('<query...>', 'what to look for, in your own words')
    .option('--limit <n>', `how many sections to show in full (default: 1, the rest listed; --json: ${DEFAULT_LIMIT})`, integer('--limit', 1, MAX_LIMIT))
    .option('--json', 'print JSON');
  addHandoutOptions(search)
    .addHelpText('after', examples(['osteo search weak legs', 'osteo search "broke my wrist"', 'osteo search denosumab --limit 5', 'osteo search weak legs --format md -o weak-legs.md']))
    .action(async (words: string[], opts: { limit?: number; json?: boolean } & HandoutFlags, cmd: Command) => {
      const handout = handoutRequest(opts, new Date());
      const ctx = await rt.context(cmd, { indexed: true });
      if (handout) {
        const { searchHandout } = await import('../commands/handout.js');
        await rt.done(await searchHandout(ctx, words, opts.limit, handout), ctx.output);
        return;
      }
      const { runSearch } = await import('../commands/search.js');
      await rt.done(await runSearch(ctx, words, opts), ctx.output);
    });
}
