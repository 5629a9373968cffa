// `osteo selfcheck`: commander's definition; the work is in commands/selfcheck.ts.
import { Argument, Option, type Command } from 'commander';
import type { SelfcheckOptions } from '../commands/selfcheck.js';
import { PLACES } from '../paths.js';
import { SELFCHECK_IDS, type CheckId } from '../selfcheck/ids.js';
import { examples } from './options.js';
import type { GlobalOptions, Runtime } from './runtime.js';

export function register(program: Command, rt: Runtime): void {
  program
    .command('selfcheck')
    .description('a short screening check to do at home: falls, muscle or chair-stand (a screen, not a diagnosis)')
    .addArgument(
      new Argument('<check>', 'falls (STEADI), muscle (SARC-F) or chair-stand (five-times chair stand)').choices(
        SELFCHECK_IDS,
      ),
    )
    .option(
      '--answers <list>',
      'your answers in order, comma-separated (falls: y,n,…; muscle: 0,1,2,…), instead of the questions',
    )
    .option('--seconds <n>', 'chair-stand: your time for five stands, instead of the timer')
    .addOption(
      new Option('--format <format>', 'text, or md (Markdown) for a handout').choices(['text', 'md']).conflicts('json'),
    )
    .option('-o, --output <file>', 'save the result in a file (Markdown if it ends in .md)')
    .option('--force', 'with -o: replace a file that is already there')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples([
        'osteo selfcheck falls',
        'osteo selfcheck muscle --answers 1,0,1,2,0',
        'osteo selfcheck chair-stand --seconds 12.5 --json',
        'osteo selfcheck falls -o falls-check.md',
      ]),
    )
    .action(async (id: CheckId, opts: SelfcheckOptions, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const [{ runSelfcheck }, { openSelfchecks }] = await Promise.all([
        import('../commands/selfcheck.js'),
        import('../topics/selfchecks-file.js'),
      ]);
      // The checks beside the folder's topics, else the shipped ones; the topics are not read.
      const file = openSelfchecks(rt.contentDir(globals), PLACES.shipped);
      const { output, theme } = await rt.outputFor(globals);
      const { io } = rt;
      const result = await runSelfcheck(id, opts, {
        file,
        output,
        theme,
        today: new Date(),
        openKeys: () => io.openKeys?.() ?? null,
        prompt: (text) => (io.isTTY ? io.out(text) : io.err(text)),
        clock: {
          now: () => performance.now(),
          every: (ms, tick) => {
            const timer = setInterval(tick, ms);
            return () => clearInterval(timer);
          },
        },
      });
      await rt.done(result, output);
    });
}
