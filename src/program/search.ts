// `osteo search`: commander's definition; the work is in commands/search.ts.
import type { Command } from 'commander';
import type { CommandContext, CommandResult } from '../commands/context.js';
import { printable } from '../safe-text.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../search/limits.js';
import { addHandoutOptions, handoutRequest, type HandoutFlags } from './handout.js';
import { examples, integer } from './options.js';
import type { Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  const search = program
    .command('search')
    .description('find the sections that best answer a question')
    .argument('<query...>', 'what to look for, in your own words')
    .option(
      '--limit <n>',
      `how many sections to show in full (default: 1, the rest listed; --json: ${DEFAULT_LIMIT})`,
      integer('--limit', 1, MAX_LIMIT),
    )
    .option('--json', 'print JSON');
  addHandoutOptions(search)
    .addHelpText(
      'after',
      examples([
        'osteo search weak legs',
        'osteo search "broke my wrist"',
        'osteo search denosumab --limit 5',
        'osteo search weak legs --format md -o weak-legs.md',
      ]),
    )
    .action(async (words: string[], opts: { limit?: number; json?: boolean } & HandoutFlags, cmd: Command) => {
      const handout = handoutRequest(opts, new Date());
      await searchFolder(rt, cmd, words.join(' '), async (ctx) => {
        if (handout) return (await import('../commands/handout.js')).searchHandout(ctx, words, opts.limit, handout);
        return (await import('../commands/search.js')).runSearch(ctx, words, opts);
      });
    });
}

/**
 * Answer `query` from the folder's index, its cache or one pass over its files for the query's
 * words (library/open.ts). A pass that proves too narrow (NotScanned: the query needs a word
 * list, to read a typo) is made again, quietly: through the short words' parts too when that
 * would do (a typo of a word of four or five letters), else in full. An index or cache that proves wrong
 * mid-search (IndexDoubt: a file changed since) is not trusted again for this search: the files
 * answer.
 */
export async function searchFolder(
  rt: Runtime,
  cmd: Command,
  query: string,
  answer: (ctx: CommandContext) => Promise<CommandResult>,
): Promise<void> {
  const { IndexDoubt } = await import('../search/format.js');
  const { NotScanned } = await import('../search/partial.js');
  let ctx = await rt.context(cmd, { indexed: true, search: true, query });
  let result;
  try {
    try {
      result = await answer(ctx);
    } catch (error) {
      // A word of four or five letters the folder lacks, to be read as a typo: read it again
      // through that word's short parts, not in full (10,000 generated topics, "can i do yoga with
      // osteoporosis": a full second reading was three times a first one, and 230 MB).
      if (!(error instanceof NotScanned && error.wider)) throw error;
      ctx.close?.();
      ctx = await rt.context(cmd, { search: true, quiet: true, query, wide: true });
      result = await answer(ctx);
    }
  } catch (error) {
    const narrow = error instanceof NotScanned;
    if (!(error instanceof IndexDoubt || narrow)) throw error;
    ctx.close?.();
    if (narrow) {
      ctx = await rt.context(cmd, { search: true, quiet: true });
    } else if (ctx.from === 'cache') {
      // The cache proved damaged: quietly read the files, and keep a sound copy.
      ctx = await rt.context(cmd, { search: true });
    } else if (ctx.from === 'snapshot') {
      // The build's index proved damaged: quietly read the shipped files themselves.
      ctx = await rt.context(cmd, { search: true, keepText: true });
    } else {
      // The index (or a file since the scan) proved wrong: say so once, and answer from the
      // files themselves, read whole.
      rt.io.err(`osteo: ${printable(error.message, 200)}; reading the topic files again.\n`);
      ctx = await rt.context(cmd, { search: true, keepText: true });
    }
    result = await answer(ctx);
  } finally {
    ctx.close?.();
  }
  await rt.done(result, ctx.output);
  ctx.save?.();
}
