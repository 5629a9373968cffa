// `osteo explain`: commander's definition; the work is in commands/explain.ts.
import type { Command } from 'commander';
import { addHandoutOptions, handoutRequest, type HandoutFlags } from './handout.js';
import { examples } from './options.js';
import type { Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  const explain = program
    .command('explain')
    .description('show one topic in full, or one section of it')
    // One topic, whose name may take several words ("broken bones"): `<topic...>` would read as
    // "several topics", so the name is one argument and its other words come as excess ones.
    .argument('<topic name>', "one topic's id, title or alias, in one or more words (typos are fine)")
    .allowExcessArguments()
    .option('--section <name>', 'show only this section')
    .option('--json', 'print JSON');
  addHandoutOptions(explain)
    .addHelpText(
      'after',
      examples([
        'osteo explain fractures',
        'osteo explain fosamax',
        'osteo explain fractures --section help',
        'osteo explain fractures --format html -o fractures.html',
      ]),
    )
    .action(async (_first: string, opts: { section?: string; json?: boolean } & HandoutFlags, cmd: Command) => {
      const words = cmd.args;
      const handout = handoutRequest(opts, new Date());
      const ctx = await rt.context(cmd, { only: words.join(' ').trim().toLowerCase() });
      if (handout) {
        const { explainHandout } = await import('../commands/handout.js');
        await rt.done(await explainHandout(ctx, words, opts.section, handout), ctx.output);
        return;
      }
      const { runExplain } = await import('../commands/explain.js');
      await rt.done(await runExplain(ctx, words, opts), ctx.output);
    });
}
