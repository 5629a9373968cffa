// The pieces every handout and site page shares: sources, the questions box, the triage banner,
// the emergency numbers and the disclaimer. Pure strings; no Node APIs, so the browser's search
// page draws its results with the same code.
import type { Region } from '../../region.js';
import type { TriageAlarm } from '../../search/answers.js';
import type { Topic } from '../../topics/types.js';
import { escapeHtml, safeHref } from './escape.js';

/** The same sentence as the terminal's (render/answer.ts; a test keeps them equal). */
export const DISCLAIMER = 'General information, not medical advice. See a health professional about your own symptoms.';

export const EMERGENCY_NUMBERS: Record<Region | 'both', string> = {
  uk: 'In an emergency, call 999. For urgent advice, call NHS 111 or your GP surgery.',
  us: 'In an emergency, call 911. For urgent advice, call your doctor or go to urgent care.',
  both: 'In an emergency, call 999 (UK), 911 (US) or your local emergency number. For urgent advice: NHS 111 or your GP (UK); your doctor or urgent care (US).',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-12-01" → "1 December 2026": no day-month order to misread on either side of the Atlantic. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** The local calendar date of `now`, as YYYY-MM-DD. */
export function isoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The numbers of the sources a section's markers cite, in order of first mention. */
export function citedSources(markdown: string, topic: Topic): number[] {
  const cited = new Set<number>();
  for (const match of markdown.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) {
    for (const n of (match[1] ?? '').split(',').map((x) => Number(x.trim()))) {
      if (n >= 1 && n <= topic.sources.length) cited.add(n);
    }
  }
  return [...cited].sort((a, b) => a - b);
}

/**
 * The topic's sources as a numbered list whose numbers are the ones its markers use (`numbers`:
 * only those; default all), each with its full address, printed in full too.
 */
export function sourcesList(topic: Topic, idPrefix: string, numbers?: readonly number[]): string {
  const wanted = numbers ?? topic.sources.map((_, i) => i + 1);
  const items = wanted.map((n) => {
    const source = topic.sources[n - 1];
    if (!source) return '';
    const href = safeHref(source.url);
    const address = href
      ? `<a class="url" href="${href}">${escapeHtml(source.url)}</a>`
      : `<span class="url">${escapeHtml(source.url)}</span>`;
    return `<li id="${idPrefix}source-${n}" value="${n}">${escapeHtml(source.title)}<br>${address}</li>`;
  });
  return `<ol class="sources">\n${items.join('\n')}\n</ol>\n`;
}

/** The "Questions to ask your doctor" box, or nothing when there are none. */
export function questionsBox(questions: readonly string[], headingLevel = 2): string {
  if (questions.length === 0) return '';
  const h = `h${headingLevel}`;
  const items = questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('\n');
  return `<section class="questions" aria-labelledby="questions">\n<${h} id="questions">Questions to ask your doctor</${h}>\n<ul>\n${items}\n</ul>\n</section>\n`;
}

/** The banner that opens a search whose question describes an urgent sign. */
export function triageBanner(alarm: Pick<TriageAlarm, 'level' | 'message'>, urgentHref: string | null): string {
  const label = alarm.level === 'emergency' ? 'Emergency' : 'Urgent';
  const more = urgentHref
    ? `<a href="${escapeHtml(urgentHref)}">All urgent signs</a>`
    : 'All urgent signs: run <code>osteo urgent</code>';
  return `<div class="banner ${alarm.level}" data-level="${alarm.level}">\n<p class="banner-label">${label}</p>\n<p><strong>${escapeHtml(alarm.message)}</strong></p>\n<p>${more}</p>\n</div>\n`;
}

/** Emergency numbers and the disclaimer, for the foot of every page. */
export function safetyNotes(region: Region | null): string {
  return `<p><strong>${escapeHtml(EMERGENCY_NUMBERS[region ?? 'both'])}</strong></p>\n<p>${escapeHtml(DISCLAIMER)}</p>\n`;
}
