// Finding phrases in a tokenized question. The rules hold about 3,000 phrases; a question has a
// handful of words. So phrases are grouped by their first word and decoded only when a question
// has that word: a question is matched against the few phrases that can start at each of its
// words, not all of them, and start-up decodes none it does not need.
import type { Token } from './clauses.js';
import { decodePhrase, startKeys, startsAnywhere, type Element, type Phrase } from './compile.js';

/** A phrase ready to match: words, exact words, patterns and gaps. */
export type Ready = ({ stem: string } | { exact: string } | { pattern: RegExp } | { gap: true } | { start: true })[];

/** A list of phrases, grouped by what they start with; each keeps its place in the list. */
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

interface Group {
  /** Places in the list and the phrases at them, in list order; decoded on first use. */
  places: number[];
  raw: Phrase[];
  ready?: Ready[];
}

/**
 * `indexPhrases`, built only when a question has a word one of the phrases starts at (`starts`,
 * from startsOf). The rules have over 200 concepts and a question names a few: indexing them all
 * cost about a tenth of a search's start-up, most of it for concepts the question never meets.
 * A concept with a phrase that may start at any word (a leading pattern or gap) is met by every
 * question, but its other phrases are not: until a word it lists comes, only those few are made
 * ready (for "weak legs", 2 words: about 60 phrases instead of 1,700 indexed, and half a
 * search's triage allocations).
 */
export function lazyPhrases(
  phrases: readonly Phrase[],
  starts: string,
  ready: (elements: Element[]) => Ready,
): PhraseIndex {
  const anyWord = starts.includes(' * ');
  let index: PhraseIndex | undefined;
  let anywhere: Ready[] | undefined;
  return {
    candidates(token) {
      if (index) return index.candidates(token);
      if (starts.includes(` s${token.stem} `) || starts.includes(` e${token.word} `)) {
        index = indexPhrases(phrases, ready);
        return index.candidates(token);
      }
      // A word no phrase is filed under: the full index would give the any-word phrases alone.
      if (!anyWord) return [];
      anywhere ??= phrases.filter(startsAnywhere).map((p) => ready(decodePhrase(p)));
      return anywhere;
    },
  };
}

/** Index `phrases`; `ready` decodes one (patterns compiled once, shared). */
export function indexPhrases(phrases: readonly Phrase[], ready: (elements: Element[]) => Ready): PhraseIndex {
  const groups = new Map<string, Group>();
  // Phrases that may start at any word: a leading pattern or gap.
  const any: Group = { places: [], raw: [] };
  // A plain loop, not forEach: a search indexes the thousands of phrases of the concepts its words
  // meet, and the most of a search's triage time went to this loop.
  for (let place = 0; place < phrases.length; place++) {
    const phrase = phrases[place] ?? '';
    for (const key of startKeys(phrase)) {
      let group = any;
      if (key !== '*') {
        group = groups.get(key) ?? { places: [], raw: [] };
        groups.set(key, group);
      }
      group.places.push(place);
      group.raw.push(phrase);
    }
  }
  const decoded = (group: Group | undefined): Group | undefined => {
    if (group && !group.ready) group.ready = group.raw.map((p) => ready(decodePhrase(p)));
    return group;
  };
  return {
    candidates(token) {
      const lists = [decoded(groups.get(`s${token.stem}`)), decoded(groups.get(`e${token.word}`)), decoded(any)].filter(
        (g): g is Group => g !== undefined && g.places.length > 0,
      );
      if (lists.length === 1) return lists[0]?.ready ?? [];
      // In list order, as a scan of the whole list would meet them: the first of equal matches wins.
      return mergeByPlace(lists);
    },
  };
}

/**
 * The phrases of two or three groups in list order. Each group's places already rise, so they
 * are merged, not sorted: this runs for each word of a question in each concept it meets.
 */
function mergeByPlace(lists: readonly Group[]): Ready[] {
  const at = lists.map(() => 0);
  const out: Ready[] = [];
  for (;;) {
    let pick = -1;
    let least = Infinity;
    for (let l = 0; l < lists.length; l++) {
      const place = lists[l]?.places[at[l] ?? 0];
      if (place !== undefined && place < least) {
        pick = l;
        least = place;
      }
    }
    if (pick < 0) return out;
    const group = lists[pick];
    const i = at[pick] ?? 0;
    out.push(group?.ready?.[i] ?? []);
    at[pick] = i + 1;
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
