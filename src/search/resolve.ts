// Which topic a name means (explain, sources), and which section of it (--section). Exact names
// are settled here; only a name that matches nothing exactly loads the fuzzy matcher.
import { NotFoundError } from '../errors.js';
import { printable } from '../safe-text.js';
import { topicNames } from '../topics/names.js';
import type { Section, Topic } from '../topics/types.js';
import { tokenize } from './tokenize.js';

export type Resolution =
  { kind: 'found'; topic: Topic; via: 'id' | 'name' | 'fuzzy' } | { kind: 'unknown'; suggestions: string[] };

// Longer than any topic's name: such a name is looked up by its start only (100,000 words typed
// as a name were tokenized and stemmed five times over, for seconds).
export const MAX_NAME_LENGTH = 1000;

/** Exact id → exact title or alias (same words, any case or accents, plurals) → a clear fuzzy winner. */
export async function resolveTopic(topics: readonly Topic[], typed: string): Promise<Resolution> {
  const name = typed.slice(0, MAX_NAME_LENGTH);
  const exact = await exactTopic(topics, name);
  if (exact) return { kind: 'found', ...exact };
  const { nearestTopic, suggestTopics } = await import('./fuzzy.js');
  const nearest = nearestTopic(topics, name);
  if (nearest) return { kind: 'found', topic: nearest, via: 'fuzzy' };
  return { kind: 'unknown', suggestions: suggestTopics(topics, name) };
}

/** The topic `name` is exactly a name of: its id, else its title or an alias (any case, accents, plurals). */
export async function exactTopic(
  topics: readonly Topic[],
  name: string,
): Promise<{ topic: Topic; via: 'id' | 'name' } | null> {
  const wanted = name.trim().toLowerCase();
  const byId = topics.find((t) => t.id === wanted || t.id === tokenize(wanted).join('-'));
  if (byId) return { topic: byId, via: 'id' };
  const { isStopWord, stem, toTerms } = await import('./normalize.js');
  const terms = toTerms(name);
  if (terms.length === 0) return null;
  // Stemming every name of every topic was most of this (560 names, about 4 ms of `osteo weak
  // legs`, which asks this before it searches). A stem keeps its word's first letter, so a name
  // whose meaningful words differ in number or first letters cannot match: not stemmed. The
  // words are those toTerms stems, so a name that gets this far matches as toKey would say.
  // Tokenizing the 560 names was then most of what was left (about 1.5 ms): a name is tokenized
  // only if it can hold each word's first letter at a word's start (startsWords).
  const starts = startsWords(terms);
  const names = (candidate: string): boolean => {
    if (!starts(candidate)) return false;
    const words = tokenize(candidate).filter((t) => !isStopWord(t));
    return (
      words.length === terms.length &&
      words.every((word, i) => word[0] === terms[i]?.[0]) &&
      words.every((word, i) => stem(word) === terms[i])
    );
  };
  const named = topics.filter((t) => topicNames(t).some(names));
  return named.length === 1 && named[0] ? { topic: named[0], via: 'name' } : null;
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * A test that a name may hold a word starting with each of the first letters of `terms`: false
 * only for a name that cannot. tokenize() starts a word only after a character that is neither
 * a letter nor a digit (an apostrophe it drops joins words, never splits them), so in a name
 * of plain ASCII, each word's first letter has such a character or the name's start before it.
 * Any other name, or a term that does not start with a-z or 0-9, always passes.
 */
export function startsWords(terms: readonly string[]): (name: string) => boolean {
  const tests: RegExp[] = [];
  for (const term of terms) {
    const first = term[0] ?? '';
    if (!/^[a-z0-9]$/.test(first)) return () => true;
    tests.push(new RegExp(`(?:^|[^a-z0-9])${first}`, 'i'));
  }
  return (name) => !ASCII.test(name) || tests.every((test) => test.test(name));
}

/** The topic `name` means and how, or a NotFoundError that says "Did you mean" (explain and sources). */
export async function requireTopic(
  topics: readonly Topic[],
  name: string,
): Promise<{ topic: Topic; via: 'id' | 'name' | 'fuzzy' }> {
  const resolution = await resolveTopic(topics, name);
  if (resolution.kind === 'found') return resolution;
  const { suggestions } = resolution;
  const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '';
  throw new NotFoundError(`No topic "${printable(name)}".${hint}`, suggestions);
}

/**
 * A section of `topic` by heading: the same words, else the one heading holding every word
 * ("help" → "When to get help"), else the nearest spelling (fuse.js, loaded only then). Null if
 * none is close.
 */
export async function resolveSection(topic: Topic, name: string): Promise<Section | null> {
  const { toKey } = await import('./normalize.js');
  const named = topic.sections.filter((s) => s.heading !== '');
  const key = toKey(name);
  const exact = named.find((s) => toKey(s.heading) === key);
  if (exact) return exact;
  const wanted = new Set(key.split(' ').filter(Boolean));
  const containing = named.filter((s) => {
    const terms = new Set(toKey(s.heading).split(' '));
    return wanted.size > 0 && [...wanted].every((w) => terms.has(w));
  });
  if (containing.length === 1 && containing[0]) return containing[0];
  const { default: Fuse } = await import('fuse.js');
  const fuse = new Fuse(named, { keys: ['heading'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  return fuse.search(tokenize(name).join(' ').slice(0, 64))[0]?.item ?? null;
}
