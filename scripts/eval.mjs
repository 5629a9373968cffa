// `npm run eval`: the built search judged on every query set, and triage on every corpus.
//   --write-known   rewrite tests/relevance/known-misses.json from this run (after a deliberate change)
//   --show-holdout  also list the held-out sets' misses (the end of a piece of work, not during it)
// Held-out sets (tests/*/holdout/) print figures only: a miss you read is a miss you tune for.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { explain, loadTopics } from '../dist/index.js';
import { evaluate, evaluateAnswers } from './relevance.mjs';
import { pipeIo } from './pipe-io.mjs';

const root = new URL('..', import.meta.url);
const args = new Set(process.argv.slice(2));
const { topics } = loadTopics(fileURLToPath(new URL('content', root)));
const { loadBundle, readBundle } = createRequire(import.meta.url)('../bin/load-bundle.js');
const cli = loadBundle(undefined, readBundle()).exports;

/**
 * `osteo search --json --limit <limit> <q>`, run by the built CLI in this process: the figures
 * are those of the command people run (the shipped snapshot and index, the real-word list, the
 * triage rules told the content's words), not of the library API, which has none of those.
 */
async function search(q, limit) {
  let out = '';
  const io = pipeIo((text) => {
    out += text;
  });
  const code = await cli.run(['search', '--json', '--limit', String(limit), '--', q], io);
  if (code !== 0 && code !== 1) throw new Error(`osteo search "${q}" exited ${code}`);
  return JSON.parse(out);
}
const rankTopics = async (q) => [...new Set((await search(q, 10)).results.map((r) => r.topic))];
const explainId = async (q) => {
  try {
    return (await explain(topics, q)).topic.id;
  } catch {
    return null;
  }
};
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

console.log('Relevance (topic level: the first three distinct topics of search --json --limit 10)');
const known = {};
for (const name of ['public', 'own', 'development']) {
  const f = await evaluate(read(`tests/relevance/${name}.json`), rankTopics, explainId);
  known[name] = {
    top1: f.searchMisses.map((m) => m.q),
    top3: f.searchMisses.filter((m) => !m.top3).map((m) => m.q),
    explain: f.explainMisses.map((m) => m.q),
  };
  console.log(`\n${name}: ${f.cases} searches, ${f.explainCases} explain cases`);
  console.log(`  top-1 ${pct(f.top1)}   top-3 ${pct(f.top3)}   MRR ${f.mrr.toFixed(3)}   explain ${pct(f.explain)}`);
  for (const m of f.searchMisses)
    console.log(
      `  search miss: "${m.q}" expected ${[m.expect].flat().join('|')}, got ${m.got.join(', ') || 'nothing'}`,
    );
  for (const m of f.explainMisses)
    console.log(`  explain miss: "${m.q}" expected ${m.expect}, got ${m.got.join(', ') || 'nothing'}`);
}
console.log(
  '\nAnswers (section level: the first section shown answers the question; labelled by a reader of the content)',
);
const answerSets = readdirSync(new URL('tests/relevance', root))
  .filter((f) => /^questions-dev.*\.json$/.test(f))
  .map((f) => [`development ${f.replace(/\.json$/, '')}`, `tests/relevance/${f}`, false]);
for (const f of existsSync(new URL('tests/relevance/holdout', root))
  ? readdirSync(new URL('tests/relevance/holdout', root)).filter((f) => f.endsWith('.json'))
  : [])
  answerSets.push(['held out', `tests/relevance/holdout/${f}`, !args.has('--show-holdout')]);
for (const [label, path, hidden] of answerSets) {
  let questions;
  try {
    questions = read(path);
  } catch {
    continue;
  }
  const f = await evaluateAnswers(questions, (q) => search(q, 10));
  if (!hidden)
    known[`answers:${path.split('/').pop()}`] = {
      answer1: f.misses.filter((m) => m.kind !== 'answered what it cannot').map((m) => m.q),
    };
  console.log(`\n${label} ${path}: ${f.answerable} answerable, ${f.unanswerable} not answerable`);
  console.log(
    `  answer@1 ${pct(f.answer1)}   top-1 ${pct(f.top1)}   top-3 ${pct(f.top3)}   MRR ${f.mrr.toFixed(3)}   not answerable and said so ${pct(f.refused)}`,
  );
  if (!hidden)
    for (const m of f.misses) console.log(`  ${m.kind}: "${m.q}" got ${m.got}${m.want ? `, wanted ${m.want}` : ''}`);
}

if (args.has('--write-known')) {
  writeFileSync(new URL('tests/relevance/known-misses.json', root), `${JSON.stringify(known, null, 2)}\n`);
  console.log('\nwrote tests/relevance/known-misses.json');
}

console.log('\nTriage (level of the banner; "none" = no banner)');
for (const [label, folder, hidden] of [
  ['development', 'tests/triage/corpus', false],
  ['development (urgent misses open)', 'tests/triage/open', false],
  ['held out', 'tests/triage/holdout', !args.has('--show-holdout')],
]) {
  // A clone has no held-out folder until a held-out set is copied in at the end of a piece of work.
  const files = existsSync(new URL(folder, root))
    ? readdirSync(new URL(folder, root)).filter((f) => f.endsWith('.json'))
    : [];
  for (const file of files) {
    const items = read(`${folder}/${file}`);
    const figures = await triageFigures(items);
    console.log(`\n${label} ${file}: ${items.length} phrasings`);
    console.log(
      `  emergency caught at emergency ${figures.emergency}   urgent caught ${figures.urgent} (at urgent ${figures.urgentExact})`,
    );
    console.log(`  false alarms ${figures.falseAlarms}   red-flags shown unasked ${figures.unasked}`);
    if (!hidden) for (const m of figures.misses) console.log(`  ${m}`);
  }
}

/** Recall by level, false alarms, and red-flags sections among the results of quiet phrasings. */
async function triageFigures(items) {
  const count = { emergency: [0, 0], urgent: [0, 0, 0], none: [0, 0, 0] };
  const misses = [];
  for (const item of items) {
    const found = await search(item.text, 3);
    const level = found.triage?.level ?? 'none';
    if (item.expect === 'emergency') {
      count.emergency[0] += 1;
      if (level === 'emergency') count.emergency[1] += 1;
    } else if (item.expect === 'urgent') {
      count.urgent[0] += 1;
      if (level !== 'none') count.urgent[1] += 1;
      if (level === 'urgent') count.urgent[2] += 1;
    } else {
      count.none[0] += 1;
      if (level !== 'none') count.none[1] += 1;
      else if (found.results.some((r) => r.topic === 'red-flags')) count.none[2] += 1;
    }
    if (level !== item.expect) misses.push(`${item.expect} got ${level}: ${item.text}`);
  }
  const of = ([n, ...hits], i = 0) => `${hits[i]}/${n}${n ? ` (${pct(hits[i] / n)})` : ''}`;
  return {
    emergency: of(count.emergency),
    urgent: of(count.urgent),
    urgentExact: of(count.urgent, 1),
    falseAlarms: of(count.none),
    unasked: of(count.none, 1),
    misses,
  };
}
