// Finding phrases in a tokenized question. The rules hold thousands of phrases; a question has a
// handful of words. So phrases are grouped by their first word and decoded only when a question
// has that word: a question is matched against the few phrases that can start at each of its
// words, not all of them, and start-up decodes none it does not need.
import type { Token } from './clauses.js';
import { decodePhrase, DIGIT_KEY, listsAt, placesOf, type Element, type Phrase } from './compile.js';
import type { WordTest } from './word-test.js';

/** A phrase ready to match: words, exact words, patterns and gaps. */
export type Ready = ({ stem: string } | { exact: string } | { pattern: WordTest } | { gap: true } | { start: true })[];

/** A list of phrases, looked up by what they start with; each keeps its place in the list. */
export interface PhraseIndex {
  candidates(token: Token): readonly Ready[];
}

export interface Span {
  start: number;
  /** One past the last token. */
  end: number;
  /** Tokens matched by a word of the phrase (not a gap or a pattern). */
  keys: number[];
  /** Tokens a gap (*) of the phrase passed over. */
  gaps: number[];
}

// A gap (*) in a phrase stands for this many words at most.
const MAX_GAP = 4;

// Words that only strengthen the word after them: passed over between a phrase's words (matchAt).
const INTENSIFIERS = new Set([
  'really',
  'very',
  'quite',
  'totally',
  'completely',
  'truly',
  'terribly',
  'awfully',
  'extremely',
]);

/**
 * The phrases of `phrases` that may start at a word, from `starts` (compile.ts startsOf: each
 * start key with the places of the phrases filed under it). Nothing is filed or decoded up front:
 * a question looks up its words' keys and decodes the phrases at those places, once each. The
 * rules have over 400 concepts of up to hundreds of phrases and a question meets a few words of
 * each; filing a concept's phrases when a word met it cost a search about 2 ms and 1 MB, and a
 * concept with a phrase that may start at any word (a leading pattern or gap) was met by every
 * question.
 */
export function lazyPhrases(
  phrases: readonly Phrase[],
  starts: string,
  ready: (elements: Element[]) => Ready,
): PhraseIndex {
  const decoded: (Ready | undefined)[] = [];
  const at = (place: number): Ready => (decoded[place] ??= ready(decodePhrase(phrases[place] ?? '')));
  // Made on first use: most concepts are never met by a question's words.
  let anywhere: readonly number[] | undefined;
  let asked: Map<string, readonly Ready[]> | undefined;
  return {
    candidates(token) {
      const key = `${token.stem} ${token.word}`;
      let found = asked?.get(key);
      if (found) return found;
      const lists = keysOf(token)
        .map((key) => (key === '*' ? (anywhere ??= placesOf(starts, '*')) : placesOf(starts, key)))
        .filter((list) => list.length > 0);
      if (lists.length === 0) return [];
      // In list order, as a scan of the whole list would meet them: the first of equal matches wins.
      found = (lists.length === 1 ? (lists[0] ?? []) : mergeByPlace(lists)).map(at);
      (asked ??= new Map()).set(key, found);
      return found;
    },
  };
}

/** Many lists of phrases under one start table (compile.ts startTable): the concepts'. */
export interface PhraseTable {
  /** The lists that may have a phrase starting at one of `tokens`, rising: no other list can match. */
  met(tokens: readonly Token[]): number[];
  /** List `list` as a PhraseIndex, read through the table. */
  list(list: number): PhraseIndex;
}

/**
 * The lists of `lists` looked up through `table`, as lazyPhrases looks up one list: each of a
 * question's keys is looked up in the table once, for every list at once, and a list's
 * phrases are decoded only when a word can start them.
 */
export function lazyTable(
  lists: readonly (readonly Phrase[])[],
  table: string,
  ready: (elements: Element[]) => Ready,
): PhraseTable {
  const keyed = new Map<string, Map<number, readonly number[]>>();
  const filed = (key: string): Map<number, readonly number[]> => {
    let found = keyed.get(key);
    if (!found) keyed.set(key, (found = listsAt(table, key)));
    return found;
  };
  const indexes: (PhraseIndex | undefined)[] = [];
  const index = (list: number): PhraseIndex => {
    const phrases = lists[list] ?? [];
    const decoded: (Ready | undefined)[] = [];
    const at = (place: number): Ready => (decoded[place] ??= ready(decodePhrase(phrases[place] ?? '')));
    const asked = new Map<string, readonly Ready[]>();
    return {
      candidates(token) {
        const key = `${token.stem} ${token.word}`;
        let found = asked.get(key);
        if (found) return found;
        const places = keysOf(token)
          .map((key) => filed(key).get(list))
          .filter((list) => list !== undefined);
        // In list order, as a scan of the whole list would meet them: the first of equal matches wins.
        found = places.length === 0 ? [] : (places.length === 1 ? (places[0] ?? []) : mergeByPlace(places)).map(at);
        asked.set(key, found);
        return found;
      },
    };
  };
  return {
    met(tokens) {
      const met = new Set<number>();
      for (const token of tokens) for (const key of keysOf(token)) for (const list of filed(key).keys()) met.add(list);
      return [...met].sort((a, b) => a - b);
    },
    list: (list) => (indexes[list] ??= index(list)),
  };
}

/** The start keys a phrase starting at `token` may be filed under (compile.ts startKeys). */
function keysOf(token: Token): string[] {
  return startsWithDigit(token)
    ? [`s${token.stem}`, `e${token.word}`, DIGIT_KEY, '*']
    : [`s${token.stem}`, `e${token.word}`, '*'];
}

function startsWithDigit(token: Token): boolean {
  const code = token.word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/**
 * Two, three or four rising lists of places as one rising list. They are merged, not sorted: this runs
 * for each word of a question in each concept it meets.
 */
function mergeByPlace(lists: readonly (readonly number[])[]): number[] {
  const next = lists.map(() => 0);
  const out: number[] = [];
  for (;;) {
    let pick = -1;
    let least = Infinity;
    for (let l = 0; l < lists.length; l++) {
      const place = lists[l]?.[next[l] ?? 0];
      if (place !== undefined && place < least) {
        pick = l;
        least = place;
      }
    }
    if (pick < 0) return out;
    out.push(least);
    next[pick] = (next[pick] ?? 0) + 1;
  }
}

/**
 * Where any of the indexed phrases occurs: for each start, the longest match (the first of equals).
 * `strengthened`: a word that only makes the next one stronger may sit inside a phrase: for
 * signs' phrases and everyday senses, not for the cues that say a sign has passed or was seen
 * to, so "been really fine since" does not pass a head knock on a blood thinner as "fine
 * since" would.
 */
export function findSpans(tokens: readonly Token[], phrases: PhraseIndex, strengthened = false): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start];
    if (!token) continue;
    let best: Span | null = null;
    // Reused for each phrase tried: copied only for a new best match.
    const keys: number[] = [];
    const gaps: number[] = [];
    for (const phrase of phrases.candidates(token)) {
      keys.length = 0;
      gaps.length = 0;
      const end = matchAt(tokens, phrase, 0, start, token.segment, keys, gaps, strengthened);
      if (end > start && (!best || end > best.end)) best = { start, end, keys: [...keys], gaps: [...gaps] };
    }
    if (best) spans.push(best);
  }
  return spans;
}

/** The end of `phrase` from element `e` at token `at`, within one segment, or -1. */
function matchAt(
  tokens: readonly Token[],
  phrase: Ready,
  e: number,
  at: number,
  segment: number,
  keys: number[],
  gaps: number[],
  strengthened: boolean,
): number {
  const element = phrase[e];
  if (element === undefined) return at;
  // ^: the phrase holds only where a segment starts ("last month" opening a message, not
  // "since last month")
  if ('start' in element)
    return at === 0 || tokens[at - 1]?.segment !== segment
      ? matchAt(tokens, phrase, e + 1, at, segment, keys, gaps, strengthened)
      : -1;
  if ('gap' in element) {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      if (skip > 0 && tokens[at + skip - 1]?.segment !== segment) break;
      const end = matchAt(tokens, phrase, e + 1, at + skip, segment, keys, gaps, strengthened);
      if (end >= 0) {
        // Only a match's own path returns: what it passed over is recorded on the way back.
        for (let k = at; k < at + skip; k++) gaps.push(k);
        return end;
      }
    }
    return -1;
  }
  const token = tokens[at];
  if (!token || token.segment !== segment) return -1;
  const isKey = !('pattern' in element);
  const hit =
    'stem' in element
      ? token.stem === element.stem
      : 'exact' in element
        ? token.word === element.exact
        : element.pattern.test(token.word);
  if (!hit) {
    // A word that only makes the next one stronger is passed over inside a phrase: "not really
    // with it" is "not with it", "gone very grey" is "gone grey". Never at a phrase's first word,
    // so it cannot start a match on its own.
    if (strengthened && e > 0 && INTENSIFIERS.has(token.word) && tokens[at + 1]?.segment === segment) {
      const end = matchAt(tokens, phrase, e, at + 1, segment, keys, gaps, strengthened);
      if (end >= 0) gaps.push(at);
      return end;
    }
    return -1;
  }
  if (isKey) keys.push(at);
  const end = matchAt(tokens, phrase, e + 1, at + 1, segment, keys, gaps, strengthened);
  if (end < 0 && isKey) keys.pop();
  return end;
}
