// `osteo check`: commander's definition; the work is in commands/check.ts.
import type { Command } from 'commander';
import { examples } from './options.js';
import type { GlobalOptions, Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('check')
    .description('lint a content folder: front matter, ids, links, sections, reading grade')
    .argument('[dir]', 'the folder to check (default: the one osteo reads)')
    .option('--json', 'print JSON')
    .addHelpText('after', examples(['osteo check', 'osteo check ./my-topics', 'osteo check --json']))
    .action(async (dir: string | undefined, opts: { json?: boolean }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      // check reads the files themselves, never the build's snapshot: it judges what is on disk.
      const [{ runCheck }, { loadTopics }, { checkDataFiles }] = await Promise.all([
        import('../commands/check.js'),
        import('../topics/load.js'),
        import('../check/data-files.js'),
      ]);
      const folder = dir ?? rt.contentDir(globals);
      const loaded = loadTopics(folder);
      const { output, theme } = await rt.outputFor(globals);
      await rt.done(runCheck(loaded, theme, opts, new Date(), checkDataFiles(folder, loaded.topics)), output);
    });
}
