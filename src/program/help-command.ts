// `osteo help [command]`, as in git and npm: the same as `osteo [command] --help`.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { printable } from '../safe-text.js';
import { examples } from './options.js';

export function register(program: Command): void {
  program
    .command('help')
    .description('show help for osteo, or for one command')
    .argument('[command]', 'the command to explain')
    .addHelpText('after', examples(['osteo help', 'osteo help search']))
    .action((name: string | undefined) => {
      const command =
        name === undefined ? program : program.commands.find((c) => c.name() === name && !c.name().startsWith('_'));
      if (!command) {
        const known = program.commands.map((c) => c.name()).filter((c) => !c.startsWith('_'));
        throw new UsageError(`no command '${printable(name ?? '')}'. The commands are: ${known.join(', ')}.`);
      }
      command.outputHelp();
    });
}
