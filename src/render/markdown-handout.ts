// Handouts as Markdown: plain CommonMark (with GitHub's table and alert syntax, which other
// forges show as a table and a quote) that any forge renders. The sections are copied as they
// are written, under the same `##` headings, so parse.ts splits a handout back into the topic's
// sections; only raw HTML in them is escaped, to show as text as it does everywhere else.
import { Lexer, type Token } from 'marked';
import type { Region } from '../region.js';
import type { Answers } from '../search/answers.js';
import type { CompiledTriage } from '../search/triage/compile.js';
import type { Section, Topic } from '../topics/types.js';
import { citedSources, DISCLAIMER, EMERGENCY_NUMBERS, formatDate, isoDate } from './html/parts.js';
import { HEADINGS } from './urgent.js';
import { lexBounded } from './marked-bounds.js';

export interface MarkdownHandoutOptions {
  now: Date;
  region: Region | null;
}

export function topicMarkdown(topic: Topic, sections: readonly Section[], opts: MarkdownHandoutOptions): string {
  const parts = [`# ${inline(topic.title)}`];
  if (topic.summary) parts.push(inline(topic.summary));
  parts.push(dateLine(opts.now, topic.reviewed));
  for (const section of sections)
    parts.push(section.heading === '' ? body(section) : `## ${section.heading}\n\n${body(section)}`);
  parts.push(...questions(topic.questions), ...sources(topic));
  return finish(parts, opts.region);
}

export function searchMarkdown(answers: Answers, opts: MarkdownHandoutOptions): string {
  const parts = [
    `# Your question: “${inline(answers.query.trim())}”`,
    `${dateLine(opts.now, null)} The parts of osteo's library that best answer this question, best first.`,
  ];
  if (answers.triage) {
    const label = answers.triage.level === 'emergency' ? 'Emergency' : 'Urgent';
    parts.push(
      `> [!CAUTION]\n> **${label}: ${inline(answers.triage.message)}**\n> All urgent signs: run \`osteo urgent\`.`,
    );
  }
  for (const { doc } of answers.results) {
    const { topic, section } = doc;
    const heading = section.heading === '' ? topic.title : `${topic.title} › ${section.heading}`;
    const cited = citedSources(section.markdown, topic);
    parts.push(`## ${heading}`, body(section), 'Sources:', sourceLines(topic, cited.length > 0 ? cited : undefined));
    if (topic.reviewed) parts.push(`Medical review of “${inline(topic.title)}”: ${formatDate(topic.reviewed)}.`);
  }
  if (answers.more.length > 0) {
    const more = answers.more
      .slice(0, 5)
      .map(
        ({ doc }) => `- ${inline(doc.topic.title)}${doc.section.heading ? ` › ${inline(doc.section.heading)}` : ''}`,
      );
    parts.push('## More that may help', more.join('\n'));
  }
  const asking = answers.results
    .map((r) => r.doc.topic)
    .find((t) => t.questions.length > 0 && t.id !== answers.triage?.topic);
  parts.push(...questions(asking?.questions ?? []));
  return finish(parts, opts.region);
}

export function urgentMarkdown(rules: CompiledTriage, topic: Topic | null, opts: MarkdownHandoutOptions): string {
  const parts = ['# Urgent signs: when to get help now', dateLine(opts.now, topic?.reviewed ?? null)];
  for (const level of ['emergency', 'urgent'] as const) {
    parts.push(`## ${HEADINGS[level][opts.region ?? 'both']}:`);
    parts.push(
      rules.levels[level].card
        .map(({ sign, advice }) => `- **${inline(sign)}**${advice ? `\\\n  ${inline(advice)}` : ''}`)
        .join('\n'),
    );
  }
  parts.push('**Not sure? Get help anyway.**');
  if (topic) parts.push(...sources(topic));
  return finish(parts, opts.region);
}

function dateLine(now: Date, reviewed: string | null): string {
  return `From osteo, ${formatDate(isoDate(now))}.${reviewed ? ` Medical review: ${formatDate(reviewed)}.` : ''}`;
}

function questions(list: readonly string[]): string[] {
  return list.length === 0 ? [] : ['## Questions to ask your doctor', list.map((q) => `- ${inline(q)}`).join('\n')];
}

function sources(topic: Topic): string[] {
  return topic.sources.length === 0 ? [] : ['## Sources', sourceLines(topic)];
}

/** "- [n] Title: <address>", numbered as the topic's markers number them. */
function sourceLines(topic: Topic, numbers?: readonly number[]): string {
  const wanted = numbers ?? topic.sources.map((_, i) => i + 1);
  return wanted
    .map((n) => {
      const source = topic.sources[n - 1];
      if (!source) return '';
      // An autolink only for a plain http(s) address; anything else is text, never a link.
      const url = /^https?:\/\/[^\s<>]+$/i.test(source.url) ? `<${source.url}>` : inline(source.url);
      return `- \\[${n}\\] ${inline(source.title)}: ${url}`;
    })
    .filter(Boolean)
    .join('\n');
}

function finish(parts: string[], region: Region | null): string {
  parts.push('---', `**${EMERGENCY_NUMBERS[region ?? 'both']}**`, DISCLAIMER);
  return `${parts.join('\n\n')}\n`;
}

/** Text from front matter or a query, with the characters Markdown would read as syntax escaped. */
function inline(text: string): string {
  return (
    text
      .replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, ' ')
      .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
      .replace(/&(?=#?\w+;)/g, '&amp;')
      // At the start of a list item, "1. " or "- " would open a list of its own.
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
      .replace(/^([-+])(?=\s|$)/, '\\$1')
  );
}

/** A section's Markdown as written, but raw HTML in it escaped so it shows as text. */
function body(section: Section): string {
  const raw = new Set<string>();
  const walk = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'html') raw.add(token.raw.trimEnd());
      if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens);
      if (token.type === 'list') for (const item of token.items as { tokens: Token[] }[]) walk(item.tokens);
    }
  };
  const tokens = lexBounded(section.markdown, (markdown) => new Lexer().lex(markdown));
  // Past marked's bounds (render/marked-bounds.ts): every < is shown as text.
  if (!tokens) return section.markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  walk(tokens);
  let text = section.markdown;
  for (const html of raw) text = text.split(html).join(html.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  return text;
}
