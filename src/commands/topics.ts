// `osteo topics`: every topic's id, title and summary, aligned to the width.
import wrapAnsi, { wrapPlainLine } from '../render/wrap.js';
import type { Topic } from '../topics/types.js';
import { json } from '../safe-text.js';
import type { CommandContext, CommandResult } from './context.js';

export interface TopicsOptions {
  json?: boolean;
}

export function topicsJson(topics: readonly Topic[]): { topics: object[] } {
  return {
    topics: topics.map((t) => ({
      id: t.id,
      title: t.title,
      summary: t.summary,
      aliases: t.aliases,
      sections: t.sections.filter((s) => s.heading !== '').map((s) => s.heading),
    })),
  };
}

export function runTopics(ctx: CommandContext, opts: TopicsOptions): CommandResult {
  if (opts.json) return { stdout: json(topicsJson(ctx.topics)), exitCode: 0 };
  const { theme, topics } = ctx;
  const width = ctx.output.width;
  // A loop, not Math.max(...map()): 10,000 arguments spread into one call.
  let longest = 0;
  for (let i = 0; i < topics.length; i++) longest = Math.max(longest, topics[i]?.id.length ?? 0);
  const idWidth = longest + 2;
  // Below this the two columns would be too narrow to read: stack them instead.
  const stacked = width - idWidth < 30;
  const columns = stacked ? width - 2 : width - idWidth;
  const pad = ' '.repeat(stacked ? 2 : idWidth);
  const separator = `\n${pad}`;
  // One more, empty: the text ends in a line break without a copy of it to add one.
  const lines = new Array<string>(topics.length + 1).fill('');
  for (let i = 0; i < topics.length; i++) {
    const topic = topics[i] as Topic;
    const text = `${theme.strong(topic.title)}${topic.summary ? ` ${theme.plain ? '-' : '—'} ${topic.summary}` : ''}`;
    // Rows indented as they are made (`pad` after each line break), when the text is plain;
    // else wrapAnsi, then indented.
    const body =
      wrapPlainLine(text, columns, separator) ?? wrapAnsi(text, columns, { trim: true }).replaceAll('\n', separator);
    lines[i] = stacked
      ? `${theme.heading(topic.id)}\n${pad}${body}`
      : `${theme.heading(topic.id.padEnd(idWidth))}${body}`;
  }
  return { stdout: lines.join('\n'), exitCode: 0, pageable: true };
}
