// A query as triage reads it: words with their stems, grouped into segments (between
// punctuation) and scopes (segments cut again at words such as "and", "but", "now"). A phrase
// never crosses a segment; a negation, a past time or a question reaches to the end of its scope.
import { stem, tokenize } from '../normalize.js';

export interface Token {
  word: string;
  stem: string;
  segment: number;
  scope: number;
  /** Sentences end at . ? ! ; and new lines (not at commas, as segments do). */
  sentence: number;
  /**
   * The first word as typed, when `word` reads a run of other words (`same`): "couldnt", read as
   * "cant", still tells a clause in the past.
   */
  said?: string;
}

// An emergency is told in a few words; past this, the rest of a pasted text is not read.
const MAX_TOKENS = 400;
// A full stop or comma between digits is part of a number ("38.5", "1,000"), not a break.
const PUNCTUATION = /(?:(?<!\d)[.,]|[.,](?!\d)|[?!;:\n\r()[\]{}"“”…])+|\s[-–—]+\s|\s-{2,}\s?/g;
const SENTENCE_END = /[.?!;\n\r…]/;

/** Runs of words read as one word ("could not" as "cant"), by first word; longest first. */
export type SameWords = ReadonlyMap<string, readonly { words: readonly string[]; as: string }[]>;

// A comma in a list of single words ("red, hot and spreading") joins them; it does not end a part.
const LIST_COMMA = /,(\s*\p{L}+\s+(?:and|or)\b)/gu;
// So does a comma between two words that describe one thing after "a" ("a red, hot patch", "a
// hot, tender lump"). Only words that describe: "a temperature, otherwise OK" is two parts.
const DESCRIBING =
  'red|hot|warm|cold|swollen|tender|painful|sore|big|large|huge|small|hard|soft|angry|itchy|sharp|dull|burning|throbbing|bad|nasty|horrible|new|odd|strange|deep|dark|pale|blue|purple|black|yellow|green|raised|lumpy|puffy|weeping|smelly|wet|crusty|open|shiny|tight|stiff|heavy';
const DESCRIBING_COMMA = new RegExp(`\\b(an?\\s+(?:${DESCRIBING})),(\\s*(?:${DESCRIBING})\\b)`, 'giu');
const QUESTION_IS = /\b(what|how|who|where|when|why)['’]s\b/giu;

/**
 * Words that start a clause in text typed without stops, unless a linking word comes before:
 * "no wee all day very sleepy" is two clauses, "she is not very steady" one.
 */
export interface Openers {
  opens: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

const NO_OPENERS: Openers = { opens: new Set(), links: new Set() };

export function readClauses(
  text: string,
  breaks: ReadonlySet<string>,
  same: SameWords = new Map(),
  openers: Openers = NO_OPENERS,
): Token[] {
  const tokens: Token[] = [];
  let scope = -1;
  // After a question word, 's is "is", not the possessive tokenize() drops: "what's a clot".
  // (Each pattern runs only on a text that has its character: compiling them costs start-up.)
  let read = /['’]/.test(text) ? text.replace(QUESTION_IS, '$1 is') : text;
  if (read.includes(',')) read = read.replace(LIST_COMMA, '$1').replace(DESCRIBING_COMMA, '$1$2');
  let sentence = 0;
  let from = 0;
  const parts: [string, string][] = [];
  for (const mark of read.matchAll(PUNCTUATION)) {
    parts.push([read.slice(from, mark.index), mark[0]]);
    from = mark.index + mark[0].length;
  }
  parts.push([read.slice(from), '']);
  answerNo(parts);
  parts.forEach(([part, mark], segment) => {
    scope += 1;
    // "between X and Y" is one thing asked about, not two clauses.
    let between = false;
    const said: string[] = [];
    for (const [k, word] of readSame(tokenize(part), same, said).entries()) {
      if (tokens.length >= MAX_TOKENS) return;
      // Only the one "and" after "between" is kept in the clause; the next one breaks as usual.
      if (between && word === 'and') between = false;
      else if (
        (breaks.has(word) || (openers.opens.has(word) && !openers.links.has(tokens.at(-1)?.word ?? ''))) &&
        tokens.at(-1)?.scope === scope
      ) {
        scope += 1;
        between = false;
      }
      if (word === 'between') between = true;
      const token: Token = { word, stem: stem(word), segment, scope, sentence };
      const typed = said[k];
      if (typed !== undefined && typed !== word) token.said = typed;
      tokens.push(token);
    }
    // A full stop between digits is not in `mark`: PUNCTUATION leaves numbers whole.
    if (SENTENCE_END.test(mark)) sentence += 1;
  });
  return tokens;
}

// A symptom asked and answered no, as in a checklist: "fever? no. short of breath? no". Read as
// "not fever", so a symptom is denied while a sign that is an absence keeps its meaning:
// "responding? no" is "not responding".
const ANSWER_NO = /^\s*(?:no|nope|nah|none|not really)\s*$/i;
const ASKED = /[?:]|^\s[-–—]+\s$/;
// ...but not a question that asks whether something can be done ("can she get up? no"), where
// "no" says it cannot: that part is left as it was written.
const ASKS_ABILITY = /^\s*(?:can|could|is|are|was|were|does|do|did|has|have|will|would)\b/i;

/**
 * Parts ([text, the punctuation after it]) with a part answered by a bare "no" read as denied:
 * "fever? no" as "not fever", the answer itself left empty.
 */
function answerNo(parts: [string, string][]): void {
  for (let i = 0; i + 1 < parts.length; i++) {
    const [part, mark] = parts[i] as [string, string];
    const answer = parts[i + 1] as [string, string];
    if (ASKED.test(mark) && ANSWER_NO.test(answer[0]) && !ASKS_ABILITY.test(part) && part.trim() !== '') {
      parts[i] = [`not ${part}`, mark];
      answer[0] = '';
    }
  }
}

/** The runs of `same` ([words, the word they are read as]) grouped by first word, longest first. */
export function sameWords(same: readonly (readonly [readonly string[], string])[]): SameWords {
  const byFirst = new Map<string, { words: readonly string[]; as: string }[]>();
  for (const [words, as] of same) {
    const first = words[0];
    if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), { words, as }]);
  }
  for (const runs of byFirst.values()) runs.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/**
 * `words` with each run listed in `same` replaced by the one word it is read as; `said`, when
 * given, gets the first word of each as typed.
 */
export function readSame(words: string[], same: SameWords, said?: string[]): string[] {
  if (same.size === 0) {
    said?.push(...words);
    return words;
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const run = same.get(words[i] ?? '')?.find((r) => r.words.every((w, k) => words[i + k] === w));
    said?.push(words[i] ?? '');
    if (run) {
      out.push(run.as);
      i += run.words.length - 1;
    } else out.push(words[i] ?? '');
  }
  return out;
}
