// `osteo topics`: every topic's id, title and summary, aligned to the width.
import wrapAnsi from '../render/wrap.js';
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
  const theme = ctx.theme;
  const width = ctx.output.width;
  const idWidth = Math.max(...ctx.topics.map((t) => t.id.length)) + 2;
  // Below this the two columns would be too narrow to read: stack them instead.
  const stacked = width - idWidth < 30;
  const lines = ctx.topics.map((topic) => {
    const text = `${theme.strong(topic.title)}${topic.summary ? ` ${theme.plain ? '-' : '—'} ${topic.summary}` : ''}`;
    if (stacked) return `${theme.heading(topic.id)}\n${indent(wrapAnsi(text, width - 2, { trim: true }), 2)}`;
    const body = indent(wrapAnsi(text, width - idWidth, { trim: true }), idWidth).slice(idWidth);
    return `${theme.heading(topic.id.padEnd(idWidth))}${body}`;
  });
  return { stdout: `${lines.join('\n')}\n`, exitCode: 0, pageable: true };
}

// One replace, not a split and join: `osteo topics` indents every line of 10,000 topics.
function indent(text: string, columns: number): string {
  const pad = ' '.repeat(columns);
  return pad + text.replaceAll('\n', `\n${pad}`);
}
