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
      const [{ runCheck }, { loadTopics }, { checkDataFiles }, { recoverSkipped }] = await Promise.all([
        import('../commands/check.js'),
        import('../topics/load.js'),
        import('../check/data-files.js'),
        import('../check/recover.js'),
      ]);
      const folder = dir ?? rt.contentDir(globals);
      const loaded = loadTopics(folder);
      // A file that did not load is still checked as far as it can be: every problem at once.
      const recovered = recoverSkipped(folder, loaded.skipped);
      const topics = [...loaded.topics, ...recovered.topics];
      const { output, theme } = await rt.outputFor(globals);
      const extra = [...recovered.findings, ...checkDataFiles(folder, loaded.topics)];
      await rt.done(
        runCheck({ topics, skipped: recovered.skipped }, theme, { ...opts, width: output.width }, new Date(), extra),
        output,
      );
    });
}
