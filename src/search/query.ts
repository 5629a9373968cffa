// A query → the terms to look for: each meaningful word with its stem, its other spellings, what
// the vocabulary says it also means ("shrunk" → height loss, "prolia" → denosumab) and, for a
// word the content never uses, the content words it is one letter from.
import { compare } from './builder.js';
import type { SearchIndex } from './memory-index.js';
import { isStopWord, MEANINGFUL_SMALL_WORDS, stem, tokenize } from './normalize.js';
import { EMPTY_VOCABULARY, wordingPlaces, type Vocabulary } from './vocabulary.js';
import { ALL_IDEAS, type Ideas } from './ideas.js';
import { joinSplitWords, type SplitReader } from './split-words.js';

export interface Alternative {
  term: string;
  /** 1 for the word itself or another spelling; less for a meaning or a typo, so exact matches win. */
  weight: number;
  /** Other stems a section must also have for this to match ("height loss": height, with loss). */
  with?: string[];
}

export interface QueryWord {
  word: string;
  alternatives: Alternative[];
  /** Says nothing about what is asked ("elderly", "tips"): it counts little. */
  generic: boolean;
  /**
   * Its share of the weight of what it says: 1, or 1/n for each word of a phrase of n words the
   * vocabulary knows ("alendronic acid" is one medicine, not two things asked about).
   */
  share: number;
  /**
   * Sets the scene rather than saying what is asked: it comes after a scene word ("for",
   * "with", "since", "on", "affect") and something asked ("ibuprofen for knee arthritis", "yoga
   * with osteoporosis"), or in the story told around the question.
   */
  context: boolean;
  /**
   * Tells how the question came about ("diagnosed" in "diagnosed with osteoporosis"): generic,
   * and it names no topic.
   */
  told?: boolean;
  /**
   * Names who passed on the claim the question checks ("someone at my walking club said…"): a
   * word the library does not know there does not make the question one it does not cover.
   */
  source?: boolean;
}

/** Every term a query's words may mean. */
export function queryTerms(words: readonly QueryWord[]): Set<string> {
  return new Set(words.flatMap((w) => w.alternatives.map((a) => a.term)));
}

const SYNONYM_WEIGHT = 0.8;
// Below 1, so an exact word always beats a typo of it; high enough that a clear typo of the
// query's key word still outweighs an exact match of a side word.
const FUZZY_WEIGHT = 0.85;
const FUZZY_MIN_LENGTH = 4;
// Longer than any real word: not worth comparing letter by letter (and costly to).
const FUZZY_MAX_LENGTH = 40;
// What one query may cost. A question has a dozen meaningful words at most (the longest in the
// relevance sets has 12); each word the content never uses builds and asks the typo lookup.
// Past these, words are not looked at: 1,000 made-up words took 18 s on an indexed library of
// 1,000 topics, and 100,000 of them minutes.
export const MAX_QUERY_TERMS = 64;
export const MAX_TYPO_LOOKUPS = 8;
export const MAX_NEAR_LOOKUPS = 32;

export async function parseQuery(
  index: SearchIndex,
  text: string,
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
  ideas: Readonly<Ideas> = ALL_IDEAS,
): Promise<QueryWord[]> {
  let nearestWords: ((word: string) => { word: string; similarity: number }[]) | undefined;
  // Only a word the content never uses builds the typo lookup: the content's words and the
  // vocabulary's own single words ("exausted" → exhausted → fatigue).
  const typoLookup = async (word: string) => {
    const content = index.wordsNear?.(word) ?? index.words;
    nearestWords ??= (await import('./edits.js')).typoNeighbours([...content.keys(), ...singleWords(vocabulary)]);
    return { content, nearestWords };
  };
  if (ideas.splitWords) {
    const reader = splitReader(index, vocabulary);
    // A split word may also be a typo once joined ("sarko penia"): the typo lookup is built for
    // that only when a part is a fragment, as the words' own typo reading would build it anyway.
    if (
      ideas.typos &&
      !index.wordsNear &&
      tokenize(text).some((w) => w.length >= 3 && /^[a-z]+$/.test(w) && reader.isOdd(w))
    ) {
      // (no folder read for the question's words alone gets here: the lookup is of all its words)
      const { nearestWords: near } = await typoLookup('');
      // Each lookup weighs a run against every content word: a question has a few runs to try;
      // past MAX_NEAR_LOOKUPS (a query of thousands of made-up words) no more are tried.
      let lookups = 0;
      reader.isNearTerm = (run) => lookups++ < MAX_NEAR_LOOKUPS && near(run).length > 0;
    }
    text = joinSplitWords(text, reader);
  }
  const all = tokenize(text);
  const { tokens, stems, places } = firstTerms(all, MAX_QUERY_TERMS);
  // The vocabulary's phrases are read on the meaningful words ("runs in families"), and word
  // for word, small words included ("feeling low", "looking after"): what a phrase means is
  // lent to the meaningful words in it.
  // Words that only say how much ("feeling really down") are passed over.
  const kept = wordingPlaces(all.slice(0, (places.at(-1) ?? -1) + 1));
  const wording = phraseMeanings(
    kept.map((p) => stem(all[p] ?? '')),
    vocabulary,
  );
  const wordingAt = new Map(kept.map((p, i) => [p, i]));
  const meanings = phraseMeanings(stems, vocabulary).map((found, i) => [
    ...found,
    ...(wording[wordingAt.get(places[i] ?? -1) ?? -1] ?? []),
  ]);
  const shares = ideas.phraseUnits ? phraseShares(stems, vocabulary) : stems.map(() => 1);
  const generic = new Set(vocabulary.generic);
  // Read once for both the scene's "on" (where the last sentence starts) and the back story.
  const sentences = ideas.contextWords || ideas.backStory ? readSentences(text) : [];
  const sceneFrom = ideas.contextWords
    ? sceneStart(all, places, stems, generic, all.length - (sentences.at(-1)?.words.length ?? 0))
    : Infinity;
  const told = ideas.contextWords ? toldPlaces(all) : new Set<number>();
  const sources = ideas.uncovered ? sourcePlaces(all) : new Set<number>();
  // A word in who said it is not the question's own only where the question never uses it:
  // "someone at my walking club said walking does nothing" asks about walking. (Most questions
  // pass on no claim: then nothing is worked out.)
  const ownStems = sources.size > 0 ? new Set(stems.filter((_, i) => !sources.has(places[i] ?? -1))) : undefined;
  const story = ideas.backStory ? backStoryStems(sentences, all, places, stems, generic) : new Set<string>();
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  const real = index.realWords;
  let typoLookups = 0;
  for (const [i, word] of tokens.entries()) {
    const term = stems[i] ?? word;
    if (seen.has(term)) continue;
    seen.add(term);
    const alternatives: Alternative[] = [{ term, weight: 1 }];
    const add = (parts: readonly string[], weight: number): void => {
      const [first, ...rest] = parts;
      if (first !== undefined && !alternatives.some((a) => a.term === first && (a.with ?? []).join() === rest.join())) {
        alternatives.push(rest.length > 0 ? { term: first, weight, with: rest } : { term: first, weight });
      }
    };
    for (const spelling of own(vocabulary.spellings, term)) add(spelling.split(' '), 1);
    for (const meaning of meanings[i] ?? []) add(meaning, SYNONYM_WEIGHT);
    const known = alternatives.some((a) => index.postings.has(a.term));
    // A typo is one letter edit from a word the content uses (or, for a long word, two vowel
    // edits: edits.ts typoNeighbours), and is not itself a real English word ("constructor" is not
    // a typo of "instructor"; "weather" is not one of "whether").
    const isGeneric = generic.has(term);
    const isTold = told.has(places[i] ?? -1);
    const isSource = ownStems !== undefined && sources.has(places[i] ?? -1) && !ownStems.has(term);
    // The real-word list is read only for a word the content does not know (most queries: none).
    const typoWorthy =
      ideas.typos &&
      !known &&
      !isGeneric &&
      word.length >= FUZZY_MIN_LENGTH &&
      word.length <= FUZZY_MAX_LENGTH &&
      !/^\d/.test(word) &&
      !real?.has(word);
    if (typoWorthy && typoLookups++ < MAX_TYPO_LOOKUPS) {
      const { content, nearestWords } = await typoLookup(word);
      // Most alike first, then by letter: the order never rests on where the index met each word.
      const neighbours = nearestWords(word).sort((a, b) => b.similarity - a.similarity || compare(a.word, b.word));
      for (const { word: near, similarity } of neighbours) {
        const target = content.get(near);
        if (target) alternatives.push({ term: target, weight: FUZZY_WEIGHT * similarity });
        for (const spelling of own(vocabulary.spellings, stem(near)))
          add(spelling.split(' '), FUZZY_WEIGHT * similarity);
        for (const meaning of own(vocabulary.expand, stem(near)))
          add(meaning, FUZZY_WEIGHT * similarity * SYNONYM_WEIGHT);
      }
    }
    words.push({
      word,
      alternatives,
      generic: isGeneric || isTold,
      ...(isTold ? { told: true } : {}),
      ...(isSource ? { source: true } : {}),
      share: shares[i] ?? 1,
      context: (places[i] ?? 0) > sceneFrom || story.has(term) || (ideas.contextWords && idleUp(all, places[i] ?? -1)),
    });
  }
  return words;
}

// The small words after which a question names its setting, not its subject: "exercises for
// knee arthritis", "can I do yoga with osteoporosis", "feeling low since my diagnosis" (what is
// asked is the mood, not the diagnosis). Not "after", which is mostly about time and often names
// what is asked ("coffee after alendronate": measured, it lost more than it won). What a cause is
// said to affect is its scene too: "does smoking affect bone density" asks about smoking.
// "On" sets the scene as the medicine a symptom comes with ("thigh pain on alendronate", "a z
// score on a bone density scan"), but not as being on it ("how long can you stay on prolia",
// "five years on alendronate": the medicine is asked about) nor "on my feet".
const SCENE_WORDS = new Set(['for', 'with', 'since', 'on', 'affect', 'affects', 'affecting']);
const BEING_ON = new Set([
  'stay',
  'stayed',
  'staying',
  'be',
  'been',
  'being',
  'go',
  'going',
  'went',
  'gone',
  'come',
  'came',
  'put',
  'started',
  'start',
  'starting',
  'keep',
  'kept',
  'remain',
  'still',
  'long',
  'years',
  'months',
  'weeks',
  'year',
  'month',
  'week',
  'time',
]);
const ON_FEET = new Set(['feet', 'foot', 'legs']);
// Landing on something is the story of a fall, not a scene: "slipped on the ice and hurt my
// wrist, could it be broken" (but "hip pain when walking on alendronate" is on the medicine).
const FELL_ON = new Set([
  'fell',
  'fall',
  'falls',
  'falling',
  'fallen',
  'slipped',
  'slip',
  'slipping',
  'landed',
  'land',
  'landing',
  'tripped',
  'trip',
  'tripping',
  'lying',
  'lay',
  'laying',
  'lie',
  'knocked',
  'banged',
  'hit',
  'stepped',
  'step',
  'trod',
]);

/**
 * Whether "on" at `p` is not a scene: being on something, on one's feet, or a story's "on"
 * before the question that follows it ("slipping on ice do i need a bone scan"), in the same
 * sentence or an earlier one.
 */
function onInStory(all: readonly string[], p: number, lastSentence: number): boolean {
  if (all[p] !== 'on') return false;
  // a story told in sentences before the question ("Slipped on the ice. Is this normal?")
  if (p < lastSentence) return true;
  const next = all[p + 1] ?? '';
  const after = ['my', 'her', 'his', 'their', 'your', 'our', 'the'].includes(next) ? (all[p + 2] ?? '') : next;
  const before = all[p - 1] ?? '';
  if (BEING_ON.has(before) || FELL_ON.has(before) || ON_FEET.has(after)) return true;
  // askedWithin is all.length when no question follows a story, so never after p then
  const asked = askedWithin(all);
  return asked < all.length && asked > p;
}

// "Diagnosed with osteoporosis, what now?": the diagnosis is how the question came about (a
// generic word here), and what follows "with" is its subject. Read otherwise, "diagnosed" named
// the tests topic and the condition counted half, as the scene.
const TOLD_WORDS = new Set(['diagnosed', 'diagnosis']);

/**
 * The place in `all` of the first scene word ("for", "with"…) that follows a word saying what is asked (not a
 * generic one) and comes before another meaningful word; Infinity when there is none. "what to
 * do with a broken wrist" asks about the wrist: nothing is asked before its "with".
 */
function sceneStart(
  all: readonly string[],
  places: readonly number[],
  stems: readonly string[],
  generic: ReadonlySet<string>,
  lastSentence: number,
): number {
  const asked = places.find((_, i) => !generic.has(stems[i] ?? ''));
  if (asked === undefined) return Infinity;
  const last = places.at(-1) ?? -1;
  for (let p = asked + 1; p < last; p++)
    if (SCENE_WORDS.has(all[p] ?? '') && !TOLD_WORDS.has(all[p - 1] ?? '') && !onInStory(all, p, lastSentence))
      return p;
  return Infinity;
}

// Where one sentence of a message ends and the next begins.
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;

/** A message's sentences, each tokenized, and whether it ends with "?"; one with no words (a lone "?") is none. */
function readSentences(text: string): Sentence[] {
  return text
    .split(SENTENCE_BREAK)
    .map((sentence) => ({ asks: sentence.trimEnd().endsWith('?'), words: tokenize(sentence) }))
    .filter((sentence) => sentence.words.length > 0);
}

interface Sentence {
  asks: boolean;
  words: string[];
}

/** The places of the words that tell how a question came about: "diagnosed" in "diagnosed with". */
function toldPlaces(all: readonly string[]): Set<number> {
  const told = new Set<number>();
  for (let p = 0; p + 1 < all.length; p++) if (TOLD_WORDS.has(all[p] ?? '') && all[p + 1] === 'with') told.add(p);
  return told;
}

// A claim is passed on by one of these verbs, after who made it: "my sister says…".
const REPORTING_VERBS = new Set(['said', 'says', 'say', 'told', 'reckons', 'reckon', 'claims', 'claimed', 'insists']);
// Where the clause that names who said it starts ("…can exercise reverse it like the lady on youtube says").
const SOURCE_OPENERS = new Set(['like', 'as', 'but', 'and', 'because', 'cos', 'so', 'that']);
// Who said it is a few words ("the man in the health shop"); more is a clause of its own.
const SOURCE_WORDS = 6;

/**
 * The places of the words naming who passed on a claim, and of the verb that passes it on, where
 * that clause starts the message or follows a word that opens a clause. They tell where the
 * question came from, not what it asks: a source the library has never heard of ("youtube",
 * "club") does not make it a question the library does not cover. They still rank as they
 * would (a word the library knows there, "gp said osteopenia", is often what is asked).
 */
function sourcePlaces(all: readonly string[]): Set<number> {
  const sources = new Set<number>();
  for (let p = 1; p < all.length; p++) {
    if (!REPORTING_VERBS.has(all[p] ?? '')) continue;
    let from = p - 1;
    while (from > 0 && p - from < SOURCE_WORDS && !SOURCE_OPENERS.has(all[from - 1] ?? '')) from--;
    if (from > 0 && !SOURCE_OPENERS.has(all[from - 1] ?? '')) continue;
    for (let q = from; q <= p; q++) sources.add(q);
  }
  return sources;
}

// A question that opens with one of these asks; "Is this normal and what can I do?" ends a story.
const ASKING_OPENERS = new Set([
  'how',
  'what',
  'why',
  'when',
  'where',
  'which',
  'who',
  'is',
  'are',
  'can',
  'could',
  'should',
  'will',
  'would',
  'do',
  'does',
  'did',
  'any',
  'am',
]);
// The asking part must name at least this many of its own meaningful words to carry the
// question: "Is this normal?" after a story asks about the story.
const ASKING_WORDS = 2;

/**
 * The stems told only in the story of a message that tells one and asks ("Fell on the ice… Cast
 * is off now but my hand is stiff… Is this normal and what can I do to get my strength back?"):
 * they set the scene, so they count less. None when no part of the message asks, or the part
 * that asks names too little of its own.
 */
function backStoryStems(
  sentences: readonly Sentence[],
  all: readonly string[],
  places: readonly number[],
  stems: readonly string[],
  generic: ReadonlySet<string>,
): Set<string> {
  let ask = sentences.length - 1;
  while (ask > 0 && !sentences[ask]?.asks && !ASKING_OPENERS.has(sentences[ask]?.words[0] ?? '')) ask--;
  // The asking part, as a range of the message's words: the last asking sentence to the end; or
  // a question asked first and then told about ("Do men get it? My husband is 72 and just broke
  // his wrist"); or a question that follows its story in one sentence.
  let [from, to] = [all.length, all.length];
  if (ask >= 1) for (const sentence of sentences.slice(ask)) from -= sentence.words.length;
  else if (sentences.length > 1 && sentences[0]?.asks) [from, to] = [0, sentences[0].words.length];
  else from = askedWithin(all);
  if (from >= to) return new Set();
  const inAsked = (i: number): boolean => (places[i] ?? 0) >= from && (places[i] ?? 0) < to;
  const asked = new Set(stems.filter((_, i) => inAsked(i)));
  if ([...asked].filter((t) => !generic.has(t)).length < ASKING_WORDS) return new Set();
  return new Set(stems.filter((t, i) => !inAsked(i) && !asked.has(t)));
}

// A question typed straight after its story, with no stop between ("broke my wrist slipping on
// ice at 58 do i need a bone density test"): it starts at a helping verb and its subject, or at
// how, what or why, once the story has told this many words. Not at "when", "which" or "where",
// which join a story's own parts ("my knee hurts when I walk").
const ASKING_VERBS = new Set(['do', 'does', 'did', 'should', 'can', 'could', 'will', 'would', 'is', 'are', 'am']);
const ASKING_SUBJECTS = new Set(['i', 'she', 'he', 'we', 'they', 'you', 'it', 'this', 'that', 'there', 'these']);
const ASKING_WH = new Set(['how', 'what', 'why']);
const STORY_BEFORE = 4;

// A question that points back at its story ("…after my infusion, how long does it last") asks
// about what the story names: the story is its subject, not its scene.
const POINTING_BACK = new Set(['it', 'its', 'this', 'that', 'these', 'those', 'they', 'them', 'one']);

/**
 * Where a message's question starts after its story, when none of its sentences asks on its own,
 * or `all.length` if it does not.
 */
function askedWithin(all: readonly string[]): number {
  for (let p = STORY_BEFORE; p + 1 < all.length; p++) {
    const word = all[p] ?? '';
    if (ASKING_WH.has(word) || (ASKING_VERBS.has(word) && ASKING_SUBJECTS.has(all[p + 1] ?? ''))) {
      return all.slice(p).some((w) => POINTING_BACK.has(w)) ? all.length : p;
    }
  }
  return all.length;
}

/**
 * The meaningful tokens (not stop words), their stems and their places in `all`, up to the one
 * that would bring a `max + 1`th distinct stem.
 */
function firstTerms(all: readonly string[], max: number): { tokens: string[]; stems: string[]; places: number[] } {
  const tokens: string[] = [];
  const stems: string[] = [];
  const places: number[] = [];
  const distinct = new Set<string>();
  for (const [place, token] of all.entries()) {
    if (isStopWord(token) || beforeNumber(token, all[place + 1])) continue;
    const term = stem(token);
    if (!distinct.has(term)) {
      if (distinct.size === max) break;
      distinct.add(term);
    }
    tokens.push(token);
    stems.push(term);
    places.push(place);
  }
  return { tokens, stems, places };
}

/**
 * A small word that carries meaning as a particle ("fell over", "get up") says only "more than"
 * before a number ("tired over 70"): it is passed over there.
 */
function beforeNumber(token: string, next: string | undefined): boolean {
  return next !== undefined && /^\d/.test(next) && MEANINGFUL_SMALL_WORDS.has(token);
}

/**
 * "Up" says what is asked only as getting up or helping someone up ("cannot get up off the
 * carpet", "help my husband up"): after standing, stairs or picking things up it is not the
 * getting-up sections' subject ("my head spins as I stand up", "puffed out walking up a hill"),
 * so it counts as little as a scene word. It is still a word the library knows: honest limits
 * count it.
 */
function idleUp(all: readonly string[], place: number): boolean {
  if (all[place] !== 'up') return false;
  for (let i = Math.max(0, place - UP_REACH); i < place; i++) if (UP_VERBS.has(all[i] ?? '')) return false;
  return true;
}

const UP_VERBS: ReadonlySet<string> = new Set(['get', 'gets', 'getting', 'got', 'help', 'helps', 'helping', 'helped']);
// How many words before "up" its verb may be: "help my husband up".
const UP_REACH = 3;

/** `record[key]` when the record itself has it: "constructor" is a word, not Object's member. */
function own<T>(record: Readonly<Record<string, T[]>>, key: string): T[] {
  return Object.hasOwn(record, key) ? (record[key] ?? []) : [];
}

/**
 * A word the content or the vocabulary knows is a term; a part is odd when neither knows it
 * and it is not among the real words the build lists near the content's. Only the shipped
 * topics have that list (a folder of the user's own is read for the question's words alone,
 * and a run is not one of them): elsewhere no part is odd, and nothing is joined.
 */
function splitReader(index: SearchIndex, vocabulary: Vocabulary): SplitReader {
  const knows = (word: string): boolean => {
    const term = stem(word);
    return (
      index.postings.has(term) || Object.hasOwn(vocabulary.spellings, term) || Object.hasOwn(vocabulary.expand, term)
    );
  };
  return {
    isTerm: knows,
    // The content first: the real-word list is read only for a word it does not know.
    isOdd: (word) => !knows(word) && index.realWords !== undefined && !index.realWords.has(word),
    compounds: index.realWords !== undefined && !index.wordsNear,
  };
}

/** The vocabulary's typed words that are one word long, as written (for the typo lookup). */
function singleWords(vocabulary: Vocabulary): string[] {
  return vocabulary.words;
}

/**
 * For each query word, 1/n when it is one of the n words of the longest phrase the vocabulary
 * knows at that place (left to right, phrases not overlapping), else 1.
 */
function phraseShares(stems: readonly string[], vocabulary: Vocabulary): number[] {
  const shares = stems.map(() => 1);
  for (let start = 0; start < stems.length;) {
    let end = start + 1;
    for (let last = Math.min(stems.length, start + PHRASE_MAX_WORDS); last > start + 1; last--) {
      const key = stems.slice(start, last).join(' ');
      if (own(vocabulary.expand, key).length > 0 || own(vocabulary.spellings, key).length > 0) {
        end = last;
        break;
      }
    }
    for (let i = start; i < end; i++) shares[i] = 1 / (end - start);
    start = end;
  }
  return shares;
}

// The longest phrase looked for, in words, small ones included ("down in the dumps").
const PHRASE_MAX_WORDS = 5;

/**
 * For each word of `stems`, what the vocabulary says the words around it mean: a phrase that
 * the word is part of ("medical alert" → personal alarm) lends its meaning to each of its words.
 */
function phraseMeanings(stems: readonly string[], vocabulary: Vocabulary): string[][][] {
  const out: string[][][] = stems.map(() => []);
  for (let start = 0; start < stems.length; start++) {
    for (let end = start + 1; end <= Math.min(stems.length, start + PHRASE_MAX_WORDS); end++) {
      const key = stems.slice(start, end).join(' ');
      const found = [
        ...own(vocabulary.expand, key),
        ...(end - start > 1 ? own(vocabulary.spellings, key).map((s) => s.split(' ')) : []),
      ];
      for (let i = start; i < end; i++) out[i]?.push(...found);
    }
  }
  return out;
}
