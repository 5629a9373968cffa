// The interactive self-checks on a terminal: one question at a time, answered by one key, with
// b to go back and q to stop; and the guided chair stand with its Enter-to-Enter timer. The
// score is not shown along the way, so earlier answers do not steer later ones. Keys (and the
// time each arrived) come in as a parameter, so tests drive a session key by key with exact times.
import type { Key, Keys } from '../io/keys.js';
import type { Theme } from '../render/theme.js';
import wrapAnsi, { wrapWithLead } from '../render/wrap.js';
import type { Questionnaire, TimedCheck } from '../topics/selfchecks-schema.js';
import { either, tenths } from './score.js';

export interface Screen {
  write(text: string): void;
  width: number;
  theme: Theme;
}

/** How a session ended: answered, stopped (q, Ctrl-D, input ended) or interrupted (Ctrl-C). */
export type Outcome<T> = { end: 'done'; value: T } | { end: 'stopped' } | { end: 'interrupted' };

/** A chair-stand time under this is a double press of Enter, not five stands. */
export const MIN_SECONDS = 2;

const STOP_KEYS = new Set(['q', 'ctrl-d', 'end']);
// Keys pressed out of habit (Enter after a letter) or by accident (arrows) are passed over quietly.
const IGNORED = new Set(['enter', 'escape', 'escape-sequence']);

/** What a key means to a session: stop, interrupt, back (b), or the key itself (lower case). */
function classify(key: Key): string {
  const name = key.name.length === 1 ? key.name.toLowerCase() : key.name;
  if (STOP_KEYS.has(name)) return 'stop';
  if (name === 'ctrl-c') return 'interrupt';
  if (name === 'b' || name === 'backspace') return 'back';
  return name;
}

function ended<T>(how: 'stop' | 'interrupt', screen: Screen): Outcome<T> {
  screen.write(how === 'stop' ? '\nStopped. Nothing was scored.\n' : '\n');
  return { end: how === 'stop' ? 'stopped' : 'interrupted' };
}

/** The opening lines of a check: its name, the tool, what it is, and how to answer. */
function opening(title: string, tool: string, lines: string[], screen: Screen): void {
  const { theme, width } = screen;
  const para = (text: string): string => wrapAnsi(text, width, { trim: true });
  screen.write(`${theme.title(para(title))}\n${theme.em(para(tool))}\n\n${lines.map(para).join('\n\n')}\n\n`);
}

export async function askQuestionnaire(check: Questionnaire, keys: Keys, screen: Screen): Promise<Outcome<string[]>> {
  const { theme, width } = screen;
  const total = check.items.length;
  const allowed = check.items[0]?.answers.map((a) => a.key) ?? [];
  const optionsOf = (item: Questionnaire['items'][number]): string[] =>
    item.answers.map((a) => `[${a.key}] ${a.label}`);
  // The options on one line when every item's fit, with the longest answer echoed after them;
  // else one option a line for every item, so the layout does not change from one item to the next.
  const inline = check.items.every(
    (item) =>
      `  ${optionsOf(item).join('   ')}  > `.length + Math.max(...item.answers.map((a) => a.label.length)) <= width,
  );
  opening(
    check.title,
    check.tool,
    [
      check.intro,
      `Answer each one with a key: ${either(allowed)}. Press b to go back and change an answer, or q to stop. This is a screen, not a diagnosis.`,
    ],
    screen,
  );
  const answers: string[] = [];
  let i = 0;
  while (i < total) {
    const item = check.items[i];
    if (!item) break;
    const header = `${i + 1} of ${total}. ${item.name ?? check.ask}`;
    screen.write(`${theme.strong(wrapAnsi(header, width))}\n${wrapAnsi(item.text, width, { trim: true })}\n`);
    const before = item.answers.find((a) => a.key === answers[i]);
    if (before) screen.write(`  (Your answer was: ${before.label})\n`);
    const options = optionsOf(item);
    screen.write(
      inline ? `  ${options.join('   ')}  > ` : `${options.map((o) => wrapWithLead(o, width, '  ')).join('\n')}\n  > `,
    );
    for (;;) {
      const key = classify(await keys.next());
      if (key === 'stop' || key === 'interrupt') return ended(key, screen);
      if (key === 'back') {
        screen.write(i === 0 ? '\n  This is the first question.\n  > ' : '(back)\n\n');
        if (i === 0) continue;
        i -= 1;
        break;
      }
      const chosen = item.answers.find((a) => a.key === key);
      if (chosen) {
        screen.write(`${theme.strong(chosen.label)}\n\n`);
        answers[i] = chosen.key;
        i += 1;
        break;
      }
      if (!IGNORED.has(key))
        screen.write(`\n  Press ${either(item.answers.map((a) => a.key))}, or b to go back, or q to stop.\n  > `);
    }
  }
  screen.write(`All ${total} answered.\n\n`);
  return { end: 'done', value: answers };
}

/** The clock of the keys' times (performance.now()), and a ticker, to show the seconds going by. */
export interface Clock {
  now(): number;
  /** Call `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

/**
 * The guided chair stand: safety first, then Enter starts the timer and Enter stops it (the
 * person with them presses it: their arms are crossed). The time is measured between the two
 * keys' arrival; `clock`, when given, shows the seconds going by.
 */
export async function timeChairStand(
  check: TimedCheck,
  keys: Keys,
  screen: Screen,
  clock?: Clock,
): Promise<Outcome<number>> {
  const { theme, width } = screen;
  const list = (heading: string, lines: string[]): string =>
    `${theme.strong(heading)}\n${lines.map((l) => wrapWithLead(l, width, `  ${theme.bullet} `)).join('\n')}`;
  opening(check.title, check.tool, [check.intro], screen);
  screen.write(`${list('Safety first', check.safety)}\n\n${list('How to do it', check.steps)}\n\n`);
  screen.write(
    `${wrapAnsi('This is a screen, not a diagnosis. Press q at any time to stop.', width, { trim: true })}\n\n`,
  );
  for (;;) {
    screen.write('Press Enter to start the timer.\n');
    const start = await waitForEnter(keys, screen, 'Press Enter to start the timer, or q to stop.');
    if (start.end !== 'done') return start;
    // b before the start has nothing to clear.
    if (start.value === null) continue;
    screen.write(
      `${theme.strong('Go!')} Timer running. Press Enter when the fifth sit-down is done. (b: start again)\n`,
    );
    const begun = start.value;
    const line = { ticked: false };
    // "\r": each tick writes over the last, so the line shows the seconds so far.
    const stopTicks = clock?.every(1000, () => {
      line.ticked = true;
      screen.write(`\r  ${Math.floor((clock.now() - begun) / 1000)} s`);
    });
    const stop = await waitForEnter(
      keys,
      screen,
      '\nPress Enter to stop the timer, b to start again, or q to stop.',
    ).finally(stopTicks);
    if (stop.end !== 'done') return stop;
    if (line.ticked) screen.write('\n');
    if (stop.value === null) {
      screen.write('Timer cleared.\n\n');
      continue;
    }
    const seconds = tenths((stop.value - start.value) / 1000);
    if (stop.value - start.value < MIN_SECONDS * 1000) {
      screen.write(
        `${wrapAnsi(`That was under ${MIN_SECONDS} seconds, so the timer was probably stopped by mistake. Let us try again.`, width, { trim: true })}\n\n`,
      );
      continue;
    }
    screen.write(`Time: ${theme.strong(`${seconds.toFixed(1)} seconds`)}.\n\n`);
    return { end: 'done', value: seconds };
  }
}

/** The time Enter was pressed, or null for b (start again). Other keys get `hint`. */
async function waitForEnter(keys: Keys, screen: Screen, hint: string): Promise<Outcome<number | null>> {
  for (;;) {
    const key = await keys.next();
    const kind = classify(key);
    if (kind === 'stop' || kind === 'interrupt') return ended(kind, screen);
    if (kind === 'enter') return { end: 'done', value: key.at };
    if (kind === 'back') return { end: 'done', value: null };
    if (kind !== 'escape' && kind !== 'escape-sequence') screen.write(`${hint}\n`);
  }
}
