// Handouts (--format md|html, -o FILE): explain, search and urgent as a document to print or
// share, on stdout or in a file. Each renderer is loaded only for its format, so the terminal
// commands never load the HTML one.
import { printable } from '../safe-text.js';
import type { CompiledTriage } from '../search/triage/compile.js';
import type { Topic } from '../topics/types.js';
import type { CommandContext, CommandResult } from './context.js';
import { explainTopic } from '../search/explain.js';
import { DEFAULT_LIMIT } from '../search/limits.js';
import { writeHandout } from './write.js';

export type HandoutFormat = 'md' | 'html';

export interface HandoutRequest {
  format: HandoutFormat;
  output?: string | undefined;
  force?: boolean | undefined;
  large?: boolean | undefined;
  now: Date;
}

type Context = Pick<CommandContext, 'region'>;

export async function explainHandout(
  ctx: CommandContext,
  words: readonly string[],
  section: string | undefined,
  req: HandoutRequest,
): Promise<CommandResult> {
  const { topic, sections } = await explainTopic(ctx.topics, words.join(' '), section);
  const opts = { now: req.now, region: ctx.region ?? null, large: req.large };
  const text =
    req.format === 'html'
      ? (await import('../render/html/handout.js')).topicHandout(topic, sections, opts)
      : (await import('../render/markdown-handout.js')).topicMarkdown(topic, sections, opts);
  return deliver(text, req);
}

export async function searchHandout(
  ctx: CommandContext,
  words: readonly string[],
  limit: number | undefined,
  req: HandoutRequest,
): Promise<CommandResult> {
  // As `osteo search` finds them (commands/search.ts), so the handout says what the screen says.
  const { answerQuery, noAnswer } = await import('./search.js');
  const answers = await answerQuery(ctx, words.join(' '), limit ?? DEFAULT_LIMIT);
  if (answers.results.length === 0 && !answers.triage) return { stdout: '', stderr: noAnswer(answers), exitCode: 1 };
  const opts = { now: req.now, region: ctx.region ?? null, large: req.large };
  const text =
    req.format === 'html'
      ? (await import('../render/html/handout.js')).searchHandout(answers, opts)
      : (await import('../render/markdown-handout.js')).searchMarkdown(answers, opts);
  return deliver(text, req);
}

/** `topic`: the one the card comes from, for its sources, when the topic folder could be read. */
export async function urgentHandout(
  rules: CompiledTriage,
  topic: Topic | null,
  ctx: Context,
  req: HandoutRequest,
): Promise<CommandResult> {
  const opts = { now: req.now, region: ctx.region ?? null, large: req.large };
  const text =
    req.format === 'html'
      ? (await import('../render/html/handout.js')).urgentHandout(rules, topic, opts)
      : (await import('../render/markdown-handout.js')).urgentMarkdown(rules, topic, opts);
  return deliver(text, req);
}

function deliver(text: string, req: HandoutRequest): CommandResult {
  if (req.output === undefined) return { stdout: text, exitCode: 0 };
  writeHandout(req.output, text, req.force === true);
  const how =
    req.format === 'html'
      ? 'Open it in a web browser to read or print it.'
      : 'It is Markdown: any text editor or code forge shows it.';
  return { stdout: `Saved the handout to ${printable(req.output, 200)}. ${how}\n`, exitCode: 0 };
}
