// The build's search index of the shipped topics (dist/search.index), in the format of a folder's
// index, loaded only when a search asks for it. If it is missing, damaged or not of these
// topics, the index is built from the snapshot's topics instead: the same answers, a little
// slower (a test compares both with buildIndex).
import { buildIndex, type SearchIndex } from '../search/memory-index.js';
import { indexView } from '../search/view.js';
import type { Topic } from '../topics/types.js';
import { fnv1aTexts } from './hash.js';
import { readIndexFile } from './index-file.js';

/**
 * The topics an index is of, as one number: a hash of their ids and section headings, in order.
 * The build keeps it in content.json (Snapshot.indexKey), so the check below reads no topic's
 * body (they are read only for the topics a search shows).
 */
export function topicsKey(topics: readonly Pick<Topic, 'id' | 'sections'>[]): number {
  return fnv1aTexts(topics.flatMap((topic) => [topic.id, ...topic.sections.map((section) => section.heading), '']));
}

/** `topics`' index from `file` if it is of the topics `key` names (topicsKey), else built from them. */
export function openShippedIndex(
  file: string,
  topics: readonly Topic[],
  key: number,
): { index: SearchIndex; close?: () => void } {
  try {
    const stored = readIndexFile(file);
    if (topicsKey(stored.meta.topics) === key)
      return { index: indexView(stored.data, topics, undefined, true), close: () => stored.close() };
    stored.close();
  } catch {
    // Missing or damaged: built below.
  }
  return { index: buildIndex(topics) };
}
