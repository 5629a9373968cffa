// `osteo sources [topic]`: the references behind every topic (or one), with links.
import wrapAnsi from '../render/wrap.js';
import { hyperlink, isSafeUrl, json } from '../safe-text.js';
import { requireTopic } from '../search/resolve.js';
import type { CommandContext, CommandResult } from './context.js';

export interface SourcesOptions {
  json?: boolean | undefined;
}

export async function runSources(
  ctx: CommandContext,
  words: readonly string[],
  opts: SourcesOptions,
): Promise<CommandResult> {
  const topics = words.length > 0 ? [(await requireTopic(ctx.topics, words.join(' '))).topic] : ctx.topics;
  if (opts.json) {
    return {
      stdout: json({
        topics: topics.map((t) => ({
          id: t.id,
          title: t.title,
          sources: t.sources.map(({ title, url }) => ({ title, url })),
        })),
      }),
      exitCode: 0,
    };
  }
  const theme = ctx.theme;
  const { hyperlinks } = ctx.output;
  const blocks = topics.map((topic) => {
    const lines = topic.sources.map((source, i) => {
      const n = `${i + 1}.`.padEnd(4);
      // A terminal that shows OSC 8 links gets a clickable title; others get the address to copy.
      if (hyperlinks && isSafeUrl(source.url)) return `${n}${hyperlink(source.url, theme.link(source.title))}`;
      const title = wrapAnsi(source.title, Math.max(20, ctx.output.width - n.length), { trim: true }).replace(
        /\n/g,
        '\n    ',
      );
      return `${n}${title}\n    ${theme.link(source.url)}`;
    });
    const empty = topic.sources.length === 0 ? ['    (no sources listed)'] : [];
    return [theme.heading(`${topic.title} (${topic.id})`), ...lines, ...empty].join('\n');
  });
  return { stdout: `${blocks.join('\n\n')}\n`, exitCode: 0, pageable: true };
}
