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

/**
 * @typedef {{ topic: string, section: string }} SectionRef
 * @typedef {{ q: string, scope: 'in' | 'out', topics: string[], sections: SectionRef[] }} Question
 * @typedef {{ triage: null | { level: string }, results: { topic: string, section: string }[] }} Answer
 */

/**
 * Figures at the answer, for questions labelled with the sections that answer them:
 * answer@1 (the first section shown answers; when an alarm puts red-flags first, the section
 * after it), top-1 and top-3 topic, MRR over topics, and for questions the content cannot
 * answer (out of scope, or no section labelled), the share osteo says so (no results).
 * @param {Question[]} questions
 * @param {(q: string) => Promise<Answer>} answer `search --json --limit 10` for q
 */
export async function evaluateAnswers(questions, answer) {
  let answerable = 0;
  let answer1 = 0;
  let top1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  let unanswerable = 0;
  let refused = 0;
  const misses = [];
  for (const item of questions) {
    const found = await answer(item.q);
    if (item.scope === 'out' || item.sections.length === 0) {
      unanswerable += 1;
      if (found.results.length === 0) refused += 1;
      else misses.push({ q: item.q, kind: 'answered what it cannot', got: label(found.results[0]) });
      continue;
    }
    answerable += 1;
    const isAnswer = (r) => item.sections.some((s) => s.topic === r?.topic && s.section === r?.section);
    const [first, second] = found.results;
    const shown = found.triage && first?.topic === 'red-flags' && !isAnswer(first) ? second : first;
    if (isAnswer(shown)) answer1 += 1;
    const topics = [...new Set(found.results.map((r) => r.topic))];
    const rank = topics.findIndex((t) => item.topics.includes(t));
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (!isAnswer(shown))
      misses.push({
        q: item.q,
        kind: rank === 0 ? 'wrong section' : 'wrong topic',
        got: label(shown),
        want: item.sections.map(label).join(' | '),
      });
  }
  const share = (x, n) => (n ? x / n : 0);
  return {
    answerable,
    unanswerable,
    answer1: share(answer1, answerable),
    top1: share(top1, answerable),
    top3: share(top3, answerable),
    mrr: share(reciprocal, answerable),
    refused: share(refused, unanswerable),
    misses,
  };
}

function label(r) {
  return r ? `${r.topic} › ${r.section || '(intro)'}` : 'nothing';
}
