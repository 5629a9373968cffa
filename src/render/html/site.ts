// The offline site (osteo export --html): an index of every topic, a page per topic, the urgent
// card and a search page that runs osteo's own search in the browser. Every page works from
// file:// with no network: style and script are inline and allowed by hash (page.ts).
import type { SiteData } from '../../browser/engine.js';
import type { Region } from '../../region.js';
import type { CompiledTriage } from '../../search/triage/compile.js';
import type { Topic } from '../../topics/types.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './page.js';
import { formatDate, isoDate, questionsBox, safetyNotes, sourcesList } from './parts.js';
import { siteCommandLink } from './site-links.js';
import { sectionIds, topicSections } from './topic.js';
import { urgentCard } from './urgent.js';

const CALL_NOW: Record<Region | 'both', string> = {
  uk: 'Call 999 now.',
  us: 'Call 911 now.',
  both: 'Call 999 (UK), 911 (US) or your local emergency number now.',
};

export interface SiteInput {
  topics: readonly Topic[];
  rules: CompiledTriage;
  region: Region | null;
  large: boolean;
  now: Date;
  /** The browser bundle of src/browser/search-page.ts. */
  searchScript: string;
  searchData: SiteData;
}

export interface SitePage {
  /** Relative to the site's folder, with "/" between parts. */
  path: string;
  html: string;
}

export function sitePages(input: SiteInput): SitePage[] {
  const page = (
    root: string,
    title: string,
    main: string,
    extra: { scripts?: string[]; data?: { id: string; value: unknown } } = {},
  ): string =>
    htmlPage({ title: `${title} (osteo)`, body: frame(root, main, input), large: input.large, forms: true, ...extra });
  const pages: SitePage[] = [
    { path: 'index.html', html: page('', 'Bones, falls and weak or tired legs', indexMain(input)) },
    {
      path: 'urgent.html',
      html: page(
        '',
        'Urgent signs',
        `<h1>Urgent signs: when to get help now</h1>\n${urgentCard(input.rules, input.region)}`,
      ),
    },
    {
      path: 'search.html',
      html: page('', 'Search', searchMain(), {
        scripts: [input.searchScript],
        data: { id: 'osteo-data', value: input.searchData },
      }),
    },
  ];
  for (const topic of input.topics)
    pages.push({ path: `topics/${topic.id}.html`, html: page('../', topic.title, topicMain(topic, input)) });
  return pages;
}

/** Skip link, header (name, navigation, search box), the page's main part, footer. */
function frame(root: string, main: string, input: SiteInput): string {
  return `<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
<a class="site-name" href="${root}index.html">osteo</a>
<nav aria-label="Site"><ul><li><a href="${root}index.html">All topics</a></li><li><a href="${root}urgent.html">Urgent signs</a></li></ul></nav>
<form class="search" role="search" action="${root}search.html" method="get">
<label for="q">Search the library</label>
<input type="search" id="q" name="q" autocomplete="off" spellcheck="true">
<button type="submit">Search</button>
</form>
</header>
<main id="main" tabindex="-1">
${main}</main>
<footer class="site-footer">
${safetyNotes(input.region)}<p>Made with osteo on ${escapeHtml(formatDate(isoDate(input.now)))}. This copy works offline: what you type stays on this computer.</p>
</footer>
`;
}

function indexMain(input: SiteInput): string {
  const items = input.topics.map(
    (t) =>
      `<li><a href="topics/${t.id}.html">${escapeHtml(t.title)}</a>${t.summary ? `<br>${escapeHtml(t.summary)}` : ''}</li>`,
  );
  return `<h1>Bones, falls and weak or tired legs</h1>
<p>Plain answers about osteoporosis and why legs can feel weak or tired, each with the sources it rests on. Ask a question in the search box, or choose a topic.</p>
<div class="box emergency">
<p><strong>Think it is an emergency? ${CALL_NOW[input.region ?? 'both']}</strong> <a href="urgent.html">The signs that need help now</a>.</p>
</div>
<h2>All topics</h2>
<ul class="topics">
${items.join('\n')}
</ul>
`;
}

function searchMain(): string {
  return `<h1 id="search-title">Search</h1>
<p id="status" role="status"></p>
<noscript><p>The search needs JavaScript. You can still read every topic from the <a href="index.html">list of topics</a>.</p></noscript>
<div id="results"></div>
`;
}

function topicMain(topic: Topic, input: SiteInput): string {
  const ids = sectionIds(topic);
  const contents = topic.sections
    .map((s, i) => (s.heading === '' ? '' : `<li><a href="#${ids[i] ?? ''}">${escapeHtml(s.heading)}</a></li>`))
    .filter(Boolean);
  const related = topic.related
    .map((id) => input.topics.find((t) => t.id === id))
    .filter((t): t is Topic => t !== undefined)
    .map((t) => `<li><a href="${t.id}.html">${escapeHtml(t.title)}</a></li>`);
  const reviewed = topic.reviewed
    ? `<p class="meta">Medical review: ${escapeHtml(formatDate(topic.reviewed))}</p>\n`
    : '';
  const sections = topicSections(topic, topic.sections, {
    command: siteCommandLink(input.topics, '../'),
    region: input.region,
  });
  return `<h1>${escapeHtml(topic.title)}</h1>
${topic.summary ? `<p class="summary">${escapeHtml(topic.summary)}</p>\n` : ''}${reviewed}${
    contents.length > 0
      ? `<nav class="no-print" aria-labelledby="contents"><h2 id="contents">On this page</h2>\n<ul>\n${contents.join('\n')}\n</ul>\n</nav>\n`
      : ''
  }${sections}${questionsBox(topic.questions)}${
    topic.sources.length > 0
      ? `<section aria-labelledby="sources">\n<h2 id="sources">Sources</h2>\n${sourcesList(topic, '')}</section>\n`
      : ''
  }${related.length > 0 ? `<section class="no-print" aria-labelledby="related">\n<h2 id="related">Related topics</h2>\n<ul>\n${related.join('\n')}\n</ul>\n</section>\n` : ''}`;
}
