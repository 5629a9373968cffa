// Printable handouts, one self-contained HTML file each (no script, no remote anything): a
// topic (explain), the answers to a question (search) and the urgent card (urgent). Each holds
// the date, the sources in full, the review date, the emergency numbers and the disclaimer.
import type { Region } from '../../region.js';
import type { Answers } from '../../search/answers.js';
import type { CompiledTriage } from '../../search/triage/compile.js';
import type { Section, Topic } from '../../topics/types.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './page.js';
import { formatDate, isoDate, questionsBox, safetyNotes, sourcesList } from './parts.js';
import { resultsHtml } from './results.js';
import { topicSections } from './topic.js';
import { urgentCard } from './urgent.js';

export interface HandoutOptions {
  now: Date;
  region: Region | null;
  large?: boolean | undefined;
}

/** A topic, or the given sections of it. */
export function topicHandout(topic: Topic, sections: readonly Section[], opts: HandoutOptions): string {
  const whole = sections.length === topic.sections.length;
  const title = whole ? topic.title : `${topic.title} › ${sections.map((s) => s.heading || 'Introduction').join(', ')}`;
  const main = `<h1>${escapeHtml(title)}</h1>
${topic.summary ? `<p class="summary">${escapeHtml(topic.summary)}</p>\n` : ''}${dateLine(opts.now, topic.reviewed)}${topicSections(topic, sections, { region: opts.region })}${questionsBox(topic.questions)}${sourcesBlock(topic)}`;
  return handoutPage(title, main, opts);
}

/** The answers to a question, with the banner when it describes an urgent sign. */
export function searchHandout(answers: Answers, opts: HandoutOptions): string {
  const title = `Your question: “${answers.query.trim()}”`;
  // The questions of the topic that answers best, after the alarm's own topic.
  const asking = answers.results
    .map((r) => r.doc.topic)
    .find((t) => t.questions.length > 0 && t.id !== answers.triage?.topic);
  const main = `<h1>${escapeHtml(title)}</h1>
${dateLine(opts.now, null)}<p>The parts of osteo's library that best answer this question, best first.</p>
${resultsHtml(answers, { urgentHref: null, region: opts.region })}${questionsBox(asking?.questions ?? [])}`;
  return handoutPage(title, main, opts);
}

/** The urgent card; with the topic it comes from, when that could be read, for its sources. */
export function urgentHandout(rules: CompiledTriage, topic: Topic | null, opts: HandoutOptions): string {
  const title = 'Urgent signs: when to get help now';
  const main = `<h1>${title}</h1>
${dateLine(opts.now, topic?.reviewed ?? null)}${urgentCard(rules, opts.region)}${topic ? sourcesBlock(topic) : ''}`;
  return handoutPage(title, main, opts);
}

function dateLine(now: Date, reviewed: string | null): string {
  const review = reviewed ? ` Medical review: ${escapeHtml(formatDate(reviewed))}.` : '';
  return `<p class="meta">From osteo, ${escapeHtml(formatDate(isoDate(now)))}.${review}</p>\n`;
}

function sourcesBlock(topic: Topic): string {
  if (topic.sources.length === 0) return '';
  return `<section aria-labelledby="sources">\n<h2 id="sources">Sources</h2>\n${sourcesList(topic, '')}</section>\n`;
}

function handoutPage(title: string, main: string, opts: HandoutOptions): string {
  const body = `<main id="main">\n${main}</main>\n<footer class="handout-footer">\n${safetyNotes(opts.region)}</footer>\n`;
  return htmlPage({ title: `${title} (osteo)`, body, large: opts.large });
}
