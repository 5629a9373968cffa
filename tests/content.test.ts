// The shipped library: every topic loads, and none repeats the source article's wording.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashRun, RUN_LENGTH, runs } from '../scripts/seed-runs.mjs';
import { checkTopics, MAX_GRADE } from '../src/check/rules.js';
import { loadTopics } from '../src/topics/load.js';

const CONTENT = fileURLToPath(new URL('../content', import.meta.url));
// The article's 8-word runs, hashed (scripts/seed-runs.mjs): the test needs no copy of the article.
const SEED = JSON.parse(readFileSync(new URL('fixtures/seed-runs.json', import.meta.url), 'utf8')) as { runLength: number; hashes: string[] };

describe('shipped content', () => {
  const { topics, skipped } = loadTopics(CONTENT);

  it('loads every topic file without skipping any', () => {
    expect(skipped).toEqual([]);
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['leg-weakness', 'electrolytes', 'osteoarthritis', 'fractures', 'pain-fatigue', 'exercise']));
  });

  it('shares no run of 8+ words with the source article', () => {
    const article = new Set(SEED.hashes);
    const shared = readdirSync(CONTENT)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => runs(readFileSync(join(CONTENT, f), 'utf8')).filter((run) => article.has(hashRun(run))).map((run) => `${f}: "${run}"`));
    expect(shared).toEqual([]);
  });

  it('compares runs as the article’s were hashed', () => {
    expect(SEED.runLength).toBe(RUN_LENGTH);
    expect(SEED.hashes.length).toBeGreaterThan(500);
    // Case, apostrophes and punctuation do not hide a run.
    const sentence = 'One two three four five six seven eight nine.';
    expect(runs(sentence)).toEqual(['one two three four five six seven eight', 'two three four five six seven eight nine']);
    expect(runs("ONE, two: three – four's five six seven eight")).toEqual(['one two three fours five six seven eight']);
  });
});

describe('osteo check on the shipped content', () => {
  it('finds no errors, and every topic reads at grade 8 or lower', () => {
    const { topics, skipped } = loadTopics(CONTENT);
    const report = checkTopics(topics, skipped, new Date());
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
    for (const topic of report.topics) expect(topic.grade, topic.id).toBeLessThanOrEqual(MAX_GRADE);
  });
});
