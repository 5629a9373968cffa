// marked's tokens for a section of plain prose, made without marked. A folder of the user's own
// has no lexed side table (the build makes one for the shipped topics only), so showing any of
// its sections loaded marked and ran its lexer: about 10 ms to build marked's grammar and 30-40
// more for V8 to compile and run its large expressions the first time (a bare script, one
// 900-character paragraph). Prose with none of Markdown's marks lexes to paragraphs of one text
// token each, split by blank lines; this makes exactly those tokens, and anything else (a mark, a
// line that could open a block, a link marked would find, a line break) is left to marked.
// Pure; tests/render/plain-tokens.test.ts holds the tokens equal to marked's.
import type { Token } from 'marked';

// Letters, digits, single spaces and the punctuation of plain sentences: no character that
// opens emphasis, code, a link, HTML, an entity, an escape or a table in marked's grammar.
const PLAIN = /^[A-Za-z0-9 .,;:?!'"()%/’‘“”—–…-]*$/;
// A line that starts with a letter opens no block (lists, quotes, headings, code, fences, rules
// and setext underlines all start otherwise); one that ends in a space may end in a line break.
const LINE = /^[A-Za-z][^\n]*[^ \n]$|^[A-Za-z]$/;
// What GFM links without brackets: web and mail addresses ("@" is not allowed at all).
const AUTOLINK = /www\.|:\/\//i;

/** marked's tokens of `markdown` (trimmed, as sections are), when it is plain prose; else null. */
export function plainTokens(markdown: string): Token[] | null {
  if (markdown === '' || AUTOLINK.test(markdown)) return null;
  const tokens: Token[] = [];
  // Paragraphs and the blank lines between them (a run of newlines is one space token).
  const parts = markdown.split(/(\n{2,})/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      tokens.push({ type: 'space', raw: part });
      continue;
    }
    for (const line of part.split('\n')) if (!PLAIN.test(line) || !LINE.test(line)) return null;
    tokens.push({
      type: 'paragraph',
      raw: part,
      text: part,
      tokens: [{ type: 'text', raw: part, text: part, escaped: false }],
    });
  }
  return tokens;
}
