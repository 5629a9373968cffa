// Relevance on the shipped content, judged by the same figures `npm run eval` prints.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/relevance.mjs';
import { explainTopic } from '../../src/commands/explain.js';
import { searchTopics } from '../../src/commands/search.js';
import { loadTopics } from '../../src/topics/load.js';

const { topics } = loadTopics(fileURLToPath(new URL('../../content', import.meta.url)));
const rankTopics = async (q: string): Promise<string[]> => [...new Set((await searchTopics(topics, q, 10)).results.map((h) => h.doc.topic.id))];
const explainId = async (q: string): Promise<string | null> => {
  try {
    return (await explainTopic(topics, q)).topic.id;
  } catch {
    return null;
  }
};
const load = (name: string): Parameters<typeof evaluate>[0] =>
  JSON.parse(readFileSync(new URL(`${name}.json`, import.meta.url), 'utf8')) as Parameters<typeof evaluate>[0];

const SETS = ['public', 'own', 'blind'];
const figuresBySet = new Map(await Promise.all(SETS.map(async (name) => [name, await evaluate(load(name), rankTopics, explainId)] as const)));

describe.each(SETS)('the %s relevance set', (name) => {
  const figures = figuresBySet.get(name);
  if (!figures) throw new Error(`no figures for ${name}`);

  it('has the right topic in the top 3 for at least 95% of searches', () => {
    expect(figures.top3, JSON.stringify(figures.searchMisses)).toBeGreaterThanOrEqual(0.95);
  });

  it('has it first for at least 80% of searches', () => {
    expect(figures.top1, JSON.stringify(figures.searchMisses)).toBeGreaterThanOrEqual(0.8);
  });

  it('resolves every explain case', () => {
    expect(figures.explainMisses).toEqual([]);
  });
});

describe('evaluate', () => {
  it('counts top-1, top-3 and reciprocal rank over distinct topics', async () => {
    const set = { search: [{ q: 'a', expect: ['x'] }, { q: 'b', expect: ['y'] }], explain: [{ q: 'c', expect: 'z' }] };
    const f = await evaluate(set, (q) => (q === 'a' ? ['x', 'y'] : ['x', 'w', 'y']), () => null);
    expect(f).toMatchObject({ top1: 0.5, top3: 1, explain: 0 });
    expect(f.mrr).toBeCloseTo((1 + 1 / 3) / 2);
  });
});
