// `osteo selfcheck <check>`: a screening check, answered by --answers or --seconds, or asked on
// the terminal; its result as text, Markdown (--format md) or JSON, on stdout or saved (-o).
import { EXIT, UsageError } from '../errors.js';
import type { Output } from '../output.js';
import { json, printable } from '../safe-text.js';
import type { Keys } from '../io/keys.js';
import { createTheme, type Theme } from '../render/theme.js';
import wrapAnsi from '../render/wrap.js';
import type { CheckId } from '../selfcheck/ids.js';
import { buildReport, reportJson, type Answers } from '../selfcheck/report.js';
import { renderResultMarkdown, renderResultText } from '../selfcheck/render.js';
import { checkCanSave, saveResult } from '../selfcheck/save.js';
import { answersExample, parseAnswers, parseSeconds } from '../selfcheck/score.js';
import { askQuestionnaire, timeChairStand, type Clock, type Outcome, type Screen } from '../selfcheck/session.js';
import type { SelfchecksFile } from '../topics/selfchecks-schema.js';
import type { CommandResult } from './context.js';

export interface SelfcheckOptions {
  answers?: string | undefined;
  seconds?: string | undefined;
  format?: 'text' | 'md' | undefined;
  output?: string | undefined;
  force?: boolean | undefined;
  json?: boolean | undefined;
}

export interface SelfcheckDeps {
  file: SelfchecksFile;
  output: Output;
  theme: Theme;
  today: Date;
  /** The terminal's keys; null when stdin is not a terminal. */
  openKeys: () => Keys | null;
  /** Where questions go: stdout on a terminal, else stderr, so a redirected stdout gets the result alone. */
  prompt: (text: string) => void;
  /** Shows the chair stand's seconds going by; the time itself is taken from the keys. */
  clock?: Clock | undefined;
}

export async function runSelfcheck(id: CheckId, opts: SelfcheckOptions, deps: SelfcheckDeps): Promise<CommandResult> {
  const given = answersGiven(id, opts, deps.file);
  const force = opts.force === true;
  if (opts.output !== undefined) checkCanSave(opts.output, force);
  let answers: Answers;
  if (given) {
    answers = given;
  } else {
    const outcome = await ask(id, deps);
    if (outcome.end !== 'done')
      return { stdout: '', exitCode: outcome.end === 'interrupted' ? EXIT.interrupted : EXIT.ok };
    answers = outcome.value;
  }
  const report = buildReport(deps.file, id, answers, deps.today);
  // Someone who just answered has the answers on screen; a scripted result lists them.
  const asText = (theme: Theme): string =>
    renderResultText(report, theme, deps.output.width, { answers: given !== null });
  const format = opts.json ? 'json' : (opts.format ?? (opts.output?.toLowerCase().endsWith('.md') ? 'md' : 'text'));
  const render = (theme: Theme): string =>
    format === 'json' ? json(reportJson(report)) : format === 'md' ? renderResultMarkdown(report) : asText(theme);
  if (opts.output === undefined) {
    // The questions have scrolled by: say how to save a check to show a doctor.
    const tip =
      given || format !== 'text'
        ? ''
        : `\n${wrapAnsi(`To save a check for your doctor, run: osteo selfcheck ${id} -o ${id}-check.md`, deps.output.width, { trim: true })}\n`;
    return { stdout: render(deps.theme) + tip, exitCode: EXIT.ok };
  }

  saveResult(opts.output, render(createTheme({ plain: deps.theme.plain, chalk: null })), force);
  const saved = `Saved the result to ${printable(opts.output)}.\n`;
  // A person at the terminal sees the result as well as the file; a script gets the file alone.
  if (given) return { stdout: '', stderr: saved, exitCode: EXIT.ok };
  return { stdout: `${asText(deps.theme)}\n${saved}`, exitCode: EXIT.ok };
}

/** The answers from the command line, checked against the items; null when none were given. */
function answersGiven(id: CheckId, opts: SelfcheckOptions, file: SelfchecksFile): Answers | null {
  if (id === 'chair-stand') {
    if (opts.seconds !== undefined && opts.answers !== undefined)
      throw new UsageError('give the time once: --seconds or --answers, not both');
    if (opts.seconds !== undefined) return { seconds: parseSeconds(opts.seconds) };
    if (opts.answers !== undefined) return { seconds: parseSeconds(opts.answers, '--answers') };
    return null;
  }
  if (opts.seconds !== undefined)
    throw new UsageError(`--seconds is for chair-stand; ${id} takes --answers`, answersExample(file.checks[id], id));
  return opts.answers === undefined ? null : { keys: parseAnswers(file.checks[id], id, opts.answers) };
}

async function ask(id: CheckId, deps: SelfcheckDeps): Promise<Outcome<Answers>> {
  const keys = deps.openKeys();
  if (!keys) {
    if (id === 'chair-stand') {
      throw new UsageError(
        'selfcheck chair-stand runs its timer on a terminal; without one, give the time with --seconds',
        'For example: osteo selfcheck chair-stand --seconds 12.5',
      );
    }
    const check = deps.file.checks[id];
    throw new UsageError(
      `selfcheck ${id} asks its questions on a terminal; without one, give all ${check.items.length} answers in order with --answers`,
      answersExample(check, id),
    );
  }
  const screen: Screen = { write: deps.prompt, width: deps.output.width, theme: deps.theme };
  try {
    if (id === 'chair-stand') {
      const timed = await timeChairStand(deps.file.checks[id], keys, screen, deps.clock);
      return timed.end === 'done' ? { end: 'done', value: { seconds: timed.value } } : timed;
    }
    const asked = await askQuestionnaire(deps.file.checks[id], keys, screen);
    return asked.end === 'done' ? { end: 'done', value: { keys: asked.value } } : asked;
  } finally {
    keys.close();
  }
}
