// One normalization for queries and topic text alike: case, accents, punctuation, possessives,
// stop words and word forms. Search, explain and triage all go through here.
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

// Question words people type that carry no topic meaning, on top of the stock English list.
const EXTRA_STOP_WORDS = ['why', 'does', 'doing', 'done', 'am', 'feel', 'feels', 'feeling', 'im', 'ive', 'dont', 'cant', 'whats'];
const STOP_WORDS = new Set([...eng, ...EXTRA_STOP_WORDS]);

/**
 * Lowercase words without accents or punctuation. Possessive 's is dropped; decimals such as
 * 2.5 stay one word (a T-score of -2.5 is something people search for).
 */
export function tokenize(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
  return folded.match(/\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu) ?? [];
}

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

/** A comparison key: two phrases that mean the same words in the same order get the same key. */
export function toKey(text: string): string {
  return toTerms(text).join(' ');
}
