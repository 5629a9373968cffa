// Flesch-Kincaid grade of a topic body, computed from the text a reader sees (not the Markdown).
import { fleschKincaid } from 'flesch-kincaid';
import { Lexer, type Token, type Tokens } from 'marked';
import { syllable } from 'syllable';
import { lexBounded, plainParagraphs } from '../render/marked-bounds.js';

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
}

const ALERT_MARKER = /^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Grade level, word and sentence counts of a Markdown body. */
export function measureReadability(markdown: string): Readability {
  const tokens = lexBounded(markdown, (text) => new Lexer().lex(text));
  const blocks = tokens ? collectBlocks(tokens) : plainParagraphs(markdown);
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    // A heading, list item or table cell is read as a unit even without a full stop.
    const text = /[.!?]["')\]]?$/.test(block) ? block : `${block}.`;
    sentences += text.split(/[.!?]+["')\]]?(?=\s|$)/).filter((s) => WORD.test(s) && resetWord()).length;
    for (const word of text.match(WORD) ?? []) {
      words += 1;
      syllables += Math.max(1, syllable(word));
    }
  }
  const grade = fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  // The formula goes below 0 for very short, simple text; a grade is never less than 0.
  return { grade: Number.isFinite(grade) ? Math.max(0, Math.round(grade * 10) / 10) : 0, words, sentences };
}

// WORD is global (for match); test() moves its lastIndex, so reset it after each use.
function resetWord(): true {
  WORD.lastIndex = 0;
  return true;
}

/** The plain text of each block a reader sees: headings, paragraphs, list items, table cells. */
function collectBlocks(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
      case 'text': {
        const text = inlineText(token).replace(ALERT_MARKER, '').trim();
        if (text)
          out.push(
            ...text
              .split(/\n+/)
              .map((t) => t.trim())
              .filter(Boolean),
          );
        break;
      }
      case 'blockquote':
        out.push(...collectBlocks(token.tokens ?? []));
        break;
      case 'list':
        for (const item of token.items as Token[])
          out.push(...collectBlocks(('tokens' in item ? item.tokens : undefined) ?? []));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const cell of [...table.header, ...table.rows.flat()]) {
          const text = inlineText(cell).trim();
          if (text) out.push(text);
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function inlineText(token: Token | Tokens.TableCell): string {
  const children = 'tokens' in token ? token.tokens : undefined;
  if (children && children.length > 0) return children.map(inlineText).join('');
  if ('type' in token && token.type === 'br') return '\n';
  return 'text' in token && typeof token.text === 'string' ? token.text : '';
}
