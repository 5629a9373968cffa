// What each ranking idea and each vocabulary source earns: the search of the installed CLI (the
// shipped snapshot, its index with the real-word list, the compiled triage and vocabulary),
// judged on every answer set with everything on, then with one part taken away at a time.
// Run by scripts/ablation.mjs (`npm run ablation`), which bundles this file with the build's
// snapshot version. Held-out sets print figures only, as in `npm run eval`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../src/library/open.js';
import { openTriage } from '../src/library/triage.js';
import { openVocabulary } from '../src/library/vocabulary.js';
import { BUILT_TRIAGE, BUILT_VOCABULARY, PLACES, SHIPPED_CONTENT } from '../src/paths.js';
import { answersJson, findAnswers } from '../src/search/answers.js';
import { ALL_IDEAS, type Ideas } from '../src/search/ideas.js';
import { buildIndex, type SearchIndex } from '../src/search/memory-index.js';
import { createTriage } from '../src/search/triage/match.js';
import type { Vocabulary } from '../src/search/vocabulary.js';
import type { SearchResponse } from '../src/results.js';

interface Figures {
  answerable: number;
  unanswerable: number;
  answer1: number;
  top1: number;
  top3: number;
  mrr: number;
  refused: number;
}
type Evaluate = (questions: unknown[], answer: (q: string) => Promise<SearchResponse>) => Promise<Figures>;

interface Variant {
  label: string;
  ideas?: Partial<Ideas>;
  vocabulary?: (v: Vocabulary) => Vocabulary;
  realWords?: false;
  /** false: the index made without the searches topics list for their sections (topics/searches.ts). */
  searches?: false;
}

const VARIANTS: Variant[] = [
  { label: 'everything (as shipped)' },
  ...(Object.keys(ALL_IDEAS) as (keyof Ideas)[]).map((idea) => ({
    label: `without idea: ${idea}`,
    ideas: { [idea]: false },
  })),
  { label: 'without vocabulary: lay words and brand names', vocabulary: (v) => ({ ...v, expand: {} }) },
  { label: 'without vocabulary: UK/US spellings', vocabulary: (v) => ({ ...v, spellings: {} }) },
  { label: 'without vocabulary: generic words', vocabulary: (v) => ({ ...v, generic: [] }) },
  { label: 'without the whole vocabulary', vocabulary: () => ({ expand: {}, spellings: {}, generic: [], words: [] }) },
  { label: 'without the real-word list (typo gate)', realWords: false },
  { label: "without the sections' listed searches", searches: false },
];

export async function ablate(root: string, evaluateAnswers: Evaluate, only?: string): Promise<void> {
  const library = await openLibrary(SHIPPED_CONTENT, { search: true }, PLACES);
  if (library.from !== 'snapshot' || !library.index) throw new Error('ablation: run `npm run build` first');
  const index = await library.index();
  const triage = createTriage(
    await openTriage(SHIPPED_CONTENT, SHIPPED_CONTENT, BUILT_TRIAGE),
    new Set(index.words.keys()),
  );
  const vocabulary = await openVocabulary(SHIPPED_CONTENT, SHIPPED_CONTENT, BUILT_VOCABULARY);
  const folder = join(root, 'tests/relevance');
  const sets: [string, string][] = [
    ...readdirSync(folder)
      .filter((f) => /^questions-dev.*\.json$/.test(f))
      .map((f): [string, string] => [f.replace(/\.json$/, ''), join(folder, f)]),
    ...readdirSync(join(folder, 'holdout'))
      .filter((f) => f.endsWith('.json'))
      .map((f): [string, string] => [`held out ${f.replace(/\.json$/, '')}`, join(folder, 'holdout', f)]),
  ];
  const pct = (x: number): string => (x * 100).toFixed(1);
  console.log(
    `| variant | ${sets.map(([name]) => `${name}: answer@1 / top-1 / top-3 / said not covered`).join(' | ')} |`,
  );
  console.log(`| --- | ${sets.map(() => '---').join(' | ')} |`);
  for (const variant of VARIANTS.filter((v) => !only || v.label.includes(only))) {
    const ideas = { ...ALL_IDEAS, ...variant.ideas };
    const used: SearchIndex =
      variant.realWords === false
        ? { ...index, realWords: undefined }
        : variant.searches === false
          ? { ...buildIndex(library.topics.map((t) => ({ ...t, searches: undefined }))), realWords: index.realWords }
          : index;
    const words = variant.vocabulary ? variant.vocabulary(vocabulary) : vocabulary;
    const answer = async (q: string): Promise<SearchResponse> =>
      answersJson(await findAnswers(library.topics, q, { limit: 10, index: used, triage, vocabulary: words, ideas }));
    const cells: string[] = [];
    for (const [, path] of sets) {
      const f = await evaluateAnswers(JSON.parse(readFileSync(path, 'utf8')) as unknown[], answer);
      cells.push(`${pct(f.answer1)} / ${pct(f.top1)} / ${pct(f.top3)} / ${pct(f.refused)}`);
    }
    console.log(`| ${variant.label} | ${cells.join(' | ')} |`);
  }
  library.close?.();
}
