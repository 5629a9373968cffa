// The shipped library: every topic loads, and none repeats the source article's wording.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTopics, MAX_GRADE } from '../src/check/rules.js';
import { loadTopics } from '../src/topics/load.js';

const CONTENT = fileURLToPath(new URL('../content', import.meta.url));
const OVERLAP = fileURLToPath(new URL('../../shared/tools/overlap.mjs', import.meta.url));

describe('shipped content', () => {
  const { topics, skipped } = loadTopics(CONTENT);

  it('loads every topic file without skipping any', () => {
    expect(skipped).toEqual([]);
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['leg-weakness', 'electrolytes', 'osteoarthritis', 'fractures', 'pain-fatigue', 'exercise']));
  });

  it.runIf(existsSync(OVERLAP))('shares no run of 8+ words with the source article', () => {
    const r = spawnSync(process.execPath, [OVERLAP, CONTENT], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^0 run\(s\)/m);
    expect(r.status).toBe(0);
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
