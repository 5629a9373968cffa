// Triage rules as written (triage.yml) → a form ready to match: every phrase split into words,
// each word stemmed as queries are, so matching is a comparison of strings. Pure, and
// JSON-serialisable: the build compiles the shipped rules once (dist/triage.json).
import type { ConceptKind, TriageFile } from '../../topics/triage-schema.js';
import { stem, tokenize } from '../normalize.js';
import { typoTable, type TypoTable } from './typos.js';
import type { WordSet } from '../word-set.js';
import { readSame, sameWords } from './clauses.js';

/** One word of a phrase: a stem, an exact word, a pattern for one word, or a gap of 0–4 words. */
export type Element = { stem: string } | { exact: string } | { pattern: string } | { gap: true } | { start: true };
/**
 * A phrase as compiled: its elements joined by spaces, each a stem, "=word", "/pattern/" or "*".
 * Strings, not objects: the build's dist/triage.json is a quarter of the size, and one split at
 * start-up turns it back (decodePhrase).
 */
export type Phrase = string;

export type CueKind =
  | 'negation'
  | 'past'
  | 'habits'
  | 'present'
  | 'settled'
  | 'passed'
  | 'current'
  | 'recurring'
  | 'story'
  | 'animals'
  | 'information'
  | 'general'
  | 'defining'
  | 'fine'
  | 'prevention'
  | 'worry'
  | 'senses';
const CUE_KINDS: readonly CueKind[] = [
  'negation',
  'past',
  'habits',
  'present',
  'settled',
  'passed',
  'current',
  'recurring',
  'story',
  'animals',
  'information',
  'general',
  'defining',
  'fine',
  'prevention',
  'worry',
  'senses',
];

export interface CompiledTriage {
  topic: string;
  levels: TriageFile['levels'];
  cues: Record<CueKind, Phrase[]>;
  /** For each cue kind, where its phrases start (startsOf): a question decodes only the phrases its words can start. */
  cueStarts?: Record<CueKind, string>;
  /** Words that end a clause, as typed (lowercase). */
  breaks: string[];
  /** Words that start a clause unless one of `links` is just before them. */
  opens?: string[];
  links?: string[];
  /** Words a negation does not reach past unless one of `links` is just before them. */
  restarts?: string[];
  /** Breaks a fear or purpose reaches across, and words that start a new clause; as typed. */
  carries: string[];
  subjects: string[];
  /** Runs of words read as one word: [the words as typed, the word]. */
  same: [string[], string][];
  concepts: Record<string, { kind: ConceptKind; phrases: Phrase[]; fact?: true }>;
  /**
   * Where the concepts' phrases start, all in one table (startTable; the concepts in the order
   * listed), so a question finds the few concepts its words can start and decodes only those
   * phrases. Absent from rules of an older build: made from the phrases then.
   */
  conceptStarts?: string;
  signs: { id: string; level: 'emergency' | 'urgent'; sign: string; when: string[][]; evenIfPassed: boolean }[];
  /** Misspellings to read as rule words; only when compiled with an English word list (the build). */
  typos: TypoTable | null;
}

/** `english`: the words that count as real English, for the typo table (the build has one). */
export function compileTriage(file: TriageFile, english?: WordSet): CompiledTriage {
  const expand = expander(file.concepts);
  const same: [string[], string][] = Object.entries(file.context.same).flatMap(([word, runs]) =>
    runs.map((run): [string[], string] => [tokenize(run), word]),
  );
  // A rule is read as the text is: "unable to speak" in a rule is "cant speak", as typed.
  const asRead = sameWords(same);
  const compile = (list: readonly string[]): Phrase[] =>
    list
      .flatMap(expand)
      .map((phrase) => readSame(phrase.trim().split(/\s+/), asRead).join(' '))
      .map(compilePhrase)
      .filter((p) => p.length > 0)
      .map(encodePhrase);
  // The words of the concepts and of the cues: "watchin" is read as "watching" (a story), and
  // "laughin" as "laughing", as "unconsious" is read as "unconscious". The -ing words a pattern
  // lists (/^(stings|stinging)$/) are rule words too: "pee stingin" is "pee stinging". (Only
  // those: all of them would add 22 KB of near real words to the package.)
  const phraseWords = [
    ...Object.values(file.concepts).flatMap((c) => c.phrases),
    ...CUE_KINDS.flatMap((k) => file.context[k]),
  ].map((p) => [...tokenize(p.replace(/\/[^ ]*\/|\{[^ ]*\}/g, ' ')), ...listedWords(p)]);
  const ruleWords = phraseWords.flat();
  const cues = Object.fromEntries(CUE_KINDS.map((kind) => [kind, compile(file.context[kind])])) as Record<
    CueKind,
    Phrase[]
  >;
  // In the order a JSON reading of them lists them: startTable files each concept by its place.
  const concepts = Object.fromEntries(
    Object.entries(file.concepts).map(([name, c]) => [
      name,
      { kind: c.kind, phrases: compile(c.phrases), ...(c.fact ? { fact: true as const } : {}) },
    ]),
  );
  return {
    topic: file.topic,
    levels: file.levels,
    cues,
    cueStarts: Object.fromEntries(CUE_KINDS.map((kind) => [kind, startsOf(cues[kind])])) as Record<CueKind, string>,
    breaks: file.context.breaks.flatMap((b) => tokenize(b)),
    opens: file.context.opens.flatMap((b) => tokenize(b)),
    links: file.context.links.flatMap((b) => tokenize(b)),
    restarts: file.context.restarts.flatMap((b) => tokenize(b)),
    carries: file.context.carries.flatMap((b) => tokenize(b)),
    subjects: file.context.subjects.flatMap((b) => tokenize(b)),
    same,
    concepts,
    conceptStarts: startTable(Object.values(concepts).map((c) => c.phrases)),
    signs: file.signs.map(({ id, level, sign, when, 'even-if-passed': evenIfPassed }) => ({
      id,
      level,
      sign,
      when,
      evenIfPassed,
    })),
    typos: english ? typoTable(ruleWords, english, phraseWords) : null,
  };
}

/** The -ing words that a phrase's word-list patterns list, each as it is. */
function listedWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .flatMap((part) => wordsListed(part) ?? [])
    .filter((word) => word.endsWith('ing'));
}

// A phrase may name another concept, {name}, for every phrase of it: "{hit} * {head}".
const REFERENCE = /^\{([a-z0-9-]+)\}$/;
// More than this many phrases from one written phrase is a mistake, not a rule.
const MAX_EXPANSION = 5000;

/** Written phrases → phrases with every {name} replaced by each phrase of that concept. */
export function expander(concepts: TriageFile['concepts']): (phrase: string) => string[] {
  const expand = (phrase: string, depth: number): string[] => {
    let out = [''];
    for (const part of phrase.trim().split(/\s+/)) {
      const name = REFERENCE.exec(part)?.[1];
      const choices =
        name === undefined
          ? [part]
          : depth > 3
            ? []
            : (concepts[name]?.phrases ?? []).flatMap((p) => expand(p, depth + 1));
      out = out.flatMap((head) => choices.map((c) => (head ? `${head} ${c}` : c)));
      if (out.length > MAX_EXPANSION) throw new Error(`"${phrase}" expands to more than ${MAX_EXPANSION} phrases`);
    }
    return out;
  };
  return (phrase) => expand(phrase, 0);
}

function encodePhrase(elements: readonly Element[]): Phrase {
  return elements
    .map((e) =>
      'start' in e ? '^' : 'gap' in e ? '*' : 'exact' in e ? `=${e.exact}` : 'pattern' in e ? `/${e.pattern}/` : e.stem,
    )
    .join(' ');
}

const [SLASH, STAR, EQUALS] = ['/', '*', '='].map((c) => c.charCodeAt(0));

/** Whether one word of a phrase is a pattern: /…/, with something between the slashes. */
export function isPattern(part: string): boolean {
  return part.length > 2 && part.startsWith('/') && part.endsWith('/');
}

// A pattern that matches only the words it lists: /^(a|b|c)$/.
const WORD_LIST = /^\/\^\(([a-z0-9]+(?:\|[a-z0-9]+)*)\)\$\/$/;

/** The words a word-list pattern lists; undefined for any other part of a phrase. */
export function wordsListed(part: string): string[] | undefined {
  return WORD_LIST.exec(part)?.[1]?.split('|');
}

/**
 * What a pattern can match, when that is a few words and, perhaps, words that start with a digit:
 * /^(mins?|minutes?)$/ → mins, min, minutes, minute; /^(two|2)$/ → two, 2; /^(\d+|two|few)$/ →
 * two, few and `digits`; /^(38|39)\.\d$/ → `digits` alone. `source` is without its slashes.
 * Null for any other pattern: one that may match a word it does not list (/^[a-z]+'?ve$/, a
 * lookahead), or whose form this does not read. Only ^ … $ patterns, whose alternatives are
 * words (a last letter may be optional) or start with a digit that is not optional (\d, [2-9], 1).
 */
export function patternWords(source: string): { words: string[]; digits: boolean } | null {
  if (!source.startsWith('^') || !source.endsWith('$') || source.endsWith('\\$')) return null;
  const body = source.slice(1, -1);
  let alternatives: string[] | null;
  let rest = '';
  if (body.startsWith('(') && !body.startsWith('(?')) {
    const close = closingParen(body);
    if (close < 0) return null;
    alternatives = splitAlternatives(body.slice(1, close));
    rest = body.slice(close + 1);
    // The group made optional or repeated is not read: /^(a|b)?$/.
    if (/^[?*+{]/.test(rest)) return null;
  } else alternatives = splitAlternatives(body);
  // ^a|b$ is (^a)|(b$): not read.
  if (alternatives === null || (rest === '' && body[0] !== '(' && alternatives.length > 1)) return null;
  const words = new Set<string>();
  let digits = false;
  for (const alternative of alternatives) {
    if (rest === '' && PLAIN_WORD.test(alternative)) words.add(alternative);
    else if (DIGIT_FIRST.test(alternative)) digits = true;
    else if (rest !== '') return null;
    else {
      const optional = OPTIONAL_LAST.exec(alternative);
      if (!optional) return null;
      words.add(`${optional[1]}${optional[2]}`).add(optional[1] ?? '');
    }
  }
  return { words: [...words], digits };
}

// An alternative that starts with a digit, not made optional: \d, a class of digits ([89], [2-9]) or a digit.
const DIGIT_FIRST = /^(?:\\d|\[(?:\d-\d|\d)+\]|\d)(?![?*]|\{0)/;
const PLAIN_WORD = /^[a-z0-9'-]+$/;
const OPTIONAL_LAST = /^([a-z0-9'-]+)([a-z0-9'-])\?$/;

/** A character that shapes a pattern's groups, with its place and the depth of groups around it. */
interface Shaping {
  char: '(' | ')' | '|';
  at: number;
  /** For ( the depth it opens from, for ) the depth it closes back to. */
  depth: number;
}

/**
 * The ( ) and | of `text` that shape its groups, passing over escaped characters and classes
 * ([…], where they are literal); null if a class is not closed.
 */
function shapings(text: string): Shaping[] | null {
  const out: Shaping[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = text.indexOf(']', i + 2);
      if (end < 0) return null;
      i = end;
    } else if (c === '(') out.push({ char: c, at: i, depth: depth++ });
    else if (c === ')') out.push({ char: c, at: i, depth: --depth });
    else if (c === '|') out.push({ char: c, at: i, depth });
  }
  return out;
}

/** Where the group that opens `text` closes, or -1. */
function closingParen(text: string): number {
  return shapings(text)?.find((s) => s.char === ')' && s.depth === 0)?.at ?? -1;
}

/** `group` split at its own | (not one inside a class or a group), or null if it cannot be read. */
function splitAlternatives(group: string): string[] | null {
  const shaped = shapings(group);
  if (shaped === null || shaped.filter((s) => s.char === '(').length !== shaped.filter((s) => s.char === ')').length)
    return null;
  const bars = shaped.filter((s) => s.char === '|' && s.depth === 0).map((s) => s.at);
  return [-1, ...bars].map((from, k) => group.slice(from + 1, bars[k] ?? group.length));
}

/** The start key of a word that starts with a digit, beside its own `e` and `s` keys. */
export const DIGIT_KEY = '#';

/**
 * Where a phrase may start: `e<word>` for an exact word (each word a pattern can match), `#` for
 * a word starting with a digit that a pattern can match, `s<stem>` for a word, or `*` for any
 * word (a leading gap, or a pattern patternWords cannot read). Filed under # and words, a
 * pattern of numbers (/^(1[0-9]|[2-9][0-9])$/) is not tried, nor compiled, at a word of letters.
 */
export function startKeys(phrase: Phrase): string[] {
  // A phrase held to the start of a segment (^) starts where its first word does.
  if (phrase.startsWith('^ ')) return startKeys(phrase.slice(2));
  const first = phrase.slice(0, (phrase.indexOf(' ') + 1 || phrase.length + 1) - 1);
  // Most phrases start with a plain word: filed under it at once, with no pattern test (a search
  // works out the keys of every phrase of each concept its words meet: thousands).
  const lead = first.charCodeAt(0);
  if (lead !== SLASH && lead !== STAR && lead !== EQUALS) return [`s${first}`];
  // A pattern that is a list of words ("/^(tight|heavy)$/ feeling * chest") can start only at
  // one of them: filed under each, it is neither compiled nor tried at any other word.
  const read = isPattern(first) ? patternWords(first.slice(1, -1)) : null;
  if (read) return [...read.words.map((word) => `e${word}`), ...(read.digits ? [DIGIT_KEY] : [])];
  if (first === '*' || isPattern(first)) return ['*'];
  return [first.startsWith('=') ? `e${first.slice(1)}` : `s${first}`];
}

/**
 * Where `phrases` start, with the places in the list of the phrases that start there, as
 * ' key:place,step,step key:place … ' (keys from startKeys, in the order first met): each key's
 * first place, then the steps to its next ones, in base 36 (the places written whole, in
 * decimal, made the package 21 KB larger; so, 14). The build writes it beside the phrases, so a
 * question looks up the phrases its words can start without filing the list (phrases.ts
 * lazyPhrases). Keys are letters, digits or '*': ':' and ',' cannot be in one.
 */
export function startsOf(phrases: readonly Phrase[]): string {
  const places = new Map<string, number[]>();
  phrases.forEach((phrase, place) => {
    for (const key of startKeys(phrase)) {
      const list = places.get(key);
      if (list) list.push(place);
      else places.set(key, [place]);
    }
  });
  const steps = (list: number[]): string => list.map((place, i) => (place - (list[i - 1] ?? 0)).toString(36)).join(',');
  return ` ${[...places].map(([key, list]) => `${key}:${steps(list)}`).join(' ')} `;
}

/**
 * Where the phrases of many lists start (the concepts'), as one table: ' key:list.places/list.places
 * key:… ', each list by its place in base 36 and its places as startsOf writes them. Over 400
 * concepts, each with its own startsOf, had a question look each of its words up in every one
 * (about 900 look-ups for "weak legs", a third of the triage's 10 ms); the table is looked up
 * once per word, and names the few concepts that word can start a phrase of. Keys as startsOf's.
 */
export function startTable(lists: readonly (readonly Phrase[])[]): string {
  const entries = new Map<string, string[]>();
  lists.forEach((phrases, list) => {
    for (const entry of startsOf(phrases).split(' ')) {
      const colon = entry.indexOf(':');
      if (colon < 0) continue;
      const key = entry.slice(0, colon);
      const filed = `${list.toString(36)}.${entry.slice(colon + 1)}`;
      const got = entries.get(key);
      if (got) got.push(filed);
      else entries.set(key, [filed]);
    }
  });
  return ` ${[...entries].map(([key, filed]) => `${key}:${filed.join('/')}`).join(' ')} `;
}

const NONE: readonly number[] = [];

/** The places filed under `key` in `starts` (as startsOf writes them), rising. */
export function placesOf(starts: string, key: string): readonly number[] {
  const found = starts.indexOf(` ${key}:`);
  if (found < 0) return NONE;
  const from = found + key.length + 2;
  return fromSteps(starts.slice(from, starts.indexOf(' ', from)));
}

/** The lists with phrases filed under `key` in `table` (as startTable writes it), each with its places. */
export function listsAt(table: string, key: string): Map<number, readonly number[]> {
  const lists = new Map<number, readonly number[]>();
  const found = table.indexOf(` ${key}:`);
  if (found < 0) return lists;
  const from = found + key.length + 2;
  for (const filed of table.slice(from, table.indexOf(' ', from)).split('/')) {
    const dot = filed.indexOf('.');
    lists.set(parseInt(filed.slice(0, dot), 36), fromSteps(filed.slice(dot + 1)));
  }
  return lists;
}

/** "0,4,1" → places 0, 4, 5: a first place, then steps, in base 36. */
function fromSteps(steps: string): number[] {
  let place = 0;
  return steps.split(',').map((step) => (place += parseInt(step, 36)));
}

export function decodePhrase(phrase: Phrase): Element[] {
  return phrase.split(' ').map((part): Element => {
    if (part === '*') return { gap: true };
    if (part === '^') return { start: true };
    if (part.startsWith('=')) return { exact: part.slice(1) };
    if (isPattern(part)) return { pattern: part.slice(1, -1) };
    return { stem: part };
  });
}

/** "hit * head" → [hit][gap][head]; "=fit" → the exact word; "/^\d+$/" → a pattern. */
export function compilePhrase(text: string): Element[] {
  const elements: Element[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part === '*') elements.push({ gap: true });
    else if (part === '^') elements.push({ start: true });
    else if (isPattern(part)) elements.push({ pattern: part.slice(1, -1) });
    else if (part.startsWith('=')) for (const word of tokenize(part.slice(1))) elements.push({ exact: word });
    else for (const word of tokenize(part)) elements.push({ stem: stem(word) });
  }
  return elements;
}
