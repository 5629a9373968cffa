// `osteo explain <topic name>`: one topic rendered in full, or one section of it.
import { json, printable } from '../safe-text.js';
import { renderTopic } from '../render/answer.js';
import { sectionTokens } from '../render/section-tokens.js';
import { explainTopic } from '../search/explain.js';
import type { Explanation } from '../results.js';
import type { CommandContext, CommandResult } from './context.js';

export interface ExplainOptions {
  section?: string | undefined;
  json?: boolean | undefined;
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
    questions: topic.questions,
    sections: sections.map(({ heading, markdown }) => ({ heading, markdown })),
  };
}

export async function runExplain(
  ctx: CommandContext,
  words: readonly string[],
  opts: ExplainOptions,
): Promise<CommandResult> {
  const name = words.join(' ');
  const explanation = await explainTopic(ctx.topics, name, opts.section);
  // A near spelling is a guess: say which topic was picked, so a wrong one is never silent.
  // …and a section found by its heading says which topic it is from.
  const shownFor = `for '${printable(name, 60)}'`;
  const note = explanation.guessed
    ? { stderr: `Showing "${explanation.topic.title}" ${shownFor} (the nearest name).\n` }
    : explanation.byHeading
      ? {
          stderr: `Showing the section "${printable(explanation.sections[0]?.heading ?? '', 60)}" of "${explanation.topic.title}" ${shownFor}.\n`,
        }
      : {};
  if (opts.json) return { stdout: json(explanationJson(explanation)), exitCode: 0, ...note };
  const { output } = ctx;
  const options = {
    width: output.width,
    theme: ctx.theme,
    hyperlinks: output.hyperlinks,
    region: ctx.region,
    tokens: await sectionTokens(explanation.sections, ctx.lexed),
  };
  return {
    stdout: renderTopic(explanation.topic, options, explanation.sections),
    exitCode: 0,
    pageable: true,
    ...note,
  };
}
