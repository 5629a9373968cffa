// Ranking only the best topics in full (search.ts Keep) changes nothing a person is shown: the
// answers and the further ones listed under them are those of ranking every topic.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FURTHER_TOPICS } from '../../src/search/answers.js';
import { ALL_IDEAS } from '../../src/search/ideas.js';
import { inTopTopics } from '../../src/search/keep-topics.js';
import { buildIndex, positionOf } from '../../src/search/memory-index.js';
import { pickResults } from '../../src/search/pick.js';
import { rankQuery, type SearchHit } from '../../src/search/search.js';
import { loadTopics } from '../../src/topics/load.js';
import { makeTopic } from '../helpers/topic.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const topics = loadTopics(CONTENT).topics;
const index = buildIndex(topics);
const label = (h: SearchHit): string => `${h.doc.topic.id} › ${h.doc.section.heading} ${h.score}`;

describe('ranking the best topics in full', () => {
  it.each([
    'pain',
    'weak legs',
    'bone medicine side effects',
    'exercise after a fall',
    'calcium and vitamin d',
    'bones',
  ])('"%s": the same answers and further answers as ranking every topic', async (query) => {
    const limit = 1;
    const all = (await rankQuery(index, query, undefined, ALL_IDEAS)).hits;
    const kept = (await rankQuery(index, query, undefined, ALL_IDEAS, { topics: limit + FURTHER_TOPICS })).hits;
    // The query matches more topics than are kept, so something was left out.
    expect(new Set(all.map((h) => h.doc.topic.id)).size).toBeGreaterThan(limit + FURTHER_TOPICS);
    expect(new Set(kept.map((h) => h.doc.topic.id)).size).toBe(limit + FURTHER_TOPICS);
    const [a, k] = [pickResults(all, limit), pickResults(kept, limit)];
    expect(k.results.map(label)).toEqual(a.results.map(label));
    expect(k.more.slice(0, FURTHER_TOPICS).map(label)).toEqual(a.more.slice(0, FURTHER_TOPICS).map(label));
  });

  it('keeps the topic it is told to, wherever it ranks', async () => {
    const kept = (await rankQuery(index, 'pain', undefined, ALL_IDEAS, { topics: 1, also: 'red-flags' })).hits;
    expect(new Set(kept.map((h) => h.doc.topic.id)).size).toBe(2);
    expect(kept.some((h) => h.doc.topic.id === 'red-flags')).toBe(true);
  });
});

describe('inTopTopics', () => {
  // Topics of 1 to 6 sections, scores from a few values (many ties, inside a topic and across
  // topics), every section matched or not: the topics kept are those of the first `keep` topics
  // met in the full order (search.ts's: score, then position, then number).
  const random = (seed: number) => (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('keeps what sorting every section would (seed %s)', (seed) => {
    const next = random(seed);
    const topics = Array.from({ length: 40 }, (_, t) =>
      makeTopic({
        id: `t${t}`,
        sections: Array.from({ length: 1 + Math.floor(next() * 6) }, (_, s) => ({ heading: `h${s}`, markdown: 'x' })),
      }),
    );
    const index = buildIndex(topics);
    const total = index.docs.length;
    const score = new Float64Array(total);
    for (let doc = 0; doc < total; doc++) score[doc] = [0.25, 0.5, 0.5, 0.75, 1][Math.floor(next() * 5)] ?? 0;
    const order = Array.from({ length: total }, (_, doc) => doc).filter(() => next() < 0.7);
    // Not in section order, as a search meets them word by word.
    order.sort((a, b) => ((a * 7919) % 97) - ((b * 7919) % 97) || a - b);
    const before = (a: number, b: number): number =>
      (score[b] ?? 0) - (score[a] ?? 0) || positionOf(index, a) - positionOf(index, b) || a - b;
    for (const keep of [1, 3, 10]) {
      const sorted = [...order].sort(before);
      const best: string[] = [];
      for (const doc of sorted) {
        const id = index.docs[doc]?.topic.id ?? '';
        if (!best.includes(id) && best.length < keep) best.push(id);
      }
      const expected = order.filter((doc) => best.includes(index.docs[doc]?.topic.id ?? ''));
      expect(inTopTopics(index, Uint32Array.from(order), score, before, { topics: keep })).toEqual(expected);
    }
  });
});
