/// <reference lib="dom" />
// The site's search page (search.html?q=…), bundled for the browser by the build: reads the
// question from the address, runs osteo's search and triage on the data in the page, and draws
// the answers with the handouts' renderer. Nothing is fetched: the data is in the page.
import { escapeHtml } from '../render/html/escape.js';
import { resultsHtml } from '../render/html/results.js';
import { siteCommandLink } from '../render/html/site-links.js';
import { createSearch, type SiteData } from './engine.js';

// A question longer than this is not a question; the CLI has no such limit, but a URL can be huge.
const MAX_QUERY = 500;

async function main(): Promise<void> {
  const data = JSON.parse(document.getElementById('osteo-data')?.textContent ?? 'null') as SiteData;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const results = document.getElementById('results');
  const status = document.getElementById('status');
  if (!results || !status) return;
  const query = (new URLSearchParams(location.search).get('q') ?? '').slice(0, MAX_QUERY);
  if (input) input.value = query;
  if (query.trim() === '') {
    status.textContent = 'Type your question in the search box, in your own words.';
    return;
  }
  const answers = await createSearch(data)(query);
  document.title = `“${query}”: search (osteo)`;
  const heading = document.getElementById('search-title');
  if (heading) heading.textContent = `Your question: “${query}”`;
  if (answers.results.length === 0 && !answers.triage) {
    status.textContent = `No match for “${query}”. Try other words, or browse the list of topics.`;
    const ids = new Set(data.topics.map((t) => t.id));
    const links = answers.suggestions
      .filter((id) => ids.has(id))
      .map(
        (id) =>
          `<li><a href="topics/${escapeHtml(id)}.html">${escapeHtml(data.topics.find((t) => t.id === id)?.title ?? id)}</a></li>`,
      );
    results.innerHTML = links.length > 0 ? `<h2>Did you mean</h2>\n<ul>\n${links.join('\n')}\n</ul>\n` : '';
    return;
  }
  status.textContent = answers.triage
    ? 'This may be urgent: read the box first.'
    : `The best answers to “${query}”, best first.`;
  results.innerHTML = resultsHtml(answers, {
    topicHref: (id, section) => `topics/${id}.html#${section}`,
    urgentHref: 'urgent.html',
    region: data.region,
    command: siteCommandLink(data.topics, ''),
  });
}

void main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status)
    status.textContent = `The search could not run here (${error instanceof Error ? error.message : String(error)}). Browse the list of topics instead.`;
});
