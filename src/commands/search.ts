// `osteo search <query...>`: the best-matching sections across topics, rendered, best first.
import { UsageError } from '../errors.js';
import { json, printable } from '../safe-text.js';
import { renderHits, renderTriage, type ListedHit, type RenderedHit } from '../render/answer.js';
import { sectionTokens } from '../render/section-tokens.js';
import { answersJson, findAnswers, type Answers } from '../search/answers.js';
import { sectionKey, shellWord } from '../search/section-key.js';
import type { CommandContext, CommandResult } from './context.js';
import { DEFAULT_LIMIT } from '../search/limits.js';
import type { SearchIndex } from '../search/memory-index.js';
import { lazyWordSet, type WordSet } from '../search/word-set.js';

export interface SearchOptions {
  limit?: number | undefined;
  json?: boolean | undefined;
}

// How many further answers the text view lists by number, under the one it shows in full.
export const LISTED = 3;
// How many words a "nothing on" message names.
const NAMED_UNCOVERED = 5;

/** A search's text and JSON views, and the answers it found (osteo ask opens them by number). */
export interface SearchOutcome extends CommandResult {
  shown: RenderedHit[];
  listed: ListedHit[];
}

/** The answers to `query` as `osteo search` finds them: the handouts and `ask` say what the screen says. */
export async function answerQuery(ctx: CommandContext, query: string, limit: number): Promise<Answers> {
  if (query.trim() === '') throw new UsageError('search needs words to look for, such as: osteo search weak legs');
  const index = await ctx.index?.();
  // The content's words are never read as typos; made into a set only if a word needs judging.
  const triage = await ctx.triage?.(index ? contentWords(index) : undefined);
  const vocabulary = await ctx.vocabulary?.();
  const outcome = await findAnswers(ctx.topics, query, { limit, index, triage, vocabulary, region: ctx.region });
  // An index knows where the sections are, not what they say: read the ones to show.
  await ctx.hydrate?.(
    outcome.results
      .concat(outcome.more)
      .slice(0, limit)
      .map((h) => h.doc),
  );
  return outcome;
}

/** The words the content uses, for triage to tell a typo from a word the content knows. */
function contentWords(index: SearchIndex): WordSet {
  const { hasWord } = index;
  return hasWord ? { has: hasWord } : lazyWordSet(() => index.words.keys());
}

/** What to say when a question has no answer: that the library does not cover it, or no match. */
export function noAnswer(outcome: Answers): string {
  const { suggestions, uncovered, query } = outcome;
  if (uncovered.length > 0) {
    const nearest = suggestions.length > 0 ? ` Nearest topics: ${suggestions.join(', ')}.` : '';
    // A few words, so a pasted page of text still gets a one-line answer.
    const named = uncovered.slice(0, NAMED_UNCOVERED).map((w) => `'${printable(w, 40)}'`);
    const rest = uncovered.length - named.length;
    const words = rest > 0 ? `${named.join(', ')} and ${rest} more word${rest === 1 ? '' : 's'}` : named.join(', ');
    return `osteo has nothing on ${words}: it covers osteoporosis and weak or tired legs.${nearest}\nRun 'osteo topics' to see all topics.\n`;
  }
  const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '';
  return `No match for "${printable(query)}".${hint}\nTry other words, or run 'osteo topics' to see all topics.\n`;
}

export async function runSearch(
  ctx: CommandContext,
  words: readonly string[],
  opts: SearchOptions,
): Promise<SearchOutcome> {
  const outcome = await answerQuery(ctx, words.join(' '), opts.limit ?? DEFAULT_LIMIT);
  // A query that raises the alarm always succeeds: the alarm is the answer.
  const exitCode = outcome.results.length > 0 || outcome.triage ? 0 : 1;
  if (opts.json) return { stdout: json(answersJson(outcome)), exitCode, shown: [], listed: [] };
  if (exitCode !== 0) return { stdout: '', stderr: noAnswer(outcome), exitCode, shown: [], listed: [] };
  const { shown, listed } = collapse(outcome, opts.limit);
  const { output, theme } = ctx;
  const highlight = new Set(outcome.results.flatMap((h) => h.terms));
  const hits = renderHits(shown, listed, {
    width: output.width,
    theme,
    hyperlinks: output.hyperlinks,
    highlight,
    region: ctx.region,
    tokens: await sectionTokens(
      shown.map((hit) => hit.section),
      ctx.lexed,
    ),
  });
  const banner = outcome.triage ? `${renderTriage(outcome.triage, theme, output.width)}\n\n` : '';
  return { stdout: banner + hits, exitCode, pageable: true, shown, listed };
}

/**
 * One screen by default: the best section in full and the next ones as a numbered list, each
 * with the command that opens it. `--limit n` shows n in full (JSON always returns the limit).
 */
function collapse(answers: Answers, limit: number | undefined): { shown: RenderedHit[]; listed: ListedHit[] } {
  const docs = answers.results.concat(answers.more).map((h) => h.doc);
  const full = limit ?? 1;
  const listed = docs.slice(full, full + LISTED).map((doc, i): ListedHit => {
    const open =
      doc.section.heading === '' ? '' : ` --section ${shellWord(sectionKey(doc.topic, doc.section.heading))}`;
    // Fields by name: a doc from an index file reads its section through a getter (search/view.ts).
    const { topic, section } = doc;
    return { topic, section, number: full + i + 1, command: `osteo explain ${doc.topic.id}${open}` };
  });
  return { shown: docs.slice(0, full), listed };
}
