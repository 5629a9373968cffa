// `osteo export`: commander's definition; the work is in commands/export.ts.
import type { Command } from 'commander';
import { BROWSER_SEARCH, BUILT_NOTICES, BUILT_TRIAGE, PLACES } from '../paths.js';
import { examples } from './options.js';
import type { GlobalOptions, Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('export')
    .description('write the whole library as an offline web site, with search, to open in a browser')
    .requiredOption('--html <dir>', 'the folder to write the site into (made if missing; must be empty)')
    .option('--force', "write into a folder that is not empty, replacing osteo's own files in it")
    .option('--large', 'large print')
    .addHelpText(
      'after',
      examples(['osteo export --html ./osteo-site', 'osteo --region uk export --html ~/osteo --large']),
    )
    .action(async (opts: { html: string; force?: boolean; large?: boolean }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const [{ runExport }, { openTriage }] = await Promise.all([
        import('../commands/export.js'),
        import('../library/triage.js'),
      ]);
      const ctx = await rt.context(cmd);
      const rules = await openTriage(rt.contentDir(globals), PLACES.shipped, BUILT_TRIAGE);
      const request = {
        dir: opts.html,
        force: opts.force,
        large: opts.large,
        now: new Date(),
        script: BROWSER_SEARCH,
        spelling: PLACES.snapshot.spelling,
        notices: BUILT_NOTICES,
      };
      await rt.done(await runExport(ctx, rules, request), ctx.output);
    });
}
