// `osteo completion`: commander's definition, and the spec of commands and options the scripts
// offer, read off the program itself so the scripts cannot drift from it.
import { Argument, type Command } from 'commander';
import type { CompletionSpec } from '../commands/completion.js';
import { createOutput } from '../output.js';
import { examples } from './options.js';
import type { Runtime } from './runtime.js';

const ARGUMENT_KINDS: Record<string, CompletionSpec['commands'][number]['argument']> = {
  explain: 'topic',
  sources: 'topic',
  check: 'dir',
  index: 'dir',
  completion: 'shell',
  selfcheck: 'selfcheck',
};

export function register(program: Command, rt: Runtime): void {
  program
    .command('completion')
    .description('print a shell completion script (commands, options, topic ids, section names)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      examples([
        'source <(osteo completion bash)   # in ~/.bashrc',
        'source <(osteo completion zsh)    # in ~/.zshrc',
        'osteo completion fish > ~/.config/fish/completions/osteo.fish',
      ]),
    )
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('../commands/completion.js');
      const output = await createOutput(rt.io, { color: false, pager: false });
      await rt.done({ stdout: completionScript(shell, completionSpec(program)), exitCode: 0 }, output);
    });

  // What the scripts call at Tab time after --section: the topic's section keys (the word that
  // opens each), a tab, and the heading (fish shows it). Nothing for a name that is no topic.
  program
    .command('__complete-sections', { hidden: true })
    .argument('[topic...]')
    .action(async (words: string[], _opts: unknown, cmd: Command) => {
      const [{ resolveTopic }, { sectionKey }] = await Promise.all([
        import('../search/resolve.js'),
        import('../search/section-key.js'),
      ]);
      const ctx = await rt.context(cmd, { only: words.join(' ').trim().toLowerCase() });
      const found = await resolveTopic(ctx.topics, words.join(' '));
      const headings = found.kind === 'found' ? found.topic.sections.map((s) => s.heading).filter(Boolean) : [];
      const lines =
        found.kind === 'found' ? headings.map((h) => `${sectionKey(found.topic, h)}\t${h.replace(/\s+/g, ' ')}\n`) : [];
      await rt.done({ stdout: lines.join(''), exitCode: 0 }, ctx.output);
    });
}

function completionSpec(program: Command): CompletionSpec {
  const longFlags = (cmd: Command): string[] =>
    cmd.options.map((o) => o.long).filter((f): f is string => f !== undefined);
  const all = [program, ...program.commands];
  return {
    commands: program.commands
      .filter((c) => !c.name().startsWith('_'))
      .map((c) => ({
        name: c.name(),
        description: c.description(),
        options: longFlags(c),
        argument: ARGUMENT_KINDS[c.name()] ?? 'none',
      })),
    globalOptions: [...longFlags(program), '--help'],
    valueOptions: [...new Set(all.flatMap((c) => c.options.filter((o) => o.required).map((o) => o.long ?? '')))].filter(
      Boolean,
    ),
  };
}
