// Markdown → HTML for handouts and the offline site, with a private Marked instance whose
// renderer writes every element itself: all text is escaped, raw HTML in content is shown as
// text, only http(s) links become links, images become their alt text, and GitHub alert
// callouts (> [!NOTE]) become labelled boxes. Runs in Node and, bundled, in the browser.
import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml, safeHref, slug } from './escape.js';
import type { Region } from '../../region.js';
import { lexBounded, plainParagraphs } from '../marked-bounds.js';
import { orderByRegion } from '../region-order.js';

export interface HtmlMarkdownOptions {
  /** Where citation marker [n] points, for a source number the topic has; null: plain text. */
  citation?: ((n: number) => string | null) | undefined;
  /** A link for an inline command such as `osteo explain falls` (the site links topics). */
  command?: ((text: string) => { href: string; label: string } | null) | undefined;
  /** Ids already used on the page, so headings inside sections get unique ones. */
  ids?: Set<string> | undefined;
  /** Put before a heading's own id: the id of the section it is part of, so sections keep theirs. */
  idPrefix?: string | undefined;
  /** Whose country-specific advice comes first (**UK:** / **US:** blocks); null: as written. */
  region?: Region | null | undefined;
}

export interface RenderHtml {
  /** Block Markdown (a section) → HTML. */
  block(markdown: string): string;
  /** One line of inline Markdown (a heading's text) → HTML. */
  inline(markdown: string): string;
}

export const CALLOUT_LABELS = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
} as const;
export type CalloutKind = keyof typeof CALLOUT_LABELS;

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i;
// The citation markers osteo check knows: [2], [1, 3].
const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

export function createHtmlMarkdown(opts: HtmlMarkdownOptions = {}): RenderHtml {
  const ids = opts.ids ?? new Set<string>();
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      text(token: Tokens.Text | Tokens.Escape) {
        const inner = 'tokens' in token ? token.tokens : undefined;
        if (inner) return this.parser.parseInline(inner);
        return cite(escapeHtml(token.text), opts.citation);
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        const text = escapeHtml(token.text);
        return 'block' in token && token.block ? `<p class="raw">${text}</p>\n` : text;
      },
      paragraph(token: Tokens.Paragraph) {
        return `<p>${this.parser.parseInline(token.tokens)}</p>\n`;
      },
      heading(token: Tokens.Heading) {
        // Sections are h2 on every page; a part of a section is h3 or below, never above.
        const level = Math.min(6, Math.max(3, token.depth));
        const text = this.parser.parseInline(token.tokens);
        return `<h${level} id="${uniqueId(ids, `${opts.idPrefix ?? ''}${slug(token.text)}`)}">${text}</h${level}>\n`;
      },
      hr: () => '<hr>\n',
      code: (token: Tokens.Code) => `<pre><code>${escapeHtml(token.text)}</code></pre>\n`,
      codespan(token: Tokens.Codespan) {
        const link = opts.command?.(token.text);
        if (link) return `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`;
        return `<code>${escapeHtml(token.text)}</code>`;
      },
      br: () => '<br>',
      strong(token: Tokens.Strong) {
        return `<strong>${this.parser.parseInline(token.tokens)}</strong>`;
      },
      em(token: Tokens.Em) {
        return `<em>${this.parser.parseInline(token.tokens)}</em>`;
      },
      del(token: Tokens.Del) {
        return `<del>${this.parser.parseInline(token.tokens)}</del>`;
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const href = safeHref(token.href);
        if (!href) return token.text === token.href ? text : `${text} (${escapeHtml(token.href)})`;
        return `<a href="${href}">${text}</a>`;
      },
      image: (token: Tokens.Image) => `[image: ${escapeHtml(token.text)}]`,
      checkbox: (token: Tokens.Checkbox) => (token.checked ? '[x] ' : '[ ] '),
      list(token: Tokens.List) {
        const tag = token.ordered ? 'ol' : 'ul';
        const start =
          token.ordered && typeof token.start === 'number' && token.start !== 1 ? ` start="${token.start}"` : '';
        const items = token.items.map((item) => `<li>${this.parser.parse(item.tokens).trim()}</li>`);
        return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>\n`;
      },
      blockquote(token: Tokens.Blockquote) {
        const alert = readAlert(token);
        if (!alert) return `<blockquote>\n${this.parser.parse(token.tokens)}</blockquote>\n`;
        const label = CALLOUT_LABELS[alert.kind];
        return `<div class="callout ${alert.kind}" role="note" aria-label="${label}">\n<p class="callout-label">${label}</p>\n${this.parser.parse(alert.tokens)}</div>\n`;
      },
      table(token: Tokens.Table) {
        const cell = (c: Tokens.TableCell, tag: 'th' | 'td'): string => {
          const align = c.align ? ` class="${c.align}"` : '';
          const scope = tag === 'th' ? ' scope="col"' : '';
          return `<${tag}${scope}${align}>${this.parser.parseInline(c.tokens)}</${tag}>`;
        };
        const head = `<tr>${token.header.map((c) => cell(c, 'th')).join('')}</tr>`;
        const body = token.rows.map((row) => `<tr>${row.map((c) => cell(c, 'td')).join('')}</tr>`).join('\n');
        return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>\n`;
      },
      def: () => '',
      space: () => '',
    },
  });
  // Past marked's bounds (render/marked-bounds.ts), or if it overflows the stack: plain paragraphs.
  const plain = (markdown: string): string =>
    `${plainParagraphs(markdown)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n')}\n`;
  return {
    block: (markdown) => {
      const tokens = lexBounded(markdown, (text) => marked.lexer(text));
      if (!tokens) return plain(markdown);
      try {
        return marked.parser(orderByRegion(tokens, opts.region ?? null));
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return plain(markdown);
      }
    },
    inline: (markdown) =>
      lexBounded(markdown, (text) => marked.parseInline(text, { async: false })) ?? escapeHtml(markdown),
  };
}

/** `id`, or `id-2`, `id-3`… when the page already has it. */
export function uniqueId(ids: Set<string>, id: string): string {
  let unique = id;
  for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
  ids.add(unique);
  return unique;
}

/** Escaped text with its citation markers as links to the sources they name. */
function cite(html: string, citation: HtmlMarkdownOptions['citation']): string {
  if (!citation) return html;
  return html.replace(MARKER, (marker, list: string) => {
    const numbers = list.split(',').map((n) => Number(n.trim()));
    const links = numbers.map((n) => {
      const href = citation(n);
      return href === null ? String(n) : `<a href="${escapeHtml(href)}" aria-label="source ${n}">${n}</a>`;
    });
    return links.every((l, i) => l === String(numbers[i])) ? marker : `[${links.join(', ')}]`;
  });
}

/** A blockquote that opens with `[!NOTE]` and the like: its kind, and its tokens without the marker. */
function readAlert(token: Tokens.Blockquote): { kind: CalloutKind; tokens: Token[] } | null {
  const [first, ...rest] = token.tokens;
  if (first?.type !== 'paragraph') return null;
  const paragraph = first as Tokens.Paragraph;
  const match = ALERT.exec(paragraph.text);
  const [lead, ...after] = paragraph.tokens;
  if (!match?.[1] || lead?.type !== 'text') return null;
  const kind = match[1].toLowerCase() as CalloutKind;
  const leadText = (lead as Tokens.Text).text.replace(ALERT, '');
  const inline: Token[] = leadText.trim() === '' ? after : [{ type: 'text', raw: leadText, text: leadText }, ...after];
  return { kind, tokens: inline.length > 0 ? [{ ...paragraph, tokens: inline }, ...rest] : rest };
}
