// The built bin in a real pseudo-terminal (util-linux `script`), driven key by key: each key is
// pressed only once the screen shows what it answers. The raw terminal is given back on every
// way out (stty shows it after osteo ends), and the timer runs on the real clock.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasScript, inTerminal, type Terminal } from '../helpers/pty.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('selfcheck-pty');
// The terminal as osteo should leave it: line editing and echo back on.
const COOKED = /(?:^|\s)icanon(?:\s|$)[\s\S]*(?:^|\s)echo(?:\s|$)/;

/** Answer the next question: wait for its prompt, then press `key`. */
async function answer(t: Terminal, key: string): Promise<void> {
  await t.waitFor(/> $/);
  t.press(key);
}

describe.runIf(hasScript)('osteo selfcheck in a terminal', () => {
  it('falls: one question at a time, b to change an answer, the score only at the end', async () => {
    const t = inTerminal(['selfcheck', 'falls']);
    await t.waitFor('1 of 12. Is this true for you?\nI have fallen in the past year.\n  [y] Yes   [n] No  > ');
    t.press('y');
    await t.waitFor(/^Yes\n\n2 of 12\./);
    await answer(t, 'b');
    await t.waitFor(
      '(back)\n\n1 of 12. Is this true for you?\nI have fallen in the past year.\n  (Your answer was: Yes)\n',
    );
    await answer(t, 'n');
    await t.waitFor(/^No\n\n2 of 12\./);
    for (const key of ['y', 'n', 'n', 'y', 'n', 'n', 'n', 'n', 'n', 'n', 'y']) await answer(t, key);
    await t.waitFor('All 12 answered.');
    expect(await t.exit).toBe(0);
    const [asked = '', result = ''] = t.screen.split('All 12 answered.');
    expect(asked).not.toMatch(/score/i);
    expect(result).toContain('Your score is 4 out of 14. The cut-off is 4 or more.');
    expect(result).toContain('You may be at risk of falling.');
    expect(result).toContain('osteo explain falls');
  });

  it.each([
    ['q', 0, 'Stopped. Nothing was scored.'],
    ['\u0004', 0, 'Stopped. Nothing was scored.'],
    ['\u0003', 130, ''],
  ])('muscle: %j after two answers ends with exit %i and gives the terminal back', async (key, code, said) => {
    const t = inTerminal(['selfcheck', 'muscle'], { after: 'stty -a' });
    await answer(t, '1');
    await t.waitFor('2 of 5. Assistance in walking');
    await answer(t, '2');
    await t.waitFor('3 of 5. Rise from a chair');
    await answer(t, key);
    expect(await t.exit).toBe(code);
    expect(t.screen).toContain(said);
    expect(t.screen).not.toContain('Your score');
    expect(t.screen).toMatch(COOKED);
  });

  it('chair-stand: safety first, Enter starts the timer, the seconds go by, Enter stops it', async () => {
    const t = inTerminal(['selfcheck', 'chair-stand'], { after: 'stty -a' });
    await t.waitFor('Safety first');
    await t.waitFor('Press Enter to start the timer.');
    t.press('\r');
    await t.waitFor('Go! Timer running.');
    // The second tick: at least 2 s have passed since the first Enter.
    await t.waitFor('2 s');
    t.press('\r');
    await t.waitFor(/Time: (\d+\.\d) seconds\./);
    expect(await t.exit).toBe(0);
    const seconds = Number(/Time: (\d+\.\d) seconds\./.exec(t.screen)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThan(10);
    expect(t.screen).toContain(`Your time is ${seconds.toFixed(1)} seconds. The cut-off is more than 15 seconds.`);
    expect(t.screen).toContain('Your time does not point to weak leg muscles.');
    expect(t.screen).toMatch(COOKED);
  }, 20_000);

  it('chair-stand: two quick presses are taken for a mistake, then q stops', async () => {
    const t = inTerminal(['selfcheck', 'chair-stand']);
    await t.waitFor('Press Enter to start the timer.');
    t.press('\r');
    await t.waitFor('Go!');
    t.press('\r');
    await t.waitFor('probably stopped by mistake');
    await t.waitFor('Press Enter to start the timer.');
    t.press('q');
    expect(await t.exit).toBe(0);
    expect(t.screen).toContain('Stopped. Nothing was scored.');
  });

  it('with stdout sent to a file, the questions stay on the screen and the file gets the JSON alone', async () => {
    const file = join(tempDir(), 'muscle.json');
    const t = inTerminal(['selfcheck', 'muscle', '--json'], { stdoutTo: file });
    for (const key of ['0', '1', '0', '2', '1']) await answer(t, key);
    expect(await t.exit).toBe(0);
    expect(t.screen).toContain('5 of 5. Falls');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      check: 'muscle',
      answers: [0, 1, 0, 2, 1],
      score: 4,
      result: 'at-risk',
    });
  });
});

describe('osteo selfcheck with stdin not a terminal', () => {
  it('is a usage error saying how to give the answers', () => {
    const bin = fileURLToPath(new URL('../../bin/osteo.js', import.meta.url));
    const r = spawnSync(process.execPath, [bin, 'selfcheck', 'falls'], { input: 'y\n', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^osteo: selfcheck falls asks its questions on a terminal; without one, give all 12 answers in order with --answers\nFor example: /,
    );
  });
});
