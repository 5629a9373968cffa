// Country-specific advice is written as paragraphs or list items that start with **UK:** or
// **US:** (see osteo check). With a region chosen, the reader's country comes first in each
// run of them; without one they stay as written, labelled. Nothing is hidden: a reader in one
// country may care for someone in the other.
import type { Token, Tokens } from 'marked';
import type { Region } from '../region.js';

const LABELS: Record<string, Region> = { 'UK:': 'uk', 'US:': 'us' };

/** The tokens with each run of labelled blocks ordered for `region`; the same tokens when null. */
export function orderByRegion(tokens: Token[], region: Region | null): Token[] {
  if (region === null) return tokens;
  return reorderRuns(tokens, region).map((token) => {
    if (token.type === 'list') {
      const list = token as Tokens.List;
      return { ...list, items: reorderRuns(list.items, region) as Tokens.ListItem[] };
    }
    if (token.type === 'blockquote') {
      const quote = token as Tokens.Blockquote;
      return { ...quote, tokens: orderByRegion(quote.tokens, region) };
    }
    return token;
  });
}

/** Each run of labelled blocks (space tokens between them allowed) sorted: `region` first, else as written. */
function reorderRuns(tokens: Token[], region: Region): Token[] {
  const out: Token[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const labelled = run.filter((t) => labelOf(t) !== null);
    const sorted = [...labelled.filter((t) => labelOf(t) === region), ...labelled.filter((t) => labelOf(t) !== region)];
    let next = 0;
    // Keep spacing tokens where they were; only the labelled blocks change places.
    for (const t of run) out.push(labelOf(t) === null ? t : (sorted[next++] ?? t));
    run = [];
  };
  for (const token of tokens) {
    if (labelOf(token) !== null || (run.length > 0 && token.type === 'space')) run.push(token);
    else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out;
}

/** The region a paragraph or list item is labelled with, or null. */
export function labelOf(token: Token): Region | null {
  const first = token.type === 'list_item' ? (token as Tokens.ListItem).tokens[0] : token;
  if (!first || (first.type !== 'paragraph' && first.type !== 'text')) return null;
  const lead = (first as Tokens.Paragraph | Tokens.Text).tokens?.[0];
  if (lead?.type !== 'strong') return null;
  return LABELS[(lead as Tokens.Strong).text.trim()] ?? null;
}
