// The index builder's growable arrays (entries.ts) start small so that they grow, and reassign
// their fields, while the builder is still interpreted: a first growth after V8 has optimized
// IndexBuilder.add throws its optimized code away (ARCHITECTURE.md, "The index builder's arrays
// start small"). What they hold must not depend on where they start.
import { describe, expect, it } from 'vitest';
import { Entries, Numbers, Runs, START } from '../../src/search/entries.js';
import { decodePairs } from '../../src/search/varint.js';

describe('the index builder arrays', () => {
  it('start small enough to grow within the first topic', () => {
    expect(START).toBeLessThanOrEqual(16);
    expect(new Numbers().data.length).toBe(START);
    expect(new Runs().length.length).toBe(START);
  });

  it('keep every number pushed past their start', () => {
    const list = new Numbers();
    for (let i = 0; i < 1000; i++) list.push(i * 7);
    expect(Array.from(list.view())).toEqual(Array.from({ length: 1000 }, (_, i) => i * 7));
  });

  it('join runs of terms numbered out of order, with terms that have no entry, as one list', () => {
    const runs = new Runs();
    const entries = new Entries();
    // Terms 0..99; only multiples of 3 have entries (the others, like a name's terms, have none).
    const expected = new Map<number, number[]>();
    for (let doc = 0; doc < 50; doc++) {
      entries.reserve(100, 40);
      for (let term = 99 - (doc % 3); term >= 0; term -= 3) {
        if (term % 3 !== 0) continue;
        entries.add(term, doc, 2);
        expected.set(term, [...(expected.get(term) ?? []), doc, 2]);
      }
      runs.add(entries, doc);
      entries.length = 0;
    }
    const order = Array.from({ length: 100 }, (_, i) => i);
    const { postStart, postBytes, bytes } = runs.join(order);
    for (const term of order) {
      const count = (postStart[term + 1] ?? 0) - (postStart[term] ?? 0);
      const pairs = decodePairs(bytes.subarray(postBytes[term], postBytes[term + 1]), count, 50);
      expect(Array.from(pairs ?? [])).toEqual(expected.get(term) ?? []);
    }
  });
});
