// The build's search index of the shipped topics (dist/search.index), in the format of a folder's
// index, loaded only when a search asks for it. If it is missing, damaged or not of these
// topics, the index is built from the snapshot's topics instead: the same answers, a little
// slower (a test compares both with buildIndex).
import { buildIndex, type SearchIndex } from '../search/memory-index.js';
import { indexView } from '../search/view.js';
import type { Topic } from '../topics/types.js';
import { readIndexFile } from './index-file.js';

export function openShippedIndex(file: string, topics: readonly Topic[]): { index: SearchIndex; close?: () => void } {
  try {
    const stored = readIndexFile(file);
    // The same topics, by id and section headings, in the same order.
    const headings = (list: readonly Topic[]): string =>
      JSON.stringify(list.map((t) => [t.id, t.sections.map((s) => s.heading)]));
    const same = headings(stored.meta.topics) === headings(topics);
    if (same) return { index: indexView(stored.data, topics), close: () => stored.close() };
    stored.close();
  } catch {
    // Missing or damaged: built below.
  }
  return { index: buildIndex(topics) };
}
