// Results identical with the index, with the cache and without either (issue 16): for a
// generated folder of 1,000 topics (with the text that takes the scanner's slow paths), every
// way osteo holds an index gives what buildIndex() makes in memory, fact for fact (so this holds
// whatever ranking does with the facts), and the CLI answers as findAnswers does in memory.
// The shipped topics get the same comparison in snapshot.test.ts.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary, vocabulary } from '../../scripts/library.mjs';
import { openFolderIndex } from '../../src/library/folder-index.js';
import { openLibrary } from '../../src/library/open.js';
import { BUILT_TRIAGE, BUILT_VOCABULARY, PLACES } from '../../src/paths.js';
import { openTriage } from '../../src/library/triage.js';
import { openVocabulary } from '../../src/library/vocabulary.js';
import { answersJson, findAnswers } from '../../src/search/answers.js';
import { createTriage } from '../../src/search/triage/match.js';
import type { SearchResponse } from '../../src/results.js';
import { scanFolder } from '../../src/library/scan.js';
import { buildIndex, type BuiltIndex } from '../../src/search/memory-index.js';
import { NotScanned, partialIndex, queryPatterns } from '../../src/search/partial.js';
import { coversTerm } from '../../src/search/select-words.js';
import { indexView } from '../../src/search/view.js';
import { loadTopics } from '../../src/topics/load.js';
import type { Topic } from '../../src/topics/types.js';
import { osteo } from '../helpers/io.js';
import { runBin } from '../helpers/run.js';
import { expectSameIndex } from '../helpers/same-index.js';
import { useTempDirs } from '../helpers/temp.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const temp = useTempDirs('equal');
let plain: string;
let indexed: string;
let topics: Topic[];
let built: BuiltIndex;

/** What the CLI answers, found in memory: buildIndex's index, the folder's rules, its words known to triage. */
async function inMemory(query: string): Promise<SearchResponse> {
  const triage = createTriage(await openTriage(plain, CONTENT, BUILT_TRIAGE), new Set(built.words.keys()));
  const vocabulary = await openVocabulary(plain, CONTENT, BUILT_VOCABULARY);
  return answersJson(await findAnswers(topics, query, { limit: 5, index: built, triage, vocabulary, region: null }));
}

beforeAll(async () => {
  const root = temp();
  plain = join(root, 'plain');
  indexed = join(root, 'indexed');
  mkdirSync(plain);
  generateLibrary(plain, 1000, vocabulary(CONTENT), { varied: true });
  // The shipped topics too, so that triage and real prose are in it.
  cpSync(CONTENT, plain, { recursive: true });
  cpSync(plain, indexed, { recursive: true });
  expect((await osteo(['index', indexed], { contentDir: null })).code).toBe(0);
  topics = loadTopics(plain).topics;
  expect(topics.length).toBeGreaterThan(900);
  built = buildIndex(topics);
});

describe('a folder of 1,000 topics', () => {
  it('scanned as search reads it: the facts buildIndex makes', async () => {
    const scanned = await scanFolder(plain);
    expectSameIndex(indexView(scanned.data, scanned.topics), topics, built);
  });

  it("read for one query's words: for every term those words cover, the facts buildIndex makes", async () => {
    const patterns = await queryPatterns(
      'weak legs after a fall',
      await openVocabulary(plain, CONTENT, BUILT_VOCABULARY),
    );
    const scanned = await scanFolder(plain, false, undefined, () => Promise.resolve(patterns));
    expect(scanned.patterns).toEqual(patterns);
    const index = partialIndex(indexView(scanned.data, scanned.topics), patterns);
    const covered = [...built.postings.keys()].filter((term) => coversTerm(patterns, term));
    expect(covered).toEqual(expect.arrayContaining(['weak', 'leg', 'fall']));
    for (const term of covered) {
      const mine = JSON.stringify([...(index.postings.get(term) ?? [])]);
      expect(mine, term).toBe(JSON.stringify([...(built.postings.get(term) ?? [])]));
    }
    // Any other term, or the word list, is refused: the search is then made on a full read.
    const other = [...built.postings.keys()].find((term) => !coversTerm(patterns, term)) ?? '';
    expect(() => index.postings.has(other)).toThrow(NotScanned);
    expect(() => index.words).toThrow(NotScanned);
    expect(index.hasWord?.('legs')).toBe(true);
    expect(index.hasWord?.('legz')).toBe(false);
  });

  it('answers 40 development questions as a full read does, each read for its own words (or refuses)', async () => {
    const vocabulary = await openVocabulary(plain, CONTENT, BUILT_VOCABULARY);
    const questions = (
      JSON.parse(readFileSync(new URL('../relevance/questions-dev.json', import.meta.url), 'utf8')) as { q: string }[]
    )
      .slice(0, 40)
      .map((item) => item.q);
    let refused = 0;
    for (const query of questions) {
      const patterns = await queryPatterns(query, vocabulary);
      const scanned = await scanFolder(plain, false, undefined, () => Promise.resolve(patterns));
      const index = partialIndex(indexView(scanned.data, scanned.topics), patterns);
      try {
        const triage = createTriage(await openTriage(plain, CONTENT, BUILT_TRIAGE), {
          has: (word) => index.hasWord?.(word) ?? false,
        });
        const found = await findAnswers(scanned.topics, query, { limit: 5, index, triage, vocabulary, region: null });
        const expected = await inMemory(query);
        const got = answersJson(found);
        const places = (r: SearchResponse): unknown => [r.triage, r.results.map((x) => [x.topic, x.section, x.score])];
        expect(places(got), query).toEqual(places(expected));
      } catch (error) {
        if (!(error instanceof NotScanned)) throw error;
        refused++;
      }
    }
    // Most questions need nothing else; a short word the folder lacks needs the word list.
    expect(refused).toBeLessThan(questions.length / 10);
  }, 120_000);

  it('from its index file: the same facts', async () => {
    const library = openFolderIndex(indexed, indexed);
    if (typeof library !== 'object' || library === null) throw new Error(`no index: ${String(library)}`);
    expectSameIndex(await library.index?.(), topics, built);
    library.close?.();
  });

  it('from the cache a first search leaves: the same facts, and the same answers', async () => {
    const home = temp();
    const env = { XDG_CACHE_HOME: home };
    await osteo(['search', 'weak legs'], { contentDir: plain, env });
    const library = await openLibrary(
      plain,
      { indexed: true, search: true },
      { ...PLACES, cache: join(home, 'osteo') },
    );
    expect(library.from).toBe('cache');
    expectSameIndex(await library.index?.(), topics, built);
    library.close?.();
    for (const query of ['weak legs', 'osteoperosis medicne', 'fell and cant get up']) {
      const r = await osteo(['search', query, '--json', '--limit', '5'], { contentDir: plain, env });
      expect(JSON.parse(r.stdout)).toEqual(await inMemory(query));
    }
  });

  it.each([
    'weak legs',
    'thigh pain on alendronate',
    'fell and cant get up',
    'osteoperosis medicne',
    "bone's café 2.5",
    'fibre ösophagus',
    'zebra xylophone',
    'help',
    // Decided by a part heading (### If you forget…), which a folder's topics hold only in the index.
    'missed a dose of actonel',
  ])('%j: the CLI, with and without the index, answers as findAnswers does in memory (--json)', async (query) => {
    const expected = await inMemory(query);
    for (const contentDir of [plain, indexed]) {
      const r = await osteo(['search', query, '--json', '--limit', '5'], { contentDir });
      expect(JSON.parse(r.stdout)).toEqual(expected);
      expect(r.code).toBe(expected.results.length > 0 ? 0 : 1);
      // A read for the query's words that proves too narrow is made again in full, quietly: the
      // files that do not load are named once, as for any other question.
      expect(r.stderr).toBe((await osteo(['search', 'weak legs', '--json'], { contentDir })).stderr);
    }
  });

  it('read on two threads (the built CLI, OSTEO_THREADS=2): the same index file, and the same answers', async () => {
    const threaded = join(temp(), 'threaded');
    cpSync(plain, threaded, { recursive: true });
    const env = { OSTEO_THREADS: '2' };
    expect(runBin(['index', threaded], { env }).code).toBe(0);
    const library = openFolderIndex(threaded, threaded);
    if (typeof library !== 'object' || library === null) throw new Error(`no index: ${String(library)}`);
    expectSameIndex(await library.index?.(), topics, built);
    library.close?.();
    for (const query of ['weak legs', "bone's café 2.5", 'osteoperosis medicne']) {
      const r = runBin(['--content-dir', plain, 'search', query, '--json', '--limit', '5'], { env });
      expect(JSON.parse(r.stdout)).toEqual(await inMemory(query));
    }
  });

  it('reading 1,000+ files with the cache off, suggests osteo index; with the cache on, not', async () => {
    // At least 1,000 topics that load (some generated ones do not).
    const big = join(temp(), 'big');
    cpSync(plain, big, { recursive: true });
    for (let i = 0; i < 1000 - topics.length; i++)
      writeFileSync(join(big, `extra-${i}.md`), `---\nid: extra-${i}\ntitle: Extra ${i}\n---\nLegs.\n`);
    const off = await osteo(['search', 'weak legs'], { contentDir: big });
    // After the warnings for the generated files that do not load.
    expect(off.stderr).toMatch(
      /\nosteo: tip: run 'osteo index .+' once to make search fast on a library this size\.\n$/,
    );
    const on = await osteo(['search', 'weak legs'], { contentDir: big, env: { XDG_CACHE_HOME: temp() } });
    expect(on.stderr).toBe(off.stderr.replace(/osteo: tip: .+\n$/, ''));
  });

  it('prints the same text with and without the index', async () => {
    for (const query of ['weak legs', "bone's café 2.5"]) {
      const text = await osteo(['search', query], { contentDir: indexed });
      expect(text.stdout).toBe((await osteo(['search', query], { contentDir: plain })).stdout);
    }
  });
});
