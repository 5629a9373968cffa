// `osteo ask` in-process, with lines typed from a script: the conversation as a person sees it.
// tests/ask.test.ts runs it for real, in a pseudo-terminal and in tmux.
import { describe, expect, it } from 'vitest';
import { PROMPT } from '../../src/commands/ask.js';
import { CTRL_C, osteo } from '../helpers/io.js';

const shipped = { contentDir: null, columns: 80 };

describe('osteo ask', () => {
  it('answers a question through search, then opens an answer by its number, then leaves on q', async () => {
    const r = await osteo(['ask'], { ...shipped, input: ['why are my legs tired', '2', 'q'] });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [intro = '', first = '', second = ''] = r.stdout.split(PROMPT);
    expect(intro).toMatch(/^Ask about osteoporosis, or about weak or tired legs, in your own words/);
    const search = await osteo(['search', 'why are my legs tired'], shipped);
    expect(first).toBe(`why are my legs tired\n${search.stdout}\n`);
    const [, label = ''] = /\n2\. (.+?) {2}osteo explain/.exec(search.stdout) ?? [];
    expect(second).toMatch(new RegExp(`^2\\n[^\\n]* › ${label}\\n`));
    expect(second).toMatch(/\nSources\n\d+\. /);
    expect(r.stdout.endsWith(`${PROMPT}q\n`)).toBe(true);
  });

  it('opens the answer shown in full as 1', async () => {
    const r = await osteo(['ask'], { ...shipped, input: ['yoga', '1'] });
    expect(r.stdout.split(PROMPT)[2]).toMatch(/^1\nExercise for your bones › Is yoga or Pilates safe\?/);
  });

  it('shows the emergency banner first, as search does', async () => {
    const r = await osteo(['ask'], { ...shipped, input: ['my dad fell and cant get up'] });
    expect(r.stdout.split(PROMPT)[1]).toMatch(/^my dad fell and cant get up\n╭─ Emergency ─+\n│ Call 999/);
  });

  it('says which numbers there are when there is no such answer, and keeps going', async () => {
    const r = await osteo(['ask'], { ...shipped, input: ['7', 'weak legs', '9', 'q'] });
    const turns = r.stdout.split(PROMPT);
    expect(turns[1]).toBe(
      '7\nThere is no answer 7 here. Ask a question first; then type a number from the\nlist under its answer.\n\n',
    );
    expect(turns[3]).toBe(
      '9\nThere is no answer 9 here. Type a number from 1 to 4, a new question, or q to\nleave.\n\n',
    );
    expect(r.code).toBe(0);
  });

  it('a question with no match says so and keeps going', async () => {
    const r = await osteo(['ask'], { ...shipped, input: ['zebra xylophone', 'q'] });
    expect(r.stdout.split(PROMPT)[1]).toMatch(/^zebra xylophone\nosteo has nothing on 'zebra', 'xylophone'/);
    expect(r.code).toBe(0);
  });

  it('Ctrl-D leaves with 0, Ctrl-C with 130, each on a fresh line', async () => {
    const d = await osteo(['ask'], { ...shipped, input: ['   '] });
    expect(d.code).toBe(0);
    expect(d.stdout.endsWith(`${PROMPT}   \n${PROMPT}\n`)).toBe(true);
    const c = await osteo(['ask'], { ...shipped, input: [CTRL_C] });
    expect(c.code).toBe(130);
    expect(c.stdout.endsWith(`${PROMPT}^C\n`)).toBe(true);
  });

  it('not a terminal: a usage error saying ask needs one', async () => {
    const r = await osteo(['ask'], shipped);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "osteo: ask needs a terminal to read your questions from; for one question, use: osteo search <words>\nRun 'osteo --help' for usage.\n",
    );
  });
});
