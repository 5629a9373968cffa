// Pure: answers in, score and result out, by the scoring in selfchecks.yml. Also the checks on
// answers given on the command line, whose errors name the item.
import { UsageError } from '../errors.js';
import { printable } from '../safe-text.js';
import type { Questionnaire } from '../topics/selfchecks-schema.js';

export type Rule = 'at-least' | 'more-than';
export type Verdict = 'at-risk' | 'not-at-risk';

/** A chair-stand time longer than this is a typing mistake, not five stands. */
export const MAX_SECONDS = 600;

/** Whether `score` is on the at-risk side of the cut-off. */
export function verdict(score: number, threshold: number, rule: Rule): Verdict {
  const atRisk = rule === 'at-least' ? score >= threshold : score > threshold;
  return atRisk ? 'at-risk' : 'not-at-risk';
}

/** The sum of the points of the answers with these keys, one per item in order. */
export function scoreAnswers(check: Questionnaire, keys: readonly string[]): number {
  return check.items.reduce((sum, item, i) => {
    const answer = item.answers.find((a) => a.key === keys[i]);
    if (!answer) throw new Error(`no answer "${keys[i] ?? ''}" for item ${i + 1}`);
    return sum + answer.points;
  }, 0);
}

/** The lowest and highest scores the items allow. */
export function scoreRange(check: Questionnaire): { min: number; max: number } {
  const points = check.items.map((item) => item.answers.map((a) => a.points));
  const add = (pick: (p: number[]) => number): number => points.reduce((sum, p) => sum + pick(p), 0);
  return { min: add((p) => Math.min(...p)), max: add((p) => Math.max(...p)) };
}

/** A time in seconds to one decimal place, as the chair stand reports it. */
export function tenths(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

/**
 * `--answers y,n,…` for a questionnaire: one answer key per item, in the published order. A
 * wrong count or a key an item does not offer is a usage error that names the item.
 */
export function parseAnswers(check: Questionnaire, id: string, list: string): string[] {
  const given = list.split(',').map((a) => a.trim().toLowerCase());
  const total = check.items.length;
  const example = answersExample(check, id);
  if (given.length !== total) {
    throw new UsageError(
      `--answers has ${given.length} ${given.length === 1 ? 'answer' : 'answers'}; ${id} needs ${total}, one for each item in order`,
      example,
    );
  }
  given.forEach((key, i) => {
    const item = check.items[i];
    if (!item || item.answers.some((a) => a.key === key)) return;
    const name = item.name ? ` (${item.name})` : '';
    const shown = key === '' ? 'nothing' : `"${printable(key, 20)}"`;
    throw new UsageError(
      `answer ${i + 1} of ${total}${name} must be ${either(item.answers.map((a) => a.key))}, not ${shown}`,
      example,
    );
  });
  return given;
}

/** A hint showing the form of --answers: every item's keys in turn ("y,n,y,…", "0,1,2,0,1"). */
export function answersExample(check: Questionnaire, id: string): string {
  const keys = check.items.map((item, i) => item.answers[i % item.answers.length]?.key ?? '');
  return `For example: osteo selfcheck ${id} --answers ${keys.join(',')}`;
}

/** A chair-stand time from `--seconds` or `--answers`: a number of seconds, up to MAX_SECONDS. */
export function parseSeconds(text: string, option = '--seconds'): number {
  const value = /^\s*\d+(?:\.\d+)?\s*$/.test(text) ? tenths(Number(text)) : Number.NaN;
  if (!(value > 0 && value <= MAX_SECONDS)) {
    throw new UsageError(
      `${option} takes the time in seconds for five stands, more than 0 and up to ${MAX_SECONDS}; not "${printable(text, 20)}"`,
      'For example: osteo selfcheck chair-stand --seconds 12.5',
    );
  }
  return value;
}

/** "y or n", "0, 1 or 2". */
export function either(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}
