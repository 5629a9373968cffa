// Ranking only the topics anyone will be shown: search.ts ranks every matched section, but on a
// large library a common word matches most of them; objects are made only for the kept topics.
import { docCount, type SearchIndex } from './memory-index.js';

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

/** Each section's topic by number (sections are numbered topic by topic), worked out once per index. */
const topicNumbers = new WeakMap<SearchIndex, Uint32Array>();

export function topicsOf(index: SearchIndex): Uint32Array {
  // An index that numbers its sections' topics already (view.ts): its numbers skip the topics
  // without sections, which no section names, so they group the sections the same way.
  if (index.sections) return index.sections.topicOf;
  let numbers = topicNumbers.get(index);
  if (!numbers) {
    const { docs } = index;
    numbers = new Uint32Array(docs.length);
    let topic = 0;
    for (let doc = 1; doc < docs.length; doc++) {
      if (docs[doc]?.topic !== docs[doc - 1]?.topic) topic++;
      numbers[doc] = topic;
    }
    topicNumbers.set(index, numbers);
  }
  return numbers;
}

/**
 * The sections in `order` whose topic is one of the best `keep.topics` (by `before`), or `keep.also`.
 * `before` must be a strict order (no two sections equal) that puts a higher `score` first: the
 * best topics are then one set, found here by keeping a short sorted list instead of sorting
 * every topic matched. Within a topic it must order sections by `score`, then by number (as
 * search.ts's does: a topic's positions follow its section numbers), which is how each topic's
 * best section is found here without a call per section. Typed arrays by topic number, not a
 * Map keyed by topic: this runs over most sections of a large library.
 */
export function inTopTopics(
  index: SearchIndex,
  order: Uint32Array,
  score: Float64Array,
  before: (a: number, b: number) => number,
  keep: Keep,
): number[] {
  const topicOf = topicsOf(index);
  const total = docCount(index);
  const topicCount = total === 0 ? 0 : (topicOf[total - 1] ?? 0) + 1;
  // Each topic's best section (plus one; 0: not matched), and the topics matched, in order met.
  const best = new Uint32Array(topicCount);
  const matched: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const doc = order[i] ?? 0;
    const topic = topicOf[doc] ?? 0;
    const was = best[topic] ?? 0;
    if (was === 0) {
      best[topic] = doc + 1;
      matched.push(topic);
    } else {
      // before(doc, was - 1) < 0, within one topic.
      const s = score[doc] ?? 0;
      const t = score[was - 1] ?? 0;
      if (s > t || (s === t && doc < was - 1)) best[topic] = doc + 1;
    }
  }
  if (matched.length <= keep.topics) return Array.from(order);
  // The best keep.topics sections among the topics' best, in order.
  const top: number[] = [];
  for (let i = 0; i < matched.length; i++) {
    const doc = (best[matched[i] ?? 0] ?? 1) - 1;
    if (top.length === keep.topics) {
      // Not before the last kept: a lower score is not, without a call; an equal one asks `before`.
      const last = top[top.length - 1] ?? 0;
      const s = score[doc] ?? 0;
      const t = score[last] ?? 0;
      if (s < t || (s === t && before(doc, last) >= 0)) continue;
    }
    let low = 0;
    let high = top.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before(top[mid] ?? 0, doc) < 0) low = mid + 1;
      else high = mid;
    }
    top.splice(low, 0, doc);
    if (top.length > keep.topics) top.pop();
  }
  const kept = new Uint8Array(topicCount);
  for (const doc of top) kept[topicOf[doc] ?? 0] = 1;
  // Every topic has names (an id at least): a library without the topic is not searched for it.
  if (keep.also !== undefined && index.names.has(keep.also)) {
    const also = firstSectionOf(index, keep.also);
    if (also >= 0) kept[topicOf[also] ?? 0] = 1;
  }
  // A list to sort, not a typed array (filter's): the kept sections only.
  const out: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const doc = order[i] ?? 0;
    if (kept[topicOf[doc] ?? 0] === 1) out.push(doc);
  }
  return out;
}

/** The first section of the topic `id`, or -1: by its topics where the index numbers them, not a look at every section. */
function firstSectionOf(index: SearchIndex, id: string): number {
  const table = index.sections;
  if (table) {
    for (let t = 0; t < table.topics.length; t++)
      if (table.topics[t]?.id === id && (table.firstDoc[t] ?? 0) < (table.firstDoc[t + 1] ?? 0))
        return table.firstDoc[t] ?? 0;
    return -1;
  }
  const { docs } = index;
  for (let doc = 0; doc < docs.length; doc++) if (docs[doc]?.topic.id === id) return doc;
  return -1;
}
