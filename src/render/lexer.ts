// marked's lexer, with marked's default options (GitHub-flavoured Markdown), as the build lexes
// the shipped sections. Loaded only to lex a section the build did not: marked's module is costly
// to load, and a run that shows shipped sections never needs it (section-tokens.ts).
import { Lexer, type Token } from 'marked';

export function lexMarkdown(markdown: string): Token[] {
  return Lexer.lex(markdown);
}
