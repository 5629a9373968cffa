// Ranking only the best topics in full (search.ts Keep) changes nothing a person is shown: the
// answers and the further ones listed under them are those of ranking every topic.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FURTHER_TOPICS } from '../../src/search/answers.js';
import { ALL_IDEAS } from '../../src/search/ideas.js';
import { buildIndex } from '../../src/search/memory-index.js';
import { pickResults } from '../../src/search/pick.js';
import { rankQuery, type SearchHit } from '../../src/search/search.js';
import { loadTopics } from '../../src/topics/load.js';

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
