// `osteo search <query...>`: the best-matching sections across topics, rendered, best first.
import { printable } from '../io.js';
import { renderHits, renderTriage } from '../render/answer.js';
import { answersJson, findAnswers, type Answers } from '../search/answers.js';
import { json, type CommandContext, type CommandResult } from './context.js';
import { DEFAULT_LIMIT } from './limits.js';

export interface SearchOptions {
  limit?: number | undefined;
  json?: boolean | undefined;
}

/** The answers to `query` as `osteo search` finds them: the handouts say what the screen says. */
export async function answerQuery(ctx: CommandContext, query: string, limit: number): Promise<Answers> {
  const index = ctx.index?.();
  const triage = await ctx.triage?.(index ? new Set(index.words.keys()) : undefined);
  const vocabulary = await ctx.vocabulary?.();
  const outcome = await findAnswers(ctx.topics, query, { limit, index, triage, vocabulary, region: ctx.region });
  // A stored index knows where the sections are, not what they say: read the ones to show.
  if (ctx.stored) ctx.stored.hydrate(outcome.results.map((h) => h.doc), (await import('../topics/parse.js')).parseTopic);
  return outcome;
}

/** What to say when a question has no answer: that the library does not cover it, or no match. */
export function noAnswer(outcome: Answers): string {
  const { suggestions, uncovered, query } = outcome;
  if (uncovered.length > 0) {
    const nearest = suggestions.length > 0 ? ` Nearest topics: ${suggestions.join(', ')}.` : '';
    const words = uncovered.map((w) => `'${printable(w, 40)}'`).join(', ');
    return `osteo has nothing on ${words}: it covers osteoporosis and weak or tired legs.${nearest}\nRun 'osteo topics' to see all topics.\n`;
  }
  const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '';
  return `No match for "${printable(query)}".${hint}\nTry other words, or run 'osteo topics' to see all topics.\n`;
}

export async function runSearch(ctx: CommandContext, words: readonly string[], opts: SearchOptions): Promise<CommandResult> {
  const query = words.join(' ');
  const outcome = await answerQuery(ctx, query, opts.limit ?? DEFAULT_LIMIT);
  // A query that raises the alarm always succeeds: the alarm is the answer.
  const exitCode = outcome.results.length > 0 || outcome.triage ? 0 : 1;
  if (opts.json) return { stdout: json(answersJson(outcome)), exitCode };
  if (exitCode !== 0) return { stdout: '', stderr: noAnswer(outcome), exitCode };
  const { output, theme } = ctx;
  const highlight = new Set(outcome.results.flatMap((h) => h.terms));
  const hits = renderHits(
    outcome.results.map((h) => h.doc),
    outcome.more.map((h) => h.doc),
    { width: output.width, theme, hyperlinks: output.hyperlinks, highlight, region: ctx.region },
  );
  const banner = outcome.triage ? `${renderTriage(outcome.triage, theme, output.width)}\n\n` : '';
  return { stdout: banner + hits, exitCode, pageable: true };
}
