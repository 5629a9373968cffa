// Topics and search results → terminal text. Pure: every function returns a string.
import wrapAnsi from './wrap.js';
import type { TriageAlarm } from '../search/answers.js';
import type { Section, Topic } from '../topics/types.js';
import { drawBox } from './box.js';
import { wrapCommand } from './columns.js';
import { createMarkdownRenderer, type RenderMarkdown } from './markdown.js';
import { citedSources, renderSourceList, renderSourcesLine } from './sources.js';
import type { Theme } from './theme.js';
import type { Region } from '../region.js';
import type { TokensOf } from './section-tokens.js';

export interface RenderOptions {
  width: number;
  theme: Theme;
  hyperlinks: boolean;
  /** Whose country-specific advice comes first; null or absent: as written. */
  region?: Region | null | undefined;
  /** Each section's marked tokens, prepared for the sections to render (section-tokens.ts). */
  tokens: TokensOf;
}

export const DISCLAIMER = 'General information, not medical advice. See a health professional about your own symptoms.';

export function renderDisclaimer(width: number): string {
  return wrap(DISCLAIMER, width);
}

/** "Topic › Section", or just the topic's title for its intro. */
export function sectionLabel(topic: Topic, section: Section, theme: Theme): string {
  if (section.heading === '') return topic.title;
  return `${topic.title}${theme.plain ? '' : ' '}${theme.arrow} ${section.heading}`;
}

/** One section on its own, under its "Topic › Section" label (explain --section, search). */
function renderLabelled(topic: Topic, section: Section, markdown: RenderMarkdown, theme: Theme, width: number): string {
  return `${theme.title(wrap(theme.mark(2) + sectionLabel(topic, section, theme), width))}\n${markdown(section)}`;
}

/** A whole topic (or the given sections of it), ending with related topics, sources and the disclaimer. */
export function renderTopic(topic: Topic, opts: RenderOptions, sections: readonly Section[] = topic.sections): string {
  const { theme, width } = opts;
  const markdown = withTokens(createMarkdownRenderer(opts), opts.tokens);
  const whole = sections === topic.sections;
  const parts: string[] = [];
  if (whole) {
    parts.push(
      theme.title(wrap(theme.mark(1) + topic.title, width)) + (topic.summary ? `\n${wrap(topic.summary, width)}` : ''),
    );
    for (const section of sections) parts.push(renderSection(section, markdown, theme, width));
  } else {
    for (const section of sections) parts.push(renderLabelled(topic, section, markdown, theme, width));
  }
  parts.push(renderTopicFooter(topic, opts, whole ? undefined : sections));
  return `${parts.join('\n\n')}\n`;
}

function renderSection(section: Section, markdown: RenderMarkdown, theme: Theme, width: number): string {
  const body = markdown(section);
  if (section.heading === '') return body;
  return `${theme.heading(wrap(theme.mark(2) + section.heading, width))}\n${body}`;
}

/** Related topics, the review date, the sources (those `sections` cite, else all), the disclaimer. */
function renderTopicFooter(topic: Topic, opts: RenderOptions, sections?: readonly Section[]): string {
  const { theme, width } = opts;
  const lines: string[] = [];
  if (topic.related.length > 0) lines.push(wrap(`Related: ${topic.related.join(', ')}`, width));
  if (topic.reviewed) lines.push(`Reviewed ${topic.reviewed}`);
  const cited = sections ? citedSources(topic, sections) : [];
  const list =
    topic.sources.length > 0
      ? `\n\n${renderSourceList(topic, theme, width, opts.hyperlinks, cited.length > 0 ? cited : undefined)}`
      : '';
  return `${lines.join('\n')}${list}\n\n${renderDisclaimer(width)}`.replace(/^\n+/, '');
}

/** The urgent-care banner that opens a search whose query describes an urgent sign. */
export function renderTriage(triage: TriageAlarm, theme: Theme, width: number): string {
  const label = triage.level === 'emergency' ? 'Emergency' : 'Urgent';
  const text = `${triage.message} All urgent signs: osteo urgent`;
  if (theme.plain) return wrap(`${label.toUpperCase()}: ${text}`, width);
  const style = triage.level === 'emergency' ? theme.callout.caution : theme.callout.warning;
  return drawBox(label, wrap(theme.strong(text), width - 2), style, theme, width);
}

export interface RenderedHit {
  topic: Topic;
  section: Section;
}

/** A further answer, listed by number with the command that opens it. */
export interface ListedHit extends RenderedHit {
  number: number;
  command: string;
}

/**
 * Search results: each shown section under its "Topic › Section" label with a line of its
 * sources, then the further answers as a numbered list, then the disclaimer.
 */
export function renderHits(
  hits: readonly RenderedHit[],
  listed: readonly ListedHit[],
  opts: RenderOptions & { highlight?: ReadonlySet<string> },
): string {
  const { theme, width } = opts;
  const markdown = withTokens(createMarkdownRenderer(opts), opts.tokens);
  const parts = hits.map(
    ({ topic, section }) =>
      `${renderLabelled(topic, section, markdown, theme, width)}\n${renderSourcesLine(topic, section, theme, width)}`,
  );
  if (listed.length > 0) parts.push(renderList(listed, theme, width));
  parts.push(renderDisclaimer(width));
  return `${parts.join('\n\n')}\n`;
}

/**
 * "2. Is yoga safe?  osteo explain exercise --section yoga": the section's heading (the topic's
 * title for its opening) and the command that opens it, which names the topic; the command goes
 * on a line of its own when both do not fit.
 */
function renderList(listed: readonly ListedHit[], theme: Theme, width: number): string {
  const lines = listed.map(({ topic, section, number, command }) => {
    const lead = `${number}. `;
    const pad = ' '.repeat(lead.length);
    const label = section.heading || topic.title;
    if (`${lead}${label}  ${command}`.length <= width) return `${lead}${label}  ${theme.code(command)}`;
    const text = wrapAnsi(label, Math.max(10, width - lead.length), { trim: true }).replace(/\n/g, `\n${pad}`);
    return `${lead}${text}\n${theme.code(wrapCommand(command, width, pad, `${pad}  `))}`;
  });
  return `${theme.heading(`${theme.mark(3)}More answers`)}\n${lines.join('\n')}`;
}

/** The renderer, given each section's tokens (they are not on the section). */
function withTokens(render: RenderMarkdown, tokens: TokensOf): RenderMarkdown {
  return (section) => render({ markdown: section.markdown, tokens: tokens(section as Section) });
}

function wrap(text: string, width: number): string {
  return wrapAnsi(text, width, { hard: false, trim: true });
}
