// The test that keeps every index honest: it must hold, fact for fact and in the same order,
// what buildIndex() makes of the same topics in memory. Comparing index facts, not rankings,
// keeps this true whatever search.ts does with them.
import { expect } from 'vitest';
import { buildIndex, type BuiltIndex, type SearchIndex } from '../../src/search/memory-index.js';
import type { Topic } from '../../src/topics/types.js';

/** `built`: buildIndex(topics), when the caller has it already. */
export function expectSameIndex(
  index: SearchIndex | undefined,
  topics: readonly Topic[],
  built: BuiltIndex = buildIndex(topics),
): void {
  expect(index).toBeDefined();
  if (!index) return;
  const where = (docs: SearchIndex['docs']): [string, string, number][] =>
    docs.map((d) => [d.topic.id, d.section.heading, d.position]);
  expect(where(index.docs)).toEqual(where(built.docs));
  // Order matters: typo matching and ties in ranking follow it.
  expect([...index.words]).toEqual([...built.words]);
  expect([...built.names.keys()].map((id) => [id, index.names.get(id)])).toEqual([...built.names]);
  expect([...index.names.values()]).toEqual([...built.names.values()]);
  expect([...built.names.keys()].every((id) => index.names.has(id))).toBe(true);
  for (const id of ['zzzz', 'constructor', '__proto__', '']) {
    expect(index.names.has(id)).toBe(false);
    expect(index.names.get(id)).toBeUndefined();
  }
  for (const [term, byDoc] of built.postings) {
    expect(index.postings.has(term), term).toBe(true);
    const mine = [...(index.postings.get(term) ?? [])];
    // Compared as text first (deep equality of thousands of maps is slow), in full on a difference.
    if (JSON.stringify(mine) !== JSON.stringify([...byDoc])) expect(mine, term).toEqual([...byDoc]);
  }
  // Nothing more: every stem of the vocabulary that buildIndex has no postings for is absent here too.
  for (const stem of new Set(built.words.values()))
    expect(index.postings.has(stem), stem).toBe(built.postings.has(stem));
  for (const term of ['zzzz', 'constructor', '__proto__', '']) {
    expect(index.postings.has(term)).toBe(false);
    expect(index.postings.get(term)).toBeUndefined();
  }
}
