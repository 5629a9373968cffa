// `npm run eval`: relevance figures of the built search on the shipped content, with each miss.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { explain, loadTopics, search } from '../dist/index.js';
import { evaluate } from './relevance.mjs';

const root = new URL('..', import.meta.url);
const { topics } = loadTopics(fileURLToPath(new URL('content', root)));
const rankTopics = async (q) => [...new Set((await search(topics, q, { limit: 10 })).results.map((r) => r.topic))];
const explainId = async (q) => {
  try {
    return (await explain(topics, q)).topic.id;
  } catch {
    return null;
  }
};
const pct = (x) => `${(x * 100).toFixed(1)}%`;

for (const name of ['public', 'own', 'blind']) {
  const set = JSON.parse(readFileSync(new URL(`tests/relevance/${name}.json`, root), 'utf8'));
  const f = await evaluate(set, rankTopics, explainId);
  console.log(`${name} set: ${f.cases} search cases, ${f.explainCases} explain cases`);
  console.log(`  top-1 ${pct(f.top1)}   top-3 ${pct(f.top3)}   MRR ${f.mrr.toFixed(3)}   explain ${pct(f.explain)}`);
  for (const m of f.searchMisses) console.log(`  search miss: "${m.q}" expected ${[m.expect].flat().join('|')}, got ${m.got.join(', ') || 'nothing'}`);
  for (const m of f.explainMisses) console.log(`  explain miss: "${m.q}" expected ${m.expect}, got ${m.got.join(', ') || 'nothing'}`);
}
