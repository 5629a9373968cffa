// The interactive self-checks in-process, driven by scripted keys that carry their own times:
// one question at a time, b and q, Ctrl-C and Ctrl-D, no score until the end, and the chair
// stand's timer measured exactly between two Enter presses.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitKeys } from '../../src/io/keys.js';
import { createTheme } from '../../src/render/theme.js';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { timeChairStand } from '../../src/selfcheck/session.js';
import { readSelfchecksFile } from '../../src/topics/selfchecks-file.js';
import { osteoAt, scriptedKeys } from '../helpers/keys.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('selfcheck-session');

const twelve = (key: string): string[] => Array.from({ length: 12 }, () => key);

describe('a questionnaire, one key per answer', () => {
  it('asks each item in order, shows each answer in words, and shows the score only at the end', async () => {
    const keys = scriptedKeys(['y', 'y', ...twelve('n').slice(2)]);
    const r = await osteoAt(['selfcheck', 'falls'], keys);
    expect(r.code).toBe(0);
    expect(keys.closed).toBe(true);
    const [asked = '', result = ''] = r.stdout.split('All 12 answered.');
    for (let n = 1; n <= 12; n += 1) expect(asked).toContain(`${n} of 12. Is this true for you?`);
    expect(asked).toContain('I have fallen in the past year.\n  [y] Yes   [n] No  > Yes\n');
    expect(asked).toContain('I often feel sad or depressed.\n  [y] Yes   [n] No  > No\n');
    expect(asked).not.toMatch(/score|points|\b14\b/i);
    expect(result).toContain('Your score is 4 out of 14. The cut-off is 4 or more.');
    expect(result).toContain('You may be at risk of falling.');
    // The person has just seen the answers: the result does not list them again, but says how to keep them.
    expect(result).not.toContain('Your answers');
    expect(result).toMatch(
      /own symptoms\.\n\nTo save a check for your doctor, run: osteo selfcheck falls -o falls-check\.md\n$/,
    );
  });

  it('b goes back to the item before, shows the answer given, and a new key changes it', async () => {
    const keys = scriptedKeys(['y', 'b', 'n', ...twelve('n').slice(1), 'y']);
    const r = await osteoAt(['selfcheck', 'falls', '--json'], keys, { stdoutTTY: false });
    expect(r.stderr).toContain(
      '2 of 12. Is this true for you?\nI use or have been advised to use a cane or walker to get around safely.\n  [y] Yes   [n] No  > (back)\n\n1 of 12. Is this true for you?\nI have fallen in the past year.\n  (Your answer was: Yes)\n  [y] Yes   [n] No  > No\n',
    );
    // The key pressed after the last answer is never read: the questions are over.
    expect(keys.read).toBe(14);
    expect(JSON.parse(r.stdout)).toMatchObject({ answers: twelve('n'), score: 0, result: 'not-at-risk' });
  });

  it('b on the first item says so and waits; other keys get a hint; Enter and arrows are passed over', async () => {
    const keys = scriptedKeys(['b', 'enter', 'escape-sequence', '7', '2', ...['0', '0', '0', '0']]);
    const r = await osteoAt(['selfcheck', 'muscle'], keys);
    expect(r.stdout).toContain(
      '  [2] A lot or unable\n  > \n  This is the first question.\n  > \n  Press 0, 1 or 2, or b to go back, or q to stop.\n  > A lot or unable\n',
    );
    expect(r.stdout).toContain('  [0] None\n  [1] Some\n  [2] A lot, use aids, or unable\n  > None');
    expect(r.stdout).toContain('Your score is 2 out of 10.');
    expect(r.stdout.split('\n').filter((l) => l.length > 80 && !l.includes('https://'))).toEqual([]);
  });

  it('shows the options on one line when all fit with the answer after them', async () => {
    const r = await osteoAt(['--width', '90', 'selfcheck', 'muscle'], scriptedKeys(['1', '2', '2', '1', '1']));
    expect(r.stdout).toContain(
      '  [0] None   [1] Some   [2] A lot or unable without help  > A lot or unable without help\n',
    );
    expect(r.stdout.split('\n').filter((l) => l.length > 90 && !l.includes('https://'))).toEqual([]);
  });

  it('shows each option on its own line, for every item, when one line would not fit', async () => {
    const r = await osteoAt(['--width', '30', 'selfcheck', 'muscle'], scriptedKeys(['1', '1', '1', '1', '1']));
    expect(r.stdout).toContain('  [0] None\n  [1] 1 to 3 falls\n  [2] 4 or more falls\n  > 1 to 3 falls\n');
    // Only a web address, which cannot be broken, runs past the width.
    expect(r.stdout.split('\n').filter((l) => l.length > 30 && !l.includes('https://'))).toEqual([]);
  });

  it.each([
    ['q', 0],
    ['Q', 0],
    ['ctrl-d', 0],
    ['end', 0],
    ['ctrl-c', 130],
  ])('%s stops: exit %i, nothing scored, the keyboard given back', async (key, code) => {
    const keys = scriptedKeys(['1', '2', key, '0', '0', '0']);
    const r = await osteoAt(['selfcheck', 'muscle', '--json'], keys);
    expect(r.code).toBe(code);
    expect(keys.closed).toBe(true);
    expect(r.stdout).not.toContain('"score"');
    expect(r.stdout).not.toContain('Your score');
    if (code === 0) expect(r.stdout).toMatch(/Stopped\. Nothing was scored\.\n$/);
  });

  it('with stdout redirected, the questions go to stderr and stdout holds only the result', async () => {
    const r = await osteoAt(['selfcheck', 'muscle', '--format', 'md'], scriptedKeys(['0', '0', '0', '0', '0']), {
      stdoutTTY: false,
    });
    expect(r.stderr).toContain('1 of 5. Strength');
    expect(r.stdout).toMatch(/^# Muscle check: your result\n/);
  });

  it('-o: a file that appears while the questions are asked is not replaced', async () => {
    const file = join(tempDir(), 'result.md');
    const keys = scriptedKeys(['0', '0', '0', '0', '0']);
    const next = keys.next.bind(keys);
    keys.next = () => {
      if (keys.read === 2) writeFileSync(file, 'theirs');
      return next();
    };
    const r = await osteoAt(['selfcheck', 'muscle', '-o', file], keys);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`osteo: ${file} already exists; add --force to replace it\n`);
    expect(readFileSync(file, 'utf8')).toBe('theirs');
  });

  it('-o on a file that exists is refused before the first question', async () => {
    const keys = scriptedKeys(['0']);
    const r = await osteoAt(['selfcheck', 'muscle', '-o', `${SHIPPED_CONTENT}/selfchecks.yml`], keys);
    expect(r.code).toBe(2);
    expect(r.opened).toBe(0);
    expect(r.stderr).toMatch(/already exists; add --force to replace it\n$/);
  });
});

describe('the chair stand timer', () => {
  const run = (keys: (string | [string, number])[]) =>
    osteoAt(['selfcheck', 'chair-stand', '--json'], scriptedKeys(keys), { stdoutTTY: false });

  it('shows the safety steps first, then times from one Enter to the next', async () => {
    const r = await run([
      ['enter', 1000],
      ['enter', 13_450],
    ]);
    expect(r.code).toBe(0);
    const safety = r.stderr.indexOf('Safety first');
    expect(safety).toBeGreaterThan(0);
    expect(safety).toBeLessThan(r.stderr.indexOf('Press Enter to start the timer.'));
    for (const step of [
      'against a wall',
      'Cross your arms',
      'Have someone with you',
      'Stop at once if you feel dizzy',
      'pain',
    ])
      expect(r.stderr).toContain(step);
    expect(r.stderr).toContain('Time: 12.5 seconds.');
    expect(JSON.parse(r.stdout)).toMatchObject({ answers: [12.5], score: 12.5, result: 'not-at-risk' });
  });

  it.each([
    [16_000, 15, 'not-at-risk'],
    [16_049, 15, 'not-at-risk'],
    [16_050, 15.1, 'at-risk'],
    [16_100, 15.1, 'at-risk'],
  ])('Enter at 1 s and at %i ms: %d s, %s', async (stop, seconds, result) => {
    const r = await run([
      ['enter', 1000],
      ['enter', stop],
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: seconds, result });
  });

  it('a double press (under 2 s) is not a result: it says so and starts again', async () => {
    const r = await run([
      ['enter', 0],
      ['enter', 1_999],
      ['enter', 5_000],
      ['enter', 17_000],
    ]);
    expect(r.stderr).toContain('That was under 2 seconds, so the timer was probably stopped by mistake.');
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 12 });
  });

  it('b clears a running timer; other keys get a hint', async () => {
    const r = await run([
      ['x', 0],
      ['enter', 100],
      ['b', 3_000],
      ['enter', 10_000],
      ['x', 11_000],
      ['enter', 30_000],
    ]);
    expect(r.stderr).toContain('Press Enter to start the timer, or q to stop.\n');
    expect(r.stderr).toContain('Timer cleared.');
    expect(r.stderr).toContain('Press Enter to stop the timer, b to start again, or q to stop.');
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 20, result: 'at-risk' });
  });

  it.each([
    ['before the start', [['q', 0]], 0],
    [
      'while running',
      [
        ['enter', 0],
        ['ctrl-d', 4_000],
      ],
      0,
    ],
    [
      'Ctrl-C while running',
      [
        ['enter', 0],
        ['ctrl-c', 4_000],
      ],
      130,
    ],
  ] as const)('stopping %s: exit %i, no result', async (_when, keys, code) => {
    const r = await run(keys.map(([k, t]) => [k, t]));
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
  });

  it('shows the seconds going by, by the clock the keys are timed with', async () => {
    const file = readSelfchecksFile(SHIPPED_CONTENT);
    if (!file) throw new Error('no shipped selfchecks.yml');
    let now = 0;
    const ticks: (() => void)[] = [];
    let written = '';
    const keys = scriptedKeys([['enter', 500]]);
    const clock = {
      now: () => now,
      every: (_ms: number, tick: () => void) => (ticks.push(tick), () => ticks.splice(0)),
    };
    const screen = {
      write: (t: string) => (written += t),
      width: 80,
      theme: createTheme({ plain: false, chalk: null }),
    };
    const next = keys.next.bind(keys);
    let pressed = 0;
    // The second Enter comes only after the ticks have been seen, at 3.7 s after the first.
    keys.next = async () => {
      pressed += 1;
      if (pressed === 2) {
        for (const at of [1_600, 2_600, 3_500]) {
          now = at;
          for (const tick of ticks) tick();
        }
        return { name: 'enter', at: 4_200 };
      }
      return next();
    };
    const outcome = await timeChairStand(file.checks['chair-stand'], keys, screen, clock);
    expect(outcome).toEqual({ end: 'done', value: 3.7 });
    expect(written).toContain('(b: start again)\n\r  1 s\r  2 s\r  3 s\nTime: 3.7 seconds.');
    expect(ticks).toEqual([]);
  });
});

describe('keys from a raw terminal', () => {
  it.each([
    ['yn', ['y', 'n']],
    ['\r', ['enter']],
    ['\r\n', ['enter']],
    ['\n', ['enter']],
    ['\u0003', ['ctrl-c']],
    ['\u0004', ['ctrl-d']],
    ['\u007F', ['backspace']],
    ['\u001B', ['escape']],
    ['\u001B[A2', ['escape-sequence', '2']],
    ['\u001BOP', ['escape-sequence']],
    ['é😀', ['é', '😀']],
  ])('%j', (chunk, keys) => {
    expect(splitKeys(chunk)).toEqual(keys);
  });
});
