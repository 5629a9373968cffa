// The HTML renderer: everything escaped, only http(s) links, callouts as labelled boxes.
import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHref, slug } from '../../../src/render/html/escape.js';
import { createHtmlMarkdown } from '../../../src/render/html/markdown.js';

const html = (markdown: string, opts: Parameters<typeof createHtmlMarkdown>[0] = {}): string =>
  createHtmlMarkdown(opts).block(markdown);

describe('escapeHtml and safeHref', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["it's A&E", 'it&#39;s A&amp;E'],
    ['bell \u0007 and \u001B[31m red \u202E', 'bell  and [31m red '],
  ])('escapes %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it.each([
    ['https://www.nhs.uk/conditions/falls/', 'https://www.nhs.uk/conditions/falls/'],
    ['http://example.org/?a=1&b="2"', 'http://example.org/?a=1&amp;b=&quot;2&quot;'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['file:///etc/passwd', null],
    ['data:text/html,<script>', null],
    ['falls.md', null],
    ['//evil.example/x', null],
    ['https://exa mple.org', null],
  ])('safeHref(%j) is %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it('makes ids of headings', () => {
    expect(slug('When to get help')).toBe('when-to-get-help');
    expect(slug('Café, “quotes” & more')).toBe('cafe-quotes-more');
    expect(slug('¿¡')).toBe('section');
  });
});

describe('createHtmlMarkdown', () => {
  it('shows raw HTML in content as text, block and inline', () => {
    const out = html("<script>alert('x')</script>\n\n<img src=x onerror=alert(1)> inline <b>bold?</b>");
    expect(out).not.toMatch(/<script|<img|<b>/i);
    expect(out).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt; inline &lt;b&gt;bold?&lt;/b&gt;');
  });

  it('makes links of http(s) addresses only, and shows any other address as text', () => {
    const out = html(
      '[NHS](https://www.nhs.uk/) [bad](javascript:alert(1)) [file](file:///etc/passwd) <https://www.cdc.gov/falls/>',
    );
    expect(out).toContain('<a href="https://www.nhs.uk/">NHS</a>');
    expect(out).toContain('<a href="https://www.cdc.gov/falls/">https://www.cdc.gov/falls/</a>');
    expect(out).toContain('bad (javascript:alert(1))');
    expect(out).toContain('file (file:///etc/passwd)');
    expect(out).not.toMatch(/href="(?!https?:)/);
  });

  it('shows an image as its description, never loads it', () => {
    expect(html('![a "spine" x-ray](https://example.org/x.png)')).toBe('<p>[image: a &quot;spine&quot; x-ray]</p>\n');
  });

  it.each([
    ['NOTE', 'note', 'Note'],
    ['IMPORTANT', 'important', 'Important'],
    ['CAUTION', 'caution', 'Caution'],
    ['warning', 'warning', 'Warning'],
  ])('draws a [!%s] callout as a labelled box', (marker, kind, label) => {
    const out = html(`> [!${marker}]\n> See a **doctor** today.`);
    expect(out).toBe(
      `<div class="callout ${kind}" role="note" aria-label="${label}">\n<p class="callout-label">${label}</p>\n<p>See a <strong>doctor</strong> today.</p>\n</div>\n`,
    );
  });

  it('keeps a plain quote a quote', () => {
    expect(html('> Just a quote.')).toBe('<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n');
  });

  it('links citation markers to the sources they name, and leaves other numbers alone', () => {
    const citation = (n: number): string | null => (n <= 3 ? `#source-${n}` : null);
    const out = html('About 2 in 3 [1]. Both [2, 3]. Unknown [9]. A list [a].', { citation });
    expect(out).toContain('[<a href="#source-1" aria-label="source 1">1</a>]');
    expect(out).toContain(
      '[<a href="#source-2" aria-label="source 2">2</a>, <a href="#source-3" aria-label="source 3">3</a>]',
    );
    expect(out).toContain('Unknown [9]. A list [a].');
  });

  it('puts headings inside a section at h3 or below, with unique ids', () => {
    const ids = new Set<string>(['help']);
    const out = html('# Top\n\n### Help\n\n#### Help', { ids, idPrefix: '' });
    expect(out).toBe('<h3 id="top">Top</h3>\n<h3 id="help-2">Help</h3>\n<h4 id="help-3">Help</h4>\n');
  });

  it('draws tables with column headers', () => {
    const out = html('| Drug | How often |\n| --- | ---: |\n| Prolia | 6 months |');
    expect(out).toContain('<th scope="col">Drug</th><th scope="col" class="right">How often</th>');
    expect(out).toContain('<td>Prolia</td><td class="right">6 months</td>');
  });

  it('links an inline command when asked, else shows it as code', () => {
    const command = (text: string): { href: string; label: string } | null =>
      text === 'osteo explain falls' ? { href: 'topics/falls.html', label: 'Falls' } : null;
    expect(html('See `osteo explain falls` or `osteo topics`.', { command })).toBe(
      '<p>See <a href="topics/falls.html">Falls</a> or <code>osteo topics</code>.</p>\n',
    );
  });
});
