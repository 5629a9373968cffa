// `osteo completion`: commander's definition, and the spec of commands and options the scripts
// offer, read off the program itself so the scripts cannot drift from it.
import { Argument, type Command } from 'commander';
import type { CompletionSpec } from '../commands/completion.js';
import { createOutput } from '../output.js';
import { examples } from './options.js';
import type { Runtime } from './runtime.js';

const ARGUMENT_KINDS: Record<string, 'topic' | 'dir' | 'shell'> = { explain: 'topic', sources: 'topic', check: 'dir', index: 'dir', completion: 'shell' };

export function register(program: Command, rt: Runtime): void {
  program
    .command('completion')
    .description('print a shell completion script (commands, options, topic ids)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      examples(['source <(osteo completion bash)   # in ~/.bashrc', 'source <(osteo completion zsh)    # in ~/.zshrc', 'osteo completion fish > ~/.config/fish/completions/osteo.fish']),
    )
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('../commands/completion.js');
      const output = await createOutput(rt.io, { color: false, pager: false });
      await rt.done({ stdout: completionScript(shell, completionSpec(program)), exitCode: 0 }, output);
    });
}

function completionSpec(program: Command): CompletionSpec {
  const longFlags = (cmd: Command): string[] => cmd.options.map((o) => o.long).filter((f): f is string => f !== undefined);
  const all = [program, ...program.commands];
  return {
    commands: program.commands
      .filter((c) => !c.name().startsWith('_'))
      .map((c) => ({ name: c.name(), description: c.description(), options: longFlags(c), argument: ARGUMENT_KINDS[c.name()] ?? 'none' })),
    globalOptions: [...longFlags(program), '--help'],
    valueOptions: [...new Set(all.flatMap((c) => c.options.filter((o) => o.required).map((o) => o.long ?? '')))].filter(Boolean),
  };
}
