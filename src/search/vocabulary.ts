// The vocabulary as search uses it: each written word or phrase as stems, so a query is read
// through it by comparing strings. Pure and JSON-serialisable: the build compiles the shipped
// one (dist/vocabulary.json).
import type { VocabularyFile } from '../topics/vocabulary-file.js';
import { isStopWord, stem, tokenize } from './normalize.js';

export interface Vocabulary {
  /**
   * Typed words (as stems, a phrase joined by spaces, its small words kept: "feeling low" is not
   * "low") → what they also mean: each entry a list of stems that must all match.
   */
  expand: Record<string, string[][]>;
  /** The other spellings of a stem, at full weight. */
  spellings: Record<string, string[]>;
  /** Stems of words that say nothing about what is asked. */
  generic: string[];
  /** The typed single words, as written: a misspelling of one of them is read as it. */
  words: string[];
  /** Kinds of question: how each is worded, and the heading words of a section that answers it. */
  questions?: QuestionKind[] | undefined;
}

/** A kind of question, its phrases as stems with the small words kept ("how long" → how long). */
export interface QuestionKind {
  asks: string[];
  headings: string[];
  /** The topic's opening section answers it ("is it normal at 80": what is usual, and what is not). */
  opening?: true;
}

/** Every word of a phrase, stemmed, small words included: how a question says what it asks. */
export function wordingStems(text: string): string {
  return tokenize(text).map(stem).join(' ');
}

/** No vocabulary: a folder without one, or a search that reads none. */
export const EMPTY_VOCABULARY: Vocabulary = { expand: {}, spellings: {}, generic: [], words: [] };

/** A phrase as the stems of its meaningful words ("height loss" → height, loss). */
export function phraseStems(text: string): string[] {
  const words = tokenize(text);
  const meaningful = words.filter((w) => !isStopWord(w));
  return (meaningful.length > 0 ? meaningful : words).map(stem);
}

/**
 * Words that say how much, not what: passed over when a query is read word for word against the
 * vocabulary's phrases, so "feeling really down" is "feeling down".
 */
const DEGREE_WORDS: ReadonlySet<string> = new Set([
  'really',
  'very',
  'so',
  'quite',
  'pretty',
  'rather',
  'extremely',
  'too',
  'bit',
  'a',
  'little',
]);

/**
 * The places in `tokens` of the words a phrase is read on word for word: all but the degree
 * words. The typed side (typedKeys) and the query side (query.ts) read the same words.
 */
export function wordingPlaces(tokens: readonly string[]): number[] {
  return [...tokens.keys()].filter((p) => !DEGREE_WORDS.has(tokens[p] ?? ''));
}

/**
 * The keys a typed word or phrase is found by: its meaningful words ("runs in the family" →
 * run family, found in "runs in families" too), and, when it has small words, every word of it
 * ("feeling low"). Never its meaningful words alone when that leaves one: "the change" is not
 * any "change", "feeling low" not any "low", "looking after" not any "look".
 */
function typedKeys(typed: string): string[] {
  const meaningful = phraseStems(typed).join(' ');
  const tokens = tokenize(typed);
  const wording = wordingPlaces(tokens)
    .map((p) => stem(tokens[p] ?? ''))
    .join(' ');
  if (meaningful === wording) return meaningful === '' ? [] : [meaningful];
  return (meaningful.includes(' ') ? [meaningful, wording] : [wording]).filter((key) => key !== '');
}

export function compileVocabulary(file: VocabularyFile): Vocabulary {
  const expand: Record<string, string[][]> = {};
  for (const [typed, targets] of Object.entries(file.synonyms)) {
    for (const key of typedKeys(typed)) {
      const list = (expand[key] ??= []);
      for (const target of targets) {
        const stems = phraseStems(target);
        if (stems.length > 0 && !list.some((l) => l.join(' ') === stems.join(' '))) list.push(stems);
      }
    }
  }
  const spellings: Record<string, string[]> = {};
  for (const group of file.spellings) {
    const stems = group.map((g) => phraseStems(g).join(' ')).filter(Boolean);
    for (const s of stems) spellings[s] = [...new Set([...(spellings[s] ?? []), ...stems.filter((o) => o !== s)])];
  }
  const words = [...new Set(Object.keys(file.synonyms).flatMap((k) => (tokenize(k).length === 1 ? tokenize(k) : [])))];
  const questions = file.questions.map((kind): QuestionKind => ({
    asks: kind.asks.map(wordingStems).filter(Boolean),
    headings: kind.headings.map(wordingStems).filter(Boolean),
    ...(kind.opening === true ? { opening: true as const } : {}),
  }));
  return { expand, spellings, generic: [...new Set(file.generic.flatMap(phraseStems))], words, questions };
}
