// `osteo explain <topic...>`: one topic rendered in full, or one section of it.
import { NotFoundError } from '../errors.js';
import { json, printable } from '../safe-text.js';
import { renderTopic } from '../render/answer.js';
import { requireTopic } from '../search/resolve.js';
import type { Explanation } from '../results.js';
import type { Topic } from '../topics/types.js';
import type { CommandContext, CommandResult } from './context.js';

export interface ExplainOptions {
  section?: string | undefined;
  json?: boolean | undefined;
}

// A topic of the shipped kind has 2 to 6 sections; past this many, the rest are counted.
const SECTIONS_NAMED = 10;

/** The topic `name` means and the sections to show; NotFoundError with suggestions otherwise. */
export async function explainTopic(topics: readonly Topic[], name: string, section?: string): Promise<Explanation> {
  const topic = await requireTopic(topics, name);
  if (section === undefined) return { topic, sections: topic.sections };
  const { resolveSection } = await import('../search/fuzzy.js');
  const found = resolveSection(topic, section);
  if (!found) {
    const headings = topic.sections.filter((s) => s.heading !== '').map((s) => printable(s.heading, 60));
    // A topic may have thousands of sections: the hint names the first few, on one line.
    const shown = headings.slice(0, SECTIONS_NAMED);
    const more = headings.length > shown.length ? `; and ${(headings.length - shown.length).toLocaleString('en')} more` : '';
    throw new NotFoundError(`No section "${printable(section)}" in ${topic.id}.`, shown, `Sections: ${shown.join('; ')}${more}.`);
  }
  return { topic, sections: [found] };
}

export function explanationJson({ topic, sections }: Explanation): Record<string, unknown> {
  return {
    id: topic.id,
    title: topic.title,
    summary: topic.summary,
    aliases: topic.aliases,
    related: topic.related,
    reviewed: topic.reviewed,
    sources: topic.sources.map(({ title, url }) => ({ title, url })),
    sections: sections.map(({ heading, markdown }) => ({ heading, markdown })),
  };
}

export async function runExplain(ctx: CommandContext, words: readonly string[], opts: ExplainOptions): Promise<CommandResult> {
  const explanation = await explainTopic(ctx.topics, words.join(' '), opts.section);
  if (opts.json) return { stdout: json(explanationJson(explanation)), exitCode: 0 };
  const { output } = ctx;
  const options = { width: output.width, theme: ctx.theme, hyperlinks: output.hyperlinks };
  return { stdout: renderTopic(explanation.topic, options, explanation.sections), exitCode: 0, pageable: true };
}
