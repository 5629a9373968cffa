// Relevance figures for a query set: top-1, top-3 and MRR over distinct topics for search, and
// exact hits for explain. Shared by `npm run eval` and the relevance test, so both judge alike.

/**
 * @typedef {{ q: string, expect: string[] }} SearchCase
 * @typedef {{ q: string, expect: string }} ExplainCase
 * @typedef {{ search: SearchCase[], explain: ExplainCase[] }} QuerySet
 * @typedef {{ q: string, expect: string | string[], got: string[], top3?: boolean }} Miss
 * @typedef {{ cases: number, top1: number, top3: number, mrr: number, explain: number, explainCases: number,
 *             searchMisses: Miss[], explainMisses: Miss[] }} Figures
 */

/**
 * @param {QuerySet} set
 * @param {(q: string) => Promise<string[]> | string[]} rankTopics distinct topic ids for a query, best first
 * @param {(q: string) => Promise<string | null> | string | null} explainId the topic id `osteo explain q` shows, or null
 * @returns {Promise<Figures>}
 */
export async function evaluate(set, rankTopics, explainId) {
  let top1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  /** @type {Miss[]} */
  const searchMisses = [];
  for (const c of set.search) {
    const got = await rankTopics(c.q);
    const rank = got.findIndex((id) => c.expect.includes(id));
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (rank !== 0) searchMisses.push({ q: c.q, expect: c.expect, got: got.slice(0, 3), top3: rank >= 0 && rank < 3 });
  }
  let explain = 0;
  /** @type {Miss[]} */
  const explainMisses = [];
  for (const c of set.explain) {
    const got = await explainId(c.q);
    if (got === c.expect) explain += 1;
    else explainMisses.push({ q: c.q, expect: c.expect, got: got ? [got] : [] });
  }
  const n = set.search.length || 1;
  return {
    cases: set.search.length,
    top1: top1 / n,
    top3: top3 / n,
    mrr: reciprocal / n,
    explain: explain / (set.explain.length || 1),
    explainCases: set.explain.length,
    searchMisses,
    explainMisses,
  };
}

/** @param {QuerySet[]} sets */
export function mergeSets(...sets) {
  return { search: sets.flatMap((s) => s.search), explain: sets.flatMap((s) => s.explain) };
}
