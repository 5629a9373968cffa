// One normalization for queries and topic text alike: case, accents, punctuation, possessives,
// stop words and word forms. Search, explain and triage all go through here.
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { tokenize } from './tokenize.js';

export { tokenize };

// Words people put around a question that say nothing about its subject, on top of the stock
// English list: question words, fillers and contractions.
const EXTRA_STOP_WORDS = [
  'why',
  'does',
  'doing',
  'done',
  'feel',
  'feels',
  'feeling',
  'im',
  'ive',
  'dont',
  'whats',
  'always',
  'really',
  'sometimes',
  'often',
  'usually',
  // When, not what: and it stems to "late", the word of a late injection ("been falling lately").
  'lately',
  'lot',
  'lots',
  'bit',
  'just',
  'quite',
  'need',
  'know',
  'thing',
  'things',
  'stuff',
  'something',
  'anything',
  'ever',
  'even',
  'so',
  'really',
  'often',
  'always',
  'lot',
  'lots',
  // Contractions typed without the apostrophe ("im tired", "whats wrong"); "cant" and "dont"
  // are left to triage, which reads negation.
  'im',
  'ive',
  'youre',
  'thats',
  'whats',
  // The stock list has "he" but not "she".
  'she',
  // …and "himself" but not the other words of its kind ("does osteoporosis itself cause pain").
  'itself',
  'herself',
  'myself',
  'yourself',
  'yourselves',
  'themselves',
  'ourselves',
  'oneself',
  // Forms of stop words the stock list leaves out. Listed, not stemmed: stemming would also
  // drop real words that share a stem ("evenity" stems to "even").
  'gets',
  'getting',
  'takes',
  'taking',
  'took',
  'makes',
  'making',
  'made',
  'goes',
  'going',
  'went',
  'comes',
  'coming',
  'says',
  'saying',
  'having',
  'its',
  'others',
  // Short and chatty forms of small words, as people type them ("wait till next week", "gonna",
  // "u", "pls", "thanks"), and small words the stock list lacks ("per day", "whether").
  'till',
  'til',
  'until',
  'cos',
  'coz',
  'cuz',
  'gonna',
  'wanna',
  'gotta',
  'u',
  'ur',
  'pls',
  'plz',
  'please',
  'thanks',
  'thank',
  'hi',
  'hello',
  'hey',
  'yeah',
  'ya',
  'dunno',
  'btw',
  'anyway',
  'anyways',
  'etc',
  'eg',
  'ie',
  'whether',
  'per',
  'via',
  'though',
  'although',
  'shall',
];
// Small words the stock list drops that carry the meaning of what people ask: "get up",
// "give way", "fell over", "passed out", "coming off a medicine".
export const MEANINGFUL_SMALL_WORDS: ReadonlySet<string> = new Set(['up', 'down', 'off', 'out', 'way', 'over']);
const STOP_WORDS = new Set([...eng, ...EXTRA_STOP_WORDS].filter((w) => !MEANINGFUL_SMALL_WORDS.has(w)));

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/** The stem of one token; numbers stay as they are. */
export function stem(token: string): string {
  return /^\d/.test(token) ? token : stemmer(token);
}

/** Meaningful stemmed terms of a text, in order (duplicates kept). */
export function toTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopWord(t))
    .map(stem);
}

/**
 * Whether a topic's name still says its topic by the `terms` the stop list leaves of it: a name
 * of several words cut to one says it by none ("other causes" is not named by "cause", nor
 * "living well" by "live"), though its words still mark the topic's sections. An article or a
 * possessive does not make a name longer: "the menopause" is named by "menopause".
 */
export function keepsName(name: string, terms: number): boolean {
  if (terms !== 1) return terms > 1;
  let words = 0;
  for (const token of tokenize(name)) if (!DETERMINERS.has(token)) words++;
  return words <= 1;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** A comparison key: two phrases that mean the same words in the same order get the same key. */
export function toKey(text: string): string {
  return toTerms(text).join(' ');
}
