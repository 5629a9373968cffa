// `osteo index`: commander's definition; the work is in commands/build-index.ts.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { isSameFolder } from '../library/open.js';
import { PLACES } from '../paths.js';
import { examples } from './options.js';
import type { GlobalOptions, Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('index')
    .description('write a search index into a large topic folder, so search stays fast')
    .argument('[dir]', 'the folder to index (default: --content-dir or OSTEO_CONTENT_DIR)')
    .addHelpText('after', examples(['osteo index ./my-topics', 'osteo --content-dir ./my-topics search weak legs']))
    .action(async (dir: string | undefined, _opts: unknown, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const folder = dir ?? rt.contentDir(globals);
      // Never into the installed package: its topics come with an index the build made.
      if (isSameFolder(folder, PLACES.shipped)) {
        throw new UsageError(
          'osteo index takes a folder of your own topics: the shipped topics already have their index.',
          "Run 'osteo index <dir>', as in 'osteo index ./my-topics'.",
        );
      }
      const { runBuildIndex } = await import('../commands/build-index.js');
      const started = Date.now();
      const result = await runBuildIndex(folder, () => Date.now() - started, rt.threads());
      await rt.done(result, (await rt.outputFor(globals)).output);
    });

  // What the completion scripts call at Tab time for topic ids: one per line, from the same folder.
  program.command('__complete-topics', { hidden: true }).action(async (_opts: unknown, cmd: Command) => {
    const ctx = await rt.context(cmd);
    await rt.done({ stdout: ctx.topics.map((t) => `${t.id}\n`).join(''), exitCode: 0 }, ctx.output);
  });
}
