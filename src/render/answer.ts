// Topics and search results → terminal text. Pure: every function returns a string.
import wrapAnsi from './wrap.js';
import type { TriageAlarm } from '../search/answers.js';
import type { Section, Topic } from '../topics/types.js';
import { drawBox } from './box.js';
import { createMarkdownRenderer, type RenderMarkdown } from './markdown.js';
import type { Theme } from './theme.js';
import type { Region } from '../region.js';

export interface RenderOptions {
  width: number;
  theme: Theme;
  hyperlinks: boolean;
  /** Whose country-specific advice comes first; null or absent: as written. */
  region?: Region | null | undefined;
}

export const DISCLAIMER = 'General information, not medical advice. See a health professional about your own symptoms.';

export function renderDisclaimer(theme: Theme, width: number): string {
  return theme.dim(wrap(DISCLAIMER, width));
}

/** "Topic › Section", or just the topic's title for its intro. */
export function sectionLabel(topic: Topic, section: Section, theme: Theme): string {
  return section.heading === '' ? topic.title : `${topic.title} ${theme.arrow} ${section.heading}`;
}

/** One section on its own, under its "Topic › Section" label (explain --section, search). */
function renderLabelled(topic: Topic, section: Section, markdown: RenderMarkdown, theme: Theme, width: number): string {
  return `${theme.title(wrap(sectionLabel(topic, section, theme), width))}\n${markdown(section)}`;
}

/** A whole topic (or the given sections of it), ending with related topics, sources and the disclaimer. */
export function renderTopic(topic: Topic, opts: RenderOptions, sections: readonly Section[] = topic.sections): string {
  const { theme, width } = opts;
  const markdown = createMarkdownRenderer(opts);
  const whole = sections === topic.sections;
  const parts: string[] = [];
  if (whole) {
    parts.push(theme.title(wrap(topic.title, width)) + (topic.summary ? `\n${theme.dim(wrap(topic.summary, width))}` : ''));
    for (const section of sections) parts.push(renderSection(section, markdown, theme, width));
  } else {
    for (const section of sections) parts.push(renderLabelled(topic, section, markdown, theme, width));
  }
  parts.push(renderTopicFooter(topic, theme, width));
  return `${parts.join('\n\n')}\n`;
}

function renderSection(section: Section, markdown: RenderMarkdown, theme: Theme, width: number): string {
  const body = markdown(section);
  if (section.heading === '') return body;
  return `${theme.heading(wrap(section.heading, width))}\n${body}`;
}

function renderTopicFooter(topic: Topic, theme: Theme, width: number): string {
  const lines: string[] = [];
  if (topic.related.length > 0) lines.push(`Related: ${topic.related.join(', ')}`);
  const facts = [`Sources: osteo sources ${topic.id}`];
  if (topic.reviewed) facts.push(`Reviewed ${topic.reviewed}`);
  lines.push(facts.join(theme.plain ? ' | ' : ' · '));
  return `${theme.dim(lines.map((l) => wrap(l, width)).join('\n'))}\n\n${renderDisclaimer(theme, width)}`;
}

// Further matches are listed on one line; past this many it would no longer be one line.
const MORE_SHOWN = 4;

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

/** Search results: each section under its "Topic › Section" label, then one line of further matches. */
export function renderHits(
  hits: readonly RenderedHit[],
  more: readonly RenderedHit[],
  opts: RenderOptions & { highlight?: ReadonlySet<string> },
): string {
  const { theme, width } = opts;
  const markdown = createMarkdownRenderer(opts);
  const parts = hits.map(({ topic, section }) => renderLabelled(topic, section, markdown, theme, width));
  if (more.length > 0) {
    const shown = more.slice(0, MORE_SHOWN).map((h) => sectionLabel(h.topic, h.section, theme));
    const rest = more.length > MORE_SHOWN ? ` (+${more.length - MORE_SHOWN} more)` : '';
    parts.push(theme.dim(wrap(`More: ${shown.join('; ')}${rest}`, width)));
  }
  parts.push(renderDisclaimer(theme, width));
  return `${parts.join('\n\n')}\n`;
}

function wrap(text: string, width: number): string {
  return wrapAnsi(text, width, { hard: false, trim: true });
}
