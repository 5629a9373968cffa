// Markdown → terminal text: marked's tokens drawn by osteo's own renderer: every block wraps to
// the chosen width, GitHub alert callouts become labelled boxes, styles come from the theme, and
// nothing in content can emit its own escape sequences. The tokens come lexed (by the build, or
// by section-tokens.ts); this module never loads marked itself (walk-tokens.ts says why).
import type { Token, Tokens } from 'marked';
import wrapAnsi from './wrap.js';
import { stem, tokenize } from '../search/normalize.js';
import { cleanText, hyperlink, isSafeUrl } from '../safe-text.js';
import { drawBox } from './box.js';
import { decodeEntities } from './entities.js';
import { lexBounded, plainParagraphs } from './marked-bounds.js';
import { tokenWalker, type TokenRenderer } from './walk-tokens.js';
import { orderByRegion } from './region-order.js';
import type { Region } from '../region.js';
import { drawTable } from './table.js';
import type { CalloutKind, Theme } from './theme.js';

export interface MarkdownOptions {
  width: number;
  theme: Theme;
  /** Whether the terminal shows OSC 8 hyperlinks. */
  hyperlinks: boolean;
  /** Stems of query words to highlight in text. */
  highlight?: ReadonlySet<string>;
  /** Whose country-specific advice comes first (**UK:** / **US:** blocks); null: as written. */
  region?: Region | null | undefined;
}

/**
 * Render a section from its tokens: null is past marked's bounds (shown as plain paragraphs);
 * absent, the renderer lexes the Markdown with the lexer it was given.
 */
export type RenderMarkdown = (section: { markdown: string; tokens?: Token[] | null | undefined }) => string;

/** marked's lexer (lexer.ts), for text that comes without tokens. */
export type Lex = (markdown: string) => Token[];

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i;

export function createMarkdownRenderer(opts: MarkdownOptions, lex?: Lex): RenderMarkdown {
  const { theme } = opts;
  // Columns taken by the boxes and bullets that enclose the block being drawn.
  let indent = 0;
  const room = (): number => Math.max(10, opts.width - indent);
  const wrap = (text: string, width = room()): string =>
    wrapAnsi(text, width, { hard: false, trim: true, wordWrap: true });
  const block = (text: string): string => `${text}\n\n`;
  const within = (columns: number, draw: () => string): string => {
    indent += columns;
    try {
      return draw();
    } finally {
      indent -= columns;
    }
  };
  const prefixLines = (text: string, first: string, rest: string): string =>
    text
      .replace(/\n+$/, '')
      .split('\n')
      .map((line, i) => ((i === 0 ? first : rest) + line).trimEnd())
      .join('\n');

  const renderer: TokenRenderer = {
    text(token: Tokens.Text | Tokens.Escape) {
      const inner = 'tokens' in token ? token.tokens : undefined;
      if (inner) return parser.parseInline(inner);
      // Character references (&amp;, &#27;) decoded from the source, once; then cleaned, as
      // one may decode to a control. An escape token (\&) is its character as it is.
      const text = token.type === 'text' ? cleanText(decodeEntities(token.raw)) : token.text;
      // White space runs collapse to one space, as a browser shows them.
      return highlight(text.replace(/[ \t\n]+/g, ' '), opts.highlight, theme);
    },
    strong(token: Tokens.Strong) {
      return theme.strong(parser.parseInline(token.tokens));
    },
    em(token: Tokens.Em) {
      return theme.em(parser.parseInline(token.tokens));
    },
    del(token: Tokens.Del) {
      return theme.del(parser.parseInline(token.tokens));
    },
    codespan(token: Tokens.Codespan) {
      return theme.code(cleanText(token.text));
    },
    checkbox(token: Tokens.Checkbox) {
      return `[${token.checked ? 'X' : ' '}] `;
    },
    html(token: Tokens.HTML | Tokens.Tag) {
      // Raw HTML is shown as the text it is, never interpreted.
      const text = token.text.replace(/\n/g, ' ');
      return 'block' in token && token.block ? block(wrap(text)) : text;
    },
    paragraph(token: Tokens.Paragraph) {
      return block(wrap(parser.parseInline(token.tokens)));
    },
    heading(token: Tokens.Heading) {
      return block(wrap(theme.mark(token.depth) + theme.heading(parser.parseInline(token.tokens))));
    },
    hr() {
      return block(theme.rule.repeat(room()));
    },
    code(token: Tokens.Code) {
      return block(prefixLines(theme.code(cleanText(token.text)), '  ', '  '));
    },
    br() {
      return '\n';
    },
    link(token: Tokens.Link) {
      const text = parser.parseInline(token.tokens);
      const href = token.href;
      if (!isSafeUrl(href)) return text === href ? href : `${text} (${href})`;
      if (opts.hyperlinks) return hyperlink(href, theme.link(text));
      return text === href ? theme.link(href) : `${text} (${theme.link(href)})`;
    },
    image(token: Tokens.Image) {
      return `[image: ${cleanText(decodeEntities(token.text))}]`;
    },
    list(token: Tokens.List) {
      const start = typeof token.start === 'number' ? token.start : 1;
      const items = token.items.map((item, i) => {
        const marker = token.ordered ? `${start + i}.` : theme.bullet;
        const pad = marker.length + 1;
        const body = within(pad, () => parser.parse(asParagraphs(item.tokens)));
        // A tight list keeps an item's text and its sub-list together.
        return prefixLines(token.loose ? body : body.replace(/\n{2,}/g, '\n'), `${marker} `, ' '.repeat(pad));
      });
      return block(items.join(token.loose ? '\n\n' : '\n'));
    },
    blockquote(token: Tokens.Blockquote) {
      const alert = readAlert(token);
      if (!alert) {
        // Plain text indents a quote: a screen reader would read a ">" as "greater than".
        const body = within(2, () => parser.parse(token.tokens));
        const bar = theme.bar === '' ? '  ' : `${theme.bar} `;
        return block(prefixLines(body, bar, bar));
      }
      const label = alert.kind.charAt(0).toUpperCase() + alert.kind.slice(1);
      const style = theme.callout[alert.kind];
      if (theme.plain) return parser.parse(withLead(alert.tokens, `${label}: `));
      const body = within(2, () => parser.parse(alert.tokens));
      return block(drawBox(label, body, style, theme, room()));
    },
    table(token: Tokens.Table) {
      return block(drawTable(token, (cell) => parser.parseInline(cell.tokens), room(), theme));
    },
    space() {
      return '';
    },
  };
  const parser = tokenWalker(renderer);
  // Past marked's bounds, or if it overflows the stack after all: the words, as plain paragraphs.
  const plain = (markdown: string): string =>
    plainParagraphs(markdown)
      .map((p) => wrap(p))
      .join('\n\n');
  return ({ markdown, tokens: given }) => {
    if (given === undefined && !lex) throw new Error('markdown: a section came without tokens or a lexer');
    const tokens = given === undefined && lex ? lexBounded(markdown, lex) : given;
    if (!tokens) return plain(markdown);
    let out: string;
    try {
      out = parser.parse(orderByRegion(tokens, opts.region ?? null));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return plain(markdown);
    }
    return out.replace(/\n{3,}/g, '\n\n').trimEnd();
  };
}

/** The tokens with `lead` as plain text at the start of the first paragraph (or its own paragraph). */
function withLead(tokens: Token[], lead: string): Token[] {
  const text: Tokens.Text = { type: 'text', raw: lead, text: lead };
  const [first, ...rest] = tokens;
  if (first?.type === 'paragraph') return [{ ...first, tokens: [text, ...(first.tokens ?? [])] }, ...rest];
  const paragraph: Tokens.Paragraph = { type: 'paragraph', raw: lead, text: lead, tokens: [text] };
  return [paragraph, ...tokens];
}

/** A tight list item holds bare text tokens; as paragraphs they wrap like any other text. */
function asParagraphs(tokens: Token[]): Token[] {
  return tokens.map((t): Token => {
    if (t.type !== 'text') return t;
    const text = t as Tokens.Text;
    const paragraph: Tokens.Paragraph = {
      type: 'paragraph',
      raw: text.raw,
      text: text.text,
      tokens: text.tokens ?? [text],
    };
    return paragraph;
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
  // The source text after the marker: the text renderer decodes it, as it does any text.
  const leadRaw = (lead as Tokens.Text).raw.replace(ALERT, '');
  const inline: Token[] = leadRaw.trim() === '' ? after : [{ type: 'text', raw: leadRaw, text: leadRaw }, ...after];
  const tokens: Token[] = inline.length > 0 ? [{ ...paragraph, tokens: inline }, ...rest] : rest;
  return { kind, tokens };
}

function highlight(text: string, terms: ReadonlySet<string> | undefined, theme: Theme): string {
  if (!terms || terms.size === 0 || !theme.color) return text;
  return text.replace(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu, (word) => {
    const token = tokenize(word)[0];
    return token !== undefined && terms.has(stem(token)) ? theme.match(word) : word;
  });
}
