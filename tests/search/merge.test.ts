// Index parts from consecutive runs of topics (worker threads read a large folder in runs),
// joined: exactly the index one builder makes reading every topic in order, array for array.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IndexBuilder, type IndexParts } from '../../src/search/builder.js';
import { mergeParts } from '../../src/search/merge.js';
import { lastSection } from '../../src/search/varint.js';
import { loadTopics } from '../../src/topics/load.js';
import type { Topic } from '../../src/topics/types.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const topics = loadTopics(CONTENT).topics;

function partsOf(run: readonly Topic[]): IndexParts {
  const builder = new IndexBuilder();
  for (const topic of run) builder.add(topic);
  return builder.finishParts();
}

/** Every array of an index, as plain values. */
const plain = (parts: IndexParts): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(parts).map(([key, value]) => [key, ArrayBuffer.isView(value) ? [...(value as Uint8Array)] : value]),
  );

describe('joining index parts', () => {
  it.each([2, 3, 7])('from %i runs is the index of one reader, array for array', (count) => {
    const size = Math.ceil(topics.length / count);
    const runs = Array.from({ length: count }, (_, i) => topics.slice(i * size, (i + 1) * size));
    expect(runs.filter((r) => r.length > 0)).toHaveLength(count);
    expect(plain(mergeParts(runs.map(partsOf)))).toEqual(plain(partsOf(topics)));
  });

  it('the last section of encoded postings is the sum of their steps', () => {
    // (section 2, value 5), (section 130, value 1): steps 3 and 128 (two bytes).
    expect(lastSection(Uint8Array.of(3, 5, 0x80, 0x01, 1))).toBe(130);
    expect(lastSection(new Uint8Array(0))).toBe(-1);
  });
});
