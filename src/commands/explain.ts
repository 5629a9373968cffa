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

/** The topic `name` means and the sections to show; NotFoundError with suggestions otherwise. */
export async function explainTopic(topics: readonly Topic[], name: string, section?: string): Promise<Explanation> {
  const topic = await requireTopic(topics, name);
  if (section === undefined) return { topic, sections: topic.sections };
  const { resolveSection } = await import('../search/fuzzy.js');
  const found = resolveSection(topic, section);
  if (!found) {
    const headings = topic.sections.filter((s) => s.heading !== '').map((s) => s.heading);
    throw new NotFoundError(
      `No section "${printable(section)}" in ${topic.id}.`,
      headings,
      `Sections: ${headings.join('; ')}.`,
    );
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
