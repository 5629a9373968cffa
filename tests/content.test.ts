// The shipped library: every topic loads, and none repeats the source article's wording.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTopics, MAX_GRADE } from '../src/check/rules.js';
import { loadTopics } from '../src/topics/load.js';
// Shared with scripts/seed-runs.mjs, which writes the hashes.
import { runHashes } from '../scripts/seed-words.mjs';

const CONTENT = fileURLToPath(new URL('../content', import.meta.url));
const OVERLAP = fileURLToPath(new URL('../../shared/tools/overlap.mjs', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../../shared/seed/article.txt', import.meta.url));
// The seed article's 8-word runs, hashed (scripts/seed-runs.mjs): the check runs on a clean clone.
const SEED_RUNS = fileURLToPath(new URL('fixtures/seed-runs.txt', import.meta.url));
const seedRuns = (): Set<string> =>
  new Set(
    readFileSync(SEED_RUNS, 'utf8')
      .split('\n')
      .filter((l) => /^[0-9a-f]{16}$/.test(l)),
  );
const hashesOf = (text: string): Set<string> => runHashes(text) as Set<string>;

describe('shipped content', () => {
  const { topics, skipped } = loadTopics(CONTENT);

  it('loads every topic file without skipping any', () => {
    expect(skipped).toEqual([]);
    expect(topics.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'leg-weakness',
        'electrolytes',
        'osteoarthritis',
        'fractures',
        'pain-fatigue',
        'exercise',
      ]),
    );
  });

  it('shares no run of 8 words with the source article (hashed runs, no ../shared needed)', () => {
    const seed = seedRuns();
    expect(seed.size).toBeGreaterThan(600);
    for (const file of readdirSync(CONTENT).filter((f) => f.endsWith('.md'))) {
      const shared = [...hashesOf(readFileSync(join(CONTENT, file), 'utf8'))].filter((h) => seed.has(h));
      expect(shared, file).toEqual([]);
    }
  });

  it.runIf(existsSync(ARTICLE))('the hashed runs are those of the article in ../shared', () => {
    expect([...hashesOf(readFileSync(ARTICLE, 'utf8'))].sort()).toEqual([...seedRuns()].sort());
  });

  it.runIf(existsSync(OVERLAP))(
    'shares no run of 8+ words with the source article (../shared/tools/overlap.mjs)',
    () => {
      const r = spawnSync(process.execPath, [OVERLAP, CONTENT], { encoding: 'utf8' });
      expect(r.stdout).toMatch(/^0 run\(s\)/m);
      expect(r.status).toBe(0);
    },
  );
});

describe('osteo check on the shipped content', () => {
  it('finds no errors, and every topic reads at grade 8 or lower', () => {
    const { topics, skipped } = loadTopics(CONTENT);
    const report = checkTopics(topics, skipped, new Date());
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
    for (const topic of report.topics) expect(topic.grade, topic.id).toBeLessThanOrEqual(MAX_GRADE);
  });
});
