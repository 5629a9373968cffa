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

/** A walker over `renderer`. A token type marked does not make is an error, as in marked. */
export function tokenWalker(renderer: TokenRenderer): TokenWalker {
  const unknown = (type: string): never => {
    throw new Error(`Token with "${type}" type was not found.`);
  };
  const block = (token: Token): string => {
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'space':
        return renderer.space(t as Tokens.Space);
      case 'hr':
        return renderer.hr(t as Tokens.Hr);
      case 'heading':
        return renderer.heading(t as Tokens.Heading);
      case 'code':
        return renderer.code(t as Tokens.Code);
      case 'table':
        return renderer.table(t as Tokens.Table);
      case 'blockquote':
        return renderer.blockquote(t as Tokens.Blockquote);
      case 'list':
        return renderer.list(t as Tokens.List);
      case 'checkbox':
        return renderer.checkbox(t as Tokens.Checkbox);
      case 'html':
        return renderer.html(t as Tokens.HTML);
      // A link definition shows nothing (marked's default renderer).
      case 'def':
        return '';
      case 'paragraph':
        return renderer.paragraph(t as Tokens.Paragraph);
      case 'text':
        return renderer.text(t as Tokens.Text);
      default:
        return unknown(t.type);
    }
  };
  const inline = (token: Token): string => {
    const t = token as Tokens.Generic;
    switch (t.type) {
      case 'escape':
        return renderer.text(t as Tokens.Escape);
      case 'html':
        return renderer.html(t as Tokens.Tag);
      case 'link':
        return renderer.link(t as Tokens.Link);
      case 'image':
        return renderer.image(t as Tokens.Image);
      case 'checkbox':
        return renderer.checkbox(t as Tokens.Checkbox);
      case 'strong':
        return renderer.strong(t as Tokens.Strong);
      case 'em':
        return renderer.em(t as Tokens.Em);
      case 'codespan':
        return renderer.codespan(t as Tokens.Codespan);
      case 'br':
        return renderer.br(t as Tokens.Br);
      case 'del':
        return renderer.del(t as Tokens.Del);
      case 'text':
        return renderer.text(t as Tokens.Text);
      default:
        return unknown(t.type);
    }
  };
  return {
    parse: (tokens) => tokens.map(block).join(''),
    parseInline: (tokens) => tokens.map(inline).join(''),
  };
}
