// `osteo check` rules for citations in place: every marker ([2], [1, 3]) names one of the
// topic's sources, and every sentence that states a number carries a marker.
import { Lexer, type Token, type Tokens } from 'marked';
import { lexBounded, plainParagraphs } from '../render/marked-bounds.js';
import type { Topic } from '../topics/types.js';
import type { Finding } from './rules.js';

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
// Service numbers people are told to call are not figures that need a source.
const SERVICE_NUMBER = /\b(?:999|911|111|112|000|988)\b/g;
// A digit that is part of a name (vitamin B12, Adcal-D3, T12) is not a figure.
const FIGURE = /(?<![\p{L}\p{N}])\d/u;

export function checkCitations(topic: Topic): Finding[] {
  const findings: Finding[] = [];
  const at = (level: Finding['level'], message: string): void => {
    findings.push({ level, file: topic.file, field: 'citations', message });
  };
  for (const section of topic.sections) {
    const tokens = lexBounded(section.markdown, (text) => new Lexer().lex(text));
    for (const block of tokens ? proseBlocks(tokens) : plainParagraphs(section.markdown)) {
      for (const match of block.matchAll(MARKER)) {
        for (const n of (match[1] ?? '').split(',').map((x) => Number(x.trim()))) {
          if (n < 1 || n > topic.sources.length)
            at('error', `[${n}] names no source (the topic lists ${topic.sources.length})`);
        }
      }
      for (const sentence of sentences(block)) {
        const bare = sentence.replace(MARKER, '').replace(SERVICE_NUMBER, '');
        if (FIGURE.test(bare) && !MARKER.test(sentence))
          at('warning', `a figure with no citation marker: "${shorten(sentence)}"`);
        MARKER.lastIndex = 0;
      }
    }
  }
  return findings;
}

/** Sentences, with a marker after the full stop ("... a day. [2]") kept with its sentence. */
function sentences(block: string): string[] {
  return block
    .replace(/([.!?])\s+(\[\d[\d,\s]*\])/g, '$2$1')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** The prose a reader sees, block by block (a table row is one block), without code spans. */
function proseBlocks(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.type === 'paragraph' || token.type === 'text' || token.type === 'heading') out.push(inline(token));
    else if (token.type === 'blockquote') out.push(...proseBlocks(token.tokens ?? []));
    else if (token.type === 'list')
      for (const item of (token as Tokens.List).items) out.push(...proseBlocks(item.tokens));
    else if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const row of table.rows) out.push(row.map((cell) => inline(cell)).join(' · '));
    }
  }
  return out.map((b) => b.replace(/\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/g, '').trim()).filter(Boolean);
}

function inline(token: Token | Tokens.TableCell): string {
  if ('type' in token && token.type === 'codespan') return '';
  const children = 'tokens' in token ? token.tokens : undefined;
  if (children && children.length > 0) return children.map(inline).join('');
  return 'text' in token && typeof token.text === 'string' ? token.text : '';
}
