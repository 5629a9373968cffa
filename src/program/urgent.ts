// `osteo urgent`: commander's definition; the work is in commands/urgent.ts.
import type { Command } from 'commander';
import { BUILT_TRIAGE, PLACES } from '../paths.js';
import { decideRegion } from '../region.js';
import { examples } from './options.js';
import type { GlobalOptions, Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('urgent')
    .description('the signs to call 999 or 911 for now, and the signs to see a doctor today, on one screen')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo urgent', 'osteo --region uk urgent', 'osteo urgent --json']))
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const [{ runUrgent }, { openTriage }] = await Promise.all([import('../commands/urgent.js'), import('../library/triage.js')]);
      // Only the rules are read: the card must come up even when the topic folder cannot.
      const rules = openTriage(rt.contentDir(globals), PLACES.shipped, BUILT_TRIAGE);
      const { output, theme } = await rt.outputFor(globals);
      await rt.done(runUrgent(rules, { output, theme, region: decideRegion(globals.region, rt.io.env) }, opts), output);
    });
}
