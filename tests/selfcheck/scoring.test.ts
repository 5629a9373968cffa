// The shipped self-checks against the published scoring, written out here independently of
// content/selfchecks.yml: CDC STEADI "Stay Independent" (12 statements; the first two score 2,
// the rest 1; at risk at 4 or more), SARC-F (5 items scored 0–2; 4 or more), and the
// five-times chair stand (more than 15 s is low strength, EWGSOP2). Every boundary is run
// through the whole CLI; every possible set of answers through the scoring itself.
import { describe, expect, it } from 'vitest';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { scoreAnswers, verdict } from '../../src/selfcheck/score.js';
import { readSelfchecksFile } from '../../src/topics/selfchecks-file.js';
import { osteo } from '../helpers/io.js';

const STEADI_POINTS = [2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
// The brochure's statements, in its order, by the words that carry each one's meaning.
const STEADI_STATEMENTS = [
  /fallen in the past year/,
  /cane or walker/,
  /unsteady when I am walking/,
  /holding onto furniture/,
  /worried about falling/,
  /push with my hands to stand up/,
  /stepping up onto a curb/,
  /rush to the toilet/,
  /lost some feeling in my feet/,
  /light-headed or more tired/,
  /sleep or improve my mood/,
  /sad or depressed/,
];
const SARC_F = ['Strength', 'Assistance in walking', 'Rise from a chair', 'Climb stairs', 'Falls'];

interface Json {
  check: string;
  answers: (string | number)[];
  score: number;
  max: number | null;
  threshold: number;
  result: string;
  advice: string;
  sources: { title: string; url: string }[];
}

async function selfcheck(args: string[]): Promise<Json> {
  // The fixture folder has no selfchecks.yml, so this also runs the shipped-file fallback.
  const r = await osteo(['selfcheck', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

/** STEADI answers with yes at the given statement numbers (1-based). */
const yesAt = (numbers: number[]): string =>
  STEADI_POINTS.map((_, i) => (numbers.includes(i + 1) ? 'y' : 'n')).join(',');

describe('falls: CDC STEADI Stay Independent', () => {
  it.each([
    ['no statement true', [], 0, 'not-at-risk'],
    ['fallen (2) and one 1-point statement: 3', [1, 3], 3, 'not-at-risk'],
    ['cane or walker (2) and one 1-point statement: 3', [2, 12], 3, 'not-at-risk'],
    ['three 1-point statements: 3', [3, 7, 12], 3, 'not-at-risk'],
    ['fallen and cane or walker, the two 2-point statements alone: 4', [1, 2], 4, 'at-risk'],
    ['fallen (2) and two 1-point statements: 4', [1, 5, 6], 4, 'at-risk'],
    ['four 1-point statements: 4', [9, 10, 11, 12], 4, 'at-risk'],
    ['every statement: 14', STEADI_POINTS.map((_, i) => i + 1), 14, 'at-risk'],
  ])('%s', async (_name, yes, score, result) => {
    const json = await selfcheck(['falls', '--answers', yesAt(yes)]);
    expect(json).toMatchObject({ check: 'falls', score, max: 14, threshold: 4, result });
    expect(json.answers).toEqual(yesAt(yes).split(','));
  });

  it('the shipped items are the 12 published statements, weighted as published', () => {
    const falls = readSelfchecksFile(SHIPPED_CONTENT)?.checks.falls;
    expect(falls?.items.map((item) => item.answers.map((a) => [a.key, a.points]))).toEqual(
      STEADI_POINTS.map((p) => [
        ['y', p],
        ['n', 0],
      ]),
    );
    expect(falls?.items).toHaveLength(STEADI_STATEMENTS.length);
    STEADI_STATEMENTS.forEach((text, i) => expect(falls?.items[i]?.text).toMatch(text));
  });

  it('every one of the 4,096 sets of answers scores the published sum, at risk from 4', () => {
    const falls = readSelfchecksFile(SHIPPED_CONTENT)?.checks.falls;
    if (!falls) throw new Error('no falls check');
    for (let set = 0; set < 2 ** 12; set += 1) {
      const yes = STEADI_POINTS.map((_, i) => (set >> i) & 1);
      const published = yes.reduce((sum, y, i) => sum + y * (STEADI_POINTS[i] ?? 0), 0);
      const score = scoreAnswers(
        falls,
        yes.map((y) => (y ? 'y' : 'n')),
      );
      expect(score).toBe(published);
      expect(verdict(score, falls.threshold, falls['at-risk-when'])).toBe(published >= 4 ? 'at-risk' : 'not-at-risk');
    }
  });
});

describe('muscle: SARC-F', () => {
  it.each([
    ['all none', '0,0,0,0,0', 0, 'not-at-risk'],
    ['3: a lot of trouble lifting, some walking', '2,1,0,0,0', 3, 'not-at-risk'],
    ['3: some trouble on three items', '0,1,1,0,1', 3, 'not-at-risk'],
    ['4: a lot of trouble lifting and on stairs', '2,0,0,2,0', 4, 'at-risk'],
    ['4: some trouble on four items', '1,1,1,1,0', 4, 'at-risk'],
    ['10: every item at its worst', '2,2,2,2,2', 10, 'at-risk'],
  ])('%s', async (_name, answers, score, result) => {
    const json = await selfcheck(['muscle', '--answers', answers]);
    expect(json).toMatchObject({ check: 'muscle', score, max: 10, threshold: 4, result });
    // SARC-F's answers are the numbers 0–2, in the published order.
    expect(json.answers).toEqual(answers.split(',').map(Number));
  });

  it("the shipped items are SARC-F's five, in order, each scored 0, 1 or 2", () => {
    const muscle = readSelfchecksFile(SHIPPED_CONTENT)?.checks.muscle;
    expect(muscle?.items.map((item) => item.name)).toEqual(SARC_F);
    for (const item of muscle?.items ?? [])
      expect(item.answers.map((a) => [a.key, a.points])).toEqual([
        ['0', 0],
        ['1', 1],
        ['2', 2],
      ]);
    expect(muscle?.items[4]?.answers.map((a) => a.label)).toEqual(['None', '1 to 3 falls', '4 or more falls']);
  });

  it('every one of the 243 sets of answers scores their sum, at risk from 4', () => {
    const muscle = readSelfchecksFile(SHIPPED_CONTENT)?.checks.muscle;
    if (!muscle) throw new Error('no muscle check');
    for (let set = 0; set < 3 ** 5; set += 1) {
      const answers = SARC_F.map((_, i) => Math.floor(set / 3 ** i) % 3);
      const sum = answers.reduce((a, b) => a + b, 0);
      const score = scoreAnswers(muscle, answers.map(String));
      expect(score).toBe(sum);
      expect(verdict(score, muscle.threshold, muscle['at-risk-when'])).toBe(sum >= 4 ? 'at-risk' : 'not-at-risk');
    }
  });
});

describe('chair-stand: five-times chair stand, EWGSOP2 cut-off', () => {
  it.each([
    ['14.9', 14.9, 'not-at-risk'],
    ['15', 15, 'not-at-risk'],
    ['15.0', 15, 'not-at-risk'],
    // To one decimal place, as the timer shows it: 15.04 s is 15.0 s.
    ['15.04', 15, 'not-at-risk'],
    ['15.1', 15.1, 'at-risk'],
    ['30', 30, 'at-risk'],
  ])('--seconds %s', async (given, score, result) => {
    const json = await selfcheck(['chair-stand', '--seconds', given]);
    expect(json).toMatchObject({ check: 'chair-stand', answers: [score], score, max: null, threshold: 15, result });
  });

  it('--answers takes the time too, as --json gives it back', async () => {
    expect(await selfcheck(['chair-stand', '--answers', '15.1'])).toMatchObject({ answers: [15.1], result: 'at-risk' });
  });
});

describe('--json', () => {
  it('has the documented keys, in order, and the advice says what to do and when not to wait', async () => {
    for (const args of [
      ['falls', '--answers', yesAt([1, 2])],
      ['muscle', '--answers', '0,0,0,0,0'],
      ['chair-stand', '--seconds', '9.5'],
    ]) {
      const json = await selfcheck(args);
      expect(Object.keys(json)).toEqual([
        'check',
        'answers',
        'score',
        'max',
        'threshold',
        'result',
        'advice',
        'sources',
      ]);
      expect(json.advice).toContain('This is a screen, not a diagnosis.');
      expect(json.advice).toContain('osteo urgent');
      expect(json.advice).toMatch(/osteo explain [a-z-]+/);
      expect(json.sources.length).toBeGreaterThan(0);
      for (const s of json.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it.each([
    ['falls', ['falls', '--answers', yesAt([1])], ['osteo explain falls', 'osteo explain exercise']],
    ['muscle', ['muscle', '--answers', '2,2,0,0,0'], ['osteo explain muscle-loss', 'osteo explain exercise']],
    ['chair-stand', ['chair-stand', '--seconds', '20'], ['osteo explain leg-weakness', 'osteo explain muscle-loss']],
  ])('%s names the topics that help', async (_name, args, topics) => {
    const { advice } = await selfcheck(args);
    for (const topic of topics) expect(advice).toContain(topic);
  });

  it('cites the published tools', async () => {
    const urls = async (args: string[]): Promise<string[]> => (await selfcheck(args)).sources.map((s) => s.url);
    expect(await urls(['falls', '--answers', yesAt([])])).toContain(
      'https://www.cdc.gov/steadi/media/pdfs/STEADI-Brochure-StayIndependent-508.pdf',
    );
    expect(await urls(['muscle', '--answers', '0,0,0,0,0'])).toContain('https://pubmed.ncbi.nlm.nih.gov/23810110/');
    expect(await urls(['chair-stand', '--seconds', '9'])).toContain(
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC6322506/',
    );
  });
});
