// `osteo search <query...>`: the best-matching sections across topics, rendered, best first.
import { json, printable } from '../safe-text.js';
import type { SearchResponse } from '../results.js';
import { renderHits, renderTriage } from '../render/answer.js';
import { buildIndex, type SearchIndex } from '../search/index.js';
import { pickResults, rankSections, type SearchHit } from '../search/search.js';
import { matchTriage, type Triage } from '../search/triage.js';
import type { Topic } from '../topics/types.js';
import type { CommandContext, CommandResult } from './context.js';
import { DEFAULT_LIMIT } from './limits.js';

export interface SearchOptions {
  limit?: number | undefined;
  json?: boolean | undefined;
}

export interface SearchOutcome {
  query: string;
  /** The urgent sign the query describes, if any; its topic then comes first in results. */
  triage: Triage | null;
  results: SearchHit[];
  more: SearchHit[];
  /** Topic ids that look like the query, for a "Did you mean" when nothing matched. */
  suggestions: string[];
}

/** `index`: a ready index of `topics` (stored, or the build's), else one is built. */
export async function searchTopics(topics: readonly Topic[], query: string, limit = DEFAULT_LIMIT, index?: SearchIndex): Promise<SearchOutcome> {
  const triage = matchTriage(topics, query);
  const hits = await rankSections(index ?? buildIndex(topics), query);
  const { results, more } = pickResults(triage ? triageFirst(hits, triage.topic) : hits, limit);
  const suggestions = results.length === 0 ? (await import('../search/fuzzy.js')).suggestTopics(topics, query) : [];
  return { query, triage, results, more, suggestions };
}

/**
 * Nobody with an emergency sign should have to scroll: the triage topic's best section (or its
 * opening, if no words matched it) goes first. Its score stays its own text-match score.
 */
function triageFirst(hits: readonly SearchHit[], topic: Topic): SearchHit[] {
  const own = hits.find((h) => h.doc.topic === topic);
  const section = topic.sections[0];
  const first: SearchHit | undefined = own ?? (section ? { doc: { topic, section, position: 0 }, score: 0, terms: [] } : undefined);
  return first ? [first, ...hits.filter((h) => h !== first)] : [...hits];
}

export function searchJson(outcome: SearchOutcome): SearchResponse {
  return {
    query: outcome.query,
    triage: outcome.triage && { level: outcome.triage.level, message: outcome.triage.message },
    results: outcome.results.map(({ doc, score }) => ({
      topic: doc.topic.id,
      title: doc.topic.title,
      section: doc.section.heading,
      score,
      markdown: doc.section.markdown,
    })),
  };
}

export async function runSearch(ctx: CommandContext, words: readonly string[], opts: SearchOptions): Promise<CommandResult> {
  const query = words.join(' ');
  const outcome = await searchTopics(ctx.topics, query, opts.limit ?? DEFAULT_LIMIT, ctx.index?.());
  // A stored index knows where the sections are, not what they say: read the ones to show.
  if (ctx.stored) ctx.stored.hydrate(outcome.results.map((h) => h.doc), (await import('../topics/parse.js')).parseTopic);
  const exitCode = outcome.results.length > 0 ? 0 : 1;
  if (opts.json) return { stdout: json(searchJson(outcome)), exitCode };
  if (exitCode !== 0) {
    const hint = outcome.suggestions.length > 0 ? ` Did you mean: ${outcome.suggestions.join(', ')}?` : '';
    const stderr = `No match for "${printable(query)}".${hint}\nTry other words, or run 'osteo topics' to see all topics.\n`;
    return { stdout: '', stderr, exitCode };
  }
  const { output } = ctx;
  const highlight = new Set(outcome.results.flatMap((h) => h.terms));
  const theme = ctx.theme;
  const hits = renderHits(
    outcome.results.map((h) => h.doc),
    outcome.more.map((h) => h.doc),
    { width: output.width, theme, hyperlinks: output.hyperlinks, highlight },
  );
  const banner = outcome.triage ? `${renderTriage(outcome.triage, theme, output.width)}\n\n` : '';
  return { stdout: banner + hits, exitCode, pageable: true };
}
