// `osteo search <query...>`: the best-matching sections across topics, rendered, best first.
import { printable } from '../io.js';
import { renderHits, renderTriage } from '../render/answer.js';
import { answersJson, findAnswers } from '../search/answers.js';
import { json, type CommandContext, type CommandResult } from './context.js';
import { DEFAULT_LIMIT } from './limits.js';

export interface SearchOptions {
  limit?: number | undefined;
  json?: boolean | undefined;
}

export async function runSearch(ctx: CommandContext, words: readonly string[], opts: SearchOptions): Promise<CommandResult> {
  const query = words.join(' ');
  const index = ctx.index?.();
  const triage = await ctx.triage?.(index ? new Set(index.words.keys()) : undefined);
  const vocabulary = await ctx.vocabulary?.();
  const outcome = await findAnswers(ctx.topics, query, { limit: opts.limit ?? DEFAULT_LIMIT, index, triage, vocabulary, region: ctx.region });
  // A stored index knows where the sections are, not what they say: read the ones to show.
  if (ctx.stored) ctx.stored.hydrate(outcome.results.map((h) => h.doc), (await import('../topics/parse.js')).parseTopic);
  // A query that raises the alarm always succeeds: the alarm is the answer.
  const exitCode = outcome.results.length > 0 || outcome.triage ? 0 : 1;
  if (opts.json) return { stdout: json(answersJson(outcome)), exitCode };
  if (exitCode !== 0) {
    const nearest = outcome.suggestions.length > 0 ? ` Nearest topics: ${outcome.suggestions.join(', ')}.` : '';
    const hint = outcome.suggestions.length > 0 ? ` Did you mean: ${outcome.suggestions.join(', ')}?` : '';
    const stderr =
      outcome.uncovered.length > 0
        ? `osteo has nothing on ${outcome.uncovered.map((w) => `'${printable(w, 40)}'`).join(', ')}: it covers osteoporosis and weak or tired legs.${nearest}\nRun 'osteo topics' to see all topics.\n`
        : `No match for "${printable(query)}".${hint}\nTry other words, or run 'osteo topics' to see all topics.\n`;
    return { stdout: '', stderr, exitCode };
  }
  const { output, theme } = ctx;
  const highlight = new Set(outcome.results.flatMap((h) => h.terms));
  const hits = renderHits(
    outcome.results.map((h) => h.doc),
    outcome.more.map((h) => h.doc),
    { width: output.width, theme, hyperlinks: output.hyperlinks, highlight },
  );
  const banner = outcome.triage ? `${renderTriage(outcome.triage, theme, output.width)}\n\n` : '';
  return { stdout: banner + hits, exitCode, pageable: true };
}
