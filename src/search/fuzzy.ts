// Typo-tolerant matching of names: topics for explain's last step and for "Did you mean", and
// sections for --section. Fuse.js finds candidates inside names; letter edits (Damerau-
// Levenshtein) judge whole names. Loaded only when exact matching found nothing.
import levenshtein from 'damerau-levenshtein';
import Fuse from 'fuse.js';
import { topicNames } from '../topics/names.js';
import type { Topic } from '../topics/types.js';
import { tokenize } from './normalize.js';

// A fuzzy match must be this good (Fuse: 0 = exact) and this far ahead of the next topic to win.
const WINNER_MAX_SCORE = 0.3;
const WINNER_MARGIN = 0.1;
const SUGGEST_MAX_SCORE = 0.5;
const SUGGEST_MAX_WORDS = 8;
// A misspelt name: this share of its letters right, and clearly the closest.
const SPELLING_MIN_SIMILARITY = 0.75;
// Names are short; comparing a long query letter by letter costs its length squared.
const SPELLING_MAX_LENGTH = 64;

/** The one topic a misspelt or partial name clearly means, or null. */
export function nearestTopic(topics: readonly Topic[], name: string): Topic | null {
  const [nearest, runnerUp] = closestSpelling(topics, name);
  if (
    nearest &&
    nearest.similarity >= SPELLING_MIN_SIMILARITY &&
    (!runnerUp || nearest.similarity - runnerUp.similarity >= WINNER_MARGIN)
  ) {
    return nearest.topic;
  }
  const [first, second] = rankNames(topics, name);
  if (first && first.score <= WINNER_MAX_SCORE && (!second || second.score - first.score >= WINNER_MARGIN)) {
    return first.topic;
  }
  return null;
}

/**
 * Up to three topic ids whose id, title or alias looks like `text` or one of its longer words,
 * best first: "walkign balanse zzz" still suggests walking.
 */
export function suggestTopics(topics: readonly Topic[], text: string): string[] {
  // Each word is a fuzzy search over every name: a query's first few long words are enough.
  const words = tokenize(text)
    .filter((w) => w.length >= 4)
    .slice(0, SUGGEST_MAX_WORDS);
  const best = new Map<string, number>();
  // One list of names and one Fuse index for every part: each part's search of them is the same
  // as with its own, and making them was a tenth of a search of 10,000 topics that found nothing
  // (tokenizing 30,000 names and indexing them once per part).
  const search = nameSearch(topics);
  for (const part of [text, ...(words.length > 1 ? words : [])]) {
    for (const { topic, score } of search(part)) {
      if (score <= SUGGEST_MAX_SCORE && score < (best.get(topic.id) ?? Infinity)) best.set(topic.id, score);
    }
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([id]) => id);
}

/**
 * Each topic once, with how alike the whole text and its closest name are, letter by letter:
 * "osteoporsis" is one letter off "osteoporosis" but far from "living well with osteoporosis",
 * which Fuse, matching inside longer names, would rate alike.
 */
function closestSpelling(topics: readonly Topic[], text: string): { topic: Topic; similarity: number }[] {
  const query = tokenize(text).join(' ');
  if (query === '' || query.length > SPELLING_MAX_LENGTH) return [];
  return topics
    .map((topic) => {
      const names = topicNames(topic).map((n) => tokenize(n).join(' '));
      return { topic, similarity: Math.max(...names.map((n) => levenshtein(query, n).similarity)) };
    })
    .sort((a, b) => b.similarity - a.similarity);
}

/** Each topic once, with the Fuse score of its best-matching name. */
function rankNames(topics: readonly Topic[], text: string): { topic: Topic; score: number }[] {
  return nameSearch(topics)(text);
}

/**
 * rankNames for many texts over the same topics: the names and their Fuse index are made when
 * the first text with words is searched, and kept for the rest.
 */
function nameSearch(topics: readonly Topic[]): (text: string) => { topic: Topic; score: number }[] {
  let fuse: Fuse<{ topic: Topic; name: string }> | undefined;
  return (text) => {
    const query = tokenize(text).join(' ');
    if (query === '') return [];
    fuse ??= new Fuse(
      topics.flatMap((topic) => topicNames(topic).map((n) => ({ topic, name: tokenize(n).join(' ') }))),
      { keys: ['name'], includeScore: true, threshold: SUGGEST_MAX_SCORE, ignoreLocation: true },
    );
    return bestPerTopic(fuse, query);
  };
}

/** The Fuse score of each topic's best-matching name for `query`, each topic once, best first. */
function bestPerTopic(fuse: Fuse<{ topic: Topic; name: string }>, query: string): { topic: Topic; score: number }[] {
  const best = new Map<string, { topic: Topic; score: number }>();
  for (const { item, score = 1 } of fuse.search(query.slice(0, 64))) {
    if (!best.has(item.topic.id)) best.set(item.topic.id, { topic: item.topic, score });
  }
  return [...best.values()];
}
