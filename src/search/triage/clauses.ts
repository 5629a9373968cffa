// A query as triage reads it: words with their stems, grouped into segments (between
// punctuation) and scopes (segments cut again at words such as "and", "but", "now"). A phrase
// never crosses a segment; a negation, a past time or a question reaches to the end of its scope.
import { stem, tokenize } from '../normalize.js';

export interface Token {
  word: string;
  stem: string;
  segment: number;
  scope: number;
}

// An emergency is told in a few words; past this, the rest of a pasted text is not read.
const MAX_TOKENS = 400;
// A full stop or comma between digits is part of a number ("38.5", "1,000"), not a break.
const PUNCTUATION = /(?:(?<!\d)[.,]|[.,](?!\d)|[?!;:\n\r()[\]{}"“”…])+|\s[-–—]+\s|\s-{2,}\s?/;

export function readClauses(text: string, breaks: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let scope = -1;
  text.split(PUNCTUATION).forEach((part, segment) => {
    scope += 1;
    // "between X and Y" is one thing asked about, not two clauses.
    let between = false;
    for (const word of tokenize(part)) {
      if (tokens.length >= MAX_TOKENS) return;
      // Only the one "and" after "between" is kept in the clause; the next one breaks as usual.
      if (between && word === 'and') between = false;
      else if (breaks.has(word) && tokens.at(-1)?.scope === scope) {
        scope += 1;
        between = false;
      }
      if (word === 'between') between = true;
      tokens.push({ word, stem: stem(word), segment, scope });
    }
  });
  return tokens;
}
