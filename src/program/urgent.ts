// `osteo urgent`: commander's definition; the work is in commands/urgent.ts.
import type { Command } from 'commander';
import { BUILT_TRIAGE, PLACES } from '../paths.js';
import { decideRegion } from '../region.js';
import { addHandoutOptions, handoutRequest, type HandoutFlags } from './handout.js';
import { examples } from './options.js';
import type { GlobalOptions, Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  const urgent = program
    .command('urgent')
    .description('the signs to call 999 or 911 for now, and the signs to see a doctor today, on one screen')
    .option('--json', 'print JSON');
  addHandoutOptions(urgent)
    .addHelpText(
      'after',
      examples([
        'osteo urgent',
        'osteo --region uk urgent',
        'osteo urgent --json',
        'osteo urgent --format html --large -o urgent.html',
      ]),
    )
    .action(async (opts: { json?: boolean } & HandoutFlags, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const handout = handoutRequest(opts, new Date());
      const [{ runUrgent }, { openTriage }] = await Promise.all([
        import('../commands/urgent.js'),
        import('../library/triage.js'),
      ]);
      // Only the rules are read: the card must come up even when the topic folder cannot.
      const rules = await openTriage(rt.contentDir(globals), PLACES.shipped, BUILT_TRIAGE);
      const { output, theme } = await rt.outputFor(globals);
      const region = decideRegion(globals.region, rt.io.env);
      if (handout) {
        const { urgentHandout } = await import('../commands/handout.js');
        // The sources come from the card's topic; the card is printed even if it cannot be read.
        const topic = await rt.context(cmd).then(
          (c) => c.topics.find((t) => t.id === rules.topic) ?? null,
          () => null,
        );
        await rt.done(await urgentHandout(rules, topic, { region }, handout), output);
        return;
      }
      await rt.done(runUrgent(rules, { output, theme, region }, opts), output);
    });
}
