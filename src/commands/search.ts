// `osteo search <query...>`: the best-matching sections across topics, rendered, best first.
import { renderHits } from '../render/answer.js';
import { buildIndex } from '../search/index.js';
import { suggestTopics } from '../search/resolve.js';
import { pickResults, rankSections, type SearchHit } from '../search/search.js';
import type { Topic } from '../topics/types.js';
import { json, themeFor, type CommandContext, type CommandResult } from './context.js';

export const DEFAULT_LIMIT = 3;

export interface SearchOptions {
  limit?: number | undefined;
  json?: boolean | undefined;
}

export interface SearchOutcome {
  query: string;
  results: SearchHit[];
  more: SearchHit[];
  /** Topic ids that look like the query, for a "Did you mean" when nothing matched. */
  suggestions: string[];
}

export function searchTopics(topics: readonly Topic[], query: string, limit = DEFAULT_LIMIT): SearchOutcome {
  const hits = rankSections(buildIndex(topics), query);
  const { results, more } = pickResults(hits, limit);
  return { query, results, more, suggestions: results.length === 0 ? suggestTopics(topics, query) : [] };
}

export function searchJson(outcome: SearchOutcome): object {
  return {
    query: outcome.query,
    triage: null,
    results: outcome.results.map(({ doc, score }) => ({
      topic: doc.topic.id,
      title: doc.topic.title,
      section: doc.section.heading,
      score,
      markdown: doc.section.markdown,
    })),
  };
}

export function runSearch(ctx: CommandContext, words: readonly string[], opts: SearchOptions): CommandResult {
  const query = words.join(' ');
  const outcome = searchTopics(ctx.topics, query, opts.limit ?? DEFAULT_LIMIT);
  const exitCode = outcome.results.length > 0 ? 0 : 1;
  if (opts.json) return { stdout: json(searchJson(outcome)), exitCode };
  if (exitCode !== 0) {
    const hint = outcome.suggestions.length > 0 ? ` Did you mean: ${outcome.suggestions.join(', ')}?` : '';
    const stderr = `No match for "${query}".${hint}\nTry other words, or run 'osteo topics' to see all topics.\n`;
    return { stdout: '', stderr, exitCode };
  }
  const { output } = ctx;
  const highlight = new Set(outcome.results.flatMap((h) => h.terms));
  const stdout = renderHits(
    outcome.results.map((h) => h.doc),
    outcome.more.map((h) => h.doc),
    { width: output.width, theme: themeFor(output), hyperlinks: output.hyperlinks, highlight },
  );
  return { stdout, exitCode };
}
