// Relevance on the shipped content, judged case by case as `npm run eval` judges it: every case
// passes, or is listed in known-misses.json. A regression fails a case; a fixed miss fails too,
// until it is taken off the list, so the list stays true.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateAnswers } from '../../scripts/relevance.mjs';
import { answersJson } from '../../src/search/answers.js';
import { explainTopic } from '../../src/search/explain.js';
import { openTriage } from '../../src/library/triage.js';
import { openVocabulary } from '../../src/library/vocabulary.js';
import { BUILT_TRIAGE, BUILT_VOCABULARY, PLACES } from '../../src/paths.js';
import { openLibrary } from '../../src/library/open.js';
import { findAnswers } from '../../src/search/answers.js';
import { createTriage } from '../../src/search/triage/match.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
// As the CLI searches (and as `npm run eval` does, through the built CLI): the build's snapshot
// and index with its real-word list, the shipped triage rules told the content's words (they put
// red-flags first for an urgent sign), and the shipped vocabulary.
const library = await openLibrary(CONTENT, { search: true }, PLACES);
const { topics } = library;
const index = await library.index?.();
if (library.from !== 'snapshot' || !index) throw new Error('the relevance tests need the build (npm run build)');
const triage = createTriage(await openTriage(CONTENT, CONTENT, BUILT_TRIAGE), new Set(index.words.keys()));
const vocabulary = await openVocabulary(CONTENT, CONTENT, BUILT_VOCABULARY);
const answers = (q: string) => findAnswers(topics, q, { limit: 10, index, triage, vocabulary });
const rankTopics = async (q: string): Promise<string[]> => [
  ...new Set((await answers(q)).results.map((h) => h.doc.topic.id)),
];
const explainId = async (q: string): Promise<string | null> => {
  try {
    return (await explainTopic(topics, q)).topic.id;
  } catch {
    return null;
  }
};
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));

type Known = Record<string, { top1: string[]; top3: string[]; explain: string[] }> &
  Record<`answers:${string}`, { answer1: string[] }>;
const KNOWN = read('known-misses.json') as Known;
const SETS = ['public', 'own', 'development'];

describe.each(SETS)('the %s relevance set', async (name) => {
  const figures = await evaluate(read(`${name}.json`) as Parameters<typeof evaluate>[0], rankTopics, explainId);
  const known = KNOWN[name] ?? { top1: [], top3: [], explain: [] };
  const top1Misses = figures.searchMisses.map((m) => m.q);
  const top3Misses = figures.searchMisses.filter((m) => !m.top3).map((m) => m.q);

  it('misses first place only where known-misses.json says so', () => {
    expect(top1Misses.sort()).toEqual([...known.top1].sort());
  });
  it('misses the top 3 only where known-misses.json says so', () => {
    expect(top3Misses.sort()).toEqual([...known.top3].sort());
  });
  it('resolves every explain case but the known misses', () => {
    expect(figures.explainMisses.map((m) => m.q).sort()).toEqual([...known.explain].sort());
  });
});

const DEVELOPMENT = readdirSync(fileURLToPath(new URL('.', import.meta.url))).filter((f) =>
  /^questions-dev.*\.json$/.test(f),
);

describe.each(DEVELOPMENT)('the development questions in %s, at the answer', async (file) => {
  const questions = read(file) as Parameters<typeof evaluateAnswers>[0];
  const figures = await evaluateAnswers(questions, async (q) => answersJson(await answers(q)));
  const known = (KNOWN[`answers:${file}`] ?? { answer1: [] }).answer1;

  it('shows a section that answers first, but for the known misses', () => {
    const misses = figures.misses.filter((m) => m.kind !== 'answered what it cannot').map((m) => m.q);
    expect(misses.sort()).toEqual([...known].sort());
  });
});
