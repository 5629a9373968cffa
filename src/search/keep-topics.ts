// Ranking only the topics anyone will be shown: search.ts ranks every matched section, but on a
// large library a common word matches most of them; objects are made only for the kept topics.
import type { SearchIndex, SectionDoc } from './memory-index.js';

/**
 * Which topics' sections to rank in full: the best `topics` (by their best section), and the
 * topic `also` wherever it ranks. The rest are dropped before any object is made for them: a
 * common word in a library of 10,000 topics matches most of its sections, and nobody is shown
 * more than a few. Every section of a kept topic is kept, so the answers shown are the same.
 */
export interface Keep {
  topics: number;
  also?: string | undefined;
}

/** The sections in `order` whose topic is one of the best `keep.topics` (by `before`), or `keep.also`. */
export function inTopTopics(
  index: SearchIndex,
  order: readonly number[],
  before: (a: number, b: number) => number,
  keep: Keep,
): number[] {
  const best = new Map<SectionDoc['topic'], number>();
  for (const doc of order) {
    const topic = index.docs[doc]?.topic;
    if (!topic) continue;
    const was = best.get(topic);
    if (was === undefined || before(doc, was) < 0) best.set(topic, doc);
  }
  if (best.size <= keep.topics) return [...order];
  const kept = new Set(
    [...best]
      .sort(([, a], [, b]) => before(a, b))
      .slice(0, keep.topics)
      .map(([topic]) => topic),
  );
  return order.filter((doc) => {
    const topic = index.docs[doc]?.topic;
    return topic !== undefined && (kept.has(topic) || topic.id === keep.also);
  });
}
