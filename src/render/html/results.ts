// Search answers as HTML: the triage banner, then each section under its "Topic › Section"
// heading with the sources it cites, then further matches. The search handout and the site's
// search page (in the browser) both draw them with this.
import type { Region } from '../../region.js';
import type { Answers } from '../../search/answers.js';
import type { SectionDoc } from '../../search/memory-index.js';
import { escapeHtml } from './escape.js';
import { createHtmlMarkdown, type HtmlMarkdownOptions } from './markdown.js';
import { citedSources, formatDate, sourcesList, triageBanner } from './parts.js';
import { sectionIds } from './topic.js';

export interface ResultsOptions extends Pick<HtmlMarkdownOptions, 'command'> {
  /** The address of a topic's page at a section (the site); null: not linked (a handout). */
  topicHref?: ((topicId: string, sectionId: string) => string) | undefined;
  /** The urgent card's page (the site); null: the handout names the command. */
  urgentHref: string | null;
  region: Region | null;
}

// Further matches shown as links under the results.
const MORE_SHOWN = 5;

export function resultsHtml(answers: Pick<Answers, 'triage' | 'results' | 'more'>, opts: ResultsOptions): string {
  const parts: string[] = [];
  if (answers.triage) parts.push(triageBanner(answers.triage, opts.urgentHref));
  answers.results.forEach(({ doc }, i) => parts.push(result(doc, i + 1, opts)));
  if (answers.more.length > 0) {
    const items = answers.more.slice(0, MORE_SHOWN).map(({ doc }) => `<li>${label(doc, opts)}</li>`);
    parts.push(
      `<section aria-labelledby="more">\n<h2 id="more">More that may help</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>\n`,
    );
  }
  return parts.join('');
}

/** "Topic › Section", linked to the topic's page where there is one. */
function label(doc: SectionDoc, opts: ResultsOptions): string {
  const text = escapeHtml(doc.section.heading === '' ? doc.topic.title : `${doc.topic.title} › ${doc.section.heading}`);
  const id = sectionIds(doc.topic)[doc.position] ?? '';
  return opts.topicHref ? `<a href="${escapeHtml(opts.topicHref(doc.topic.id, id))}">${text}</a>` : text;
}

function result(doc: SectionDoc, n: number, opts: ResultsOptions): string {
  const { topic, section } = doc;
  const prefix = `r${n}-`;
  const render = createHtmlMarkdown({
    ids: new Set(),
    idPrefix: prefix,
    command: opts.command,
    region: opts.region,
    citation: (s) => (s >= 1 && s <= topic.sources.length ? `#${prefix}source-${s}` : null),
  });
  const cited = citedSources(section.markdown, topic);
  // A section that cites nothing still rests on its topic's sources: list them all.
  const sources = sourcesList(topic, prefix, cited.length > 0 ? cited : undefined);
  const reviewed = topic.reviewed
    ? `<p class="meta">Medical review of “${escapeHtml(topic.title)}”: ${escapeHtml(formatDate(topic.reviewed))}</p>\n`
    : '';
  const attrs = `data-topic="${escapeHtml(topic.id)}" data-section="${escapeHtml(section.heading)}"`;
  return `<article class="result" ${attrs} aria-labelledby="r${n}">
<h2 id="r${n}">${label(doc, opts)}</h2>
${render.block(section.markdown)}<div class="result-sources">
<h3 id="${prefix}sources">Sources</h3>
${sources}${reviewed}</div>
</article>
`;
}
