// Words without a command: `osteo weak legs`. A person should not have to learn a command to ask.
// The rule, in order:
// 1. A first word that is a command runs that command (commander dispatches it before this).
// 2. A first word one letter from a command is taken for a typo of it: "Did you mean search?"
//    (a usage error), unless it is a real word ("starch", "cheek").
// 3. Words that are exactly a topic's id, title or alias open that topic (`osteo fractures`,
//    `osteo broken bones`), unless another topic's title has those words too (`osteo weak legs`:
//    several topics are about weak legs) or they describe an urgent sign: then, as for
//    everything else, they are a search.
// No words at all: the orientation.
import type { Command } from 'commander';
import levenshtein from 'damerau-levenshtein';
import { renderOrientation } from '../commands/orientation.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../search/limits.js';
import { UsageError } from '../errors.js';
import { printable } from '../safe-text.js';
import type { Topic } from '../topics/types.js';
import { integer } from './options.js';
import type { GlobalOptions, Runtime } from './runtime.js';
import { searchFolder } from './search.js';

// Real English words one letter from a command name, which are not forms of it: a question may
// start with one. tests/program/words.test.ts finds them all in an English word list.
const NOT_TYPOS = new Set([
  'argent',
  'surgent',
  'turgent',
  'urent',
  'chack',
  'checky',
  'cheek',
  'chick',
  'chock',
  'chuck',
  'cleck',
  'heck',
  'complexion',
  'indew',
  'sealch',
  'searce',
  'starch',
  'tonics',
  'topis',
  'torics',
  'toxics',
  'tropics',
]);
// Shorter names ("ask", "help") are a letter from too many words to guess at.
const MIN_TYPO_TARGET = 5;

export function register(program: Command, rt: Runtime): void {
  program
    .command('__words', { isDefault: true, hidden: true })
    .argument('[words...]')
    .option(
      '--limit <n>',
      `search: how many sections to show in full (default: 1; --json: ${DEFAULT_LIMIT})`,
      integer('--limit', 1, MAX_LIMIT),
    )
    .option('--json', 'print JSON')
    .action(async (words: string[], opts: { limit?: number; json?: boolean }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      if (words.length === 0) {
        const { output } = await rt.outputFor(globals);
        await rt.done({ stdout: renderOrientation(output.width), exitCode: 0 }, output);
        return;
      }
      const first = words[0] ?? '';
      const typo = typoOfCommand(
        first,
        program.commands.filter((c) => !c.name().startsWith('_')).map((c) => c.name()),
      );
      if (typo) throw new UsageError(`unknown command '${printable(first)}'. Did you mean ${typo}?`);
      const name = words.join(' ');
      await searchFolder(rt, cmd, name, async (ctx) => {
        const topic = await topicNamed(ctx.topics, name);
        if (topic && !(await ctx.triage?.())?.match(name)) {
          const { runExplain } = await import('../commands/explain.js');
          // An index holds headings, not text: read the topic's file.
          const shown = ctx.hydrate ? await rt.context(cmd, { only: topic.id }) : ctx;
          return runExplain(shown, [topic.id], opts);
        }
        return (await import('../commands/search.js')).runSearch(ctx, words, opts);
      });
    });
}

/** The command `word` is one letter away from, if it looks like a typo of one. */
export function typoOfCommand(word: string, commands: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  if (NOT_TYPOS.has(typed)) return undefined;
  return commands.find((c) => c.length >= MIN_TYPO_TARGET && c !== typed && levenshtein(typed, c).steps <= 1);
}

/** The topic the words name (rule 3 above), or null. */
async function topicNamed(topics: readonly Topic[], name: string): Promise<Topic | null> {
  const [{ exactTopic }, { toKey }] = await Promise.all([
    import('../search/resolve.js'),
    import('../search/normalize.js'),
  ]);
  const exact = await exactTopic(topics, name);
  if (!exact) return null;
  const key = toKey(name);
  if (exact.via === 'id' || toKey(exact.topic.title) === key) return exact.topic;
  const terms = key.split(' ');
  const shared = topics.some(
    (t) => t !== exact.topic && terms.every((term) => toKey(t.title).split(' ').includes(term)),
  );
  return shared ? null : exact.topic;
}
