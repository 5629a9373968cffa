// Walks marked's tokens through a renderer, as marked's own Parser does (the same dispatch, type
// by type), without loading marked: a search or explain renders the tokens the build lexed, and
// marked's module costs start-up time (it builds all its grammar's expressions when it loads).
// The output is marked's Parser's for the same renderer; tests/render/markdown.test.ts holds it.
import type { Token, Tokens } from 'marked';

/** What each block and inline token becomes; `walk` is the walker, for the children. */
export interface TokenRenderer {
  space(token: Tokens.Space): string;
  hr(token: Tokens.Hr): string;
  heading(token: Tokens.Heading): string;
  code(token: Tokens.Code): string;
  table(token: Tokens.Table): string;
  blockquote(token: Tokens.Blockquote): string;
  list(token: Tokens.List): string;
  checkbox(token: Tokens.Checkbox): string;
  html(token: Tokens.HTML | Tokens.Tag): string;
  paragraph(token: Tokens.Paragraph): string;
  text(token: Tokens.Text | Tokens.Escape): string;
  link(token: Tokens.Link): string;
  image(token: Tokens.Image): string;
  strong(token: Tokens.Strong): string;
  em(token: Tokens.Em): string;
  codespan(token: Tokens.Codespan): string;
  br(token: Tokens.Br): string;
  del(token: Tokens.Del): string;
}

export interface TokenWalker {
  /** Block tokens → text. */
  parse(tokens: readonly Token[]): string;
  /** Inline tokens → text. */
  parseInline(tokens: readonly Token[]): string;
}

// Which renderer method draws each token type, as marked's Parser has it: blocks, then inline
// tokens (an escape draws as text). A link definition (def) shows nothing, as in marked.
const BLOCK: Record<string, keyof TokenRenderer | null> = {
  space: 'space',
  hr: 'hr',
  heading: 'heading',
  code: 'code',
  table: 'table',
  blockquote: 'blockquote',
  list: 'list',
  checkbox: 'checkbox',
  html: 'html',
  def: null,
  paragraph: 'paragraph',
  text: 'text',
};
const INLINE: Record<string, keyof TokenRenderer> = {
  escape: 'text',
  html: 'html',
  link: 'link',
  image: 'image',
  checkbox: 'checkbox',
  strong: 'strong',
  em: 'em',
  codespan: 'codespan',
  br: 'br',
  del: 'del',
  text: 'text',
};

/** A walker over `renderer`. A token type marked does not make is an error, as in marked. */
export function tokenWalker(renderer: TokenRenderer): TokenWalker {
  const walk =
    (table: Record<string, keyof TokenRenderer | null>) =>
    (token: Token): string => {
      const method = Object.hasOwn(table, token.type) ? table[token.type] : undefined;
      if (method === undefined) throw new Error(`Token with "${token.type}" type was not found.`);
      // Each method takes the token types the table sends it (the interface above says which).
      return method === null ? '' : (renderer[method] as (token: Token) => string)(token);
    };
  const block = walk(BLOCK);
  const inline = walk(INLINE);
  return {
    parse: (tokens) => tokens.map(block).join(''),
    parseInline: (tokens) => tokens.map(inline).join(''),
  };
}
