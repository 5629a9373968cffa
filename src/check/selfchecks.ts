// `osteo check` rules for a folder's selfchecks.yml: the shape, then whether the scoring holds
// together (every item offers the answers the keys need, `max` is what the items add up to, the
// cut-off can be both reached and missed), the topics named exist, and the advice reads at
// grade 8 or lower. The items are the published tools' own words, so their grade is not judged.
import { adviceText } from '../selfcheck/report.js';
import { scoreRange } from '../selfcheck/score.js';
import { SELFCHECK_IDS } from '../selfcheck/ids.js';
import { parseSelfchecks, SELFCHECKS_FILE } from '../topics/selfchecks-file.js';
import type { Questionnaire } from '../topics/selfchecks-schema.js';
import type { Topic } from '../topics/types.js';
import { measureReadability } from './readability.js';
import { MAX_GRADE, type Finding } from './rules.js';

export function checkSelfchecks(text: string, topics: readonly Topic[]): Finding[] {
  const findings: Finding[] = [];
  const error = (field: string, message: string): void => {
    findings.push({ level: 'error', file: SELFCHECKS_FILE, field, message });
  };
  const parsed = parseSelfchecks(text);
  if (!parsed.ok) {
    for (const { field, message } of parsed.issues) error(field, message);
    return findings;
  }
  const { file } = parsed;
  const ids = new Set(topics.map((t) => t.id));
  for (const id of SELFCHECK_IDS) {
    const check = file.checks[id];
    const at = `checks.${id}`;
    for (const topic of check.read) if (!ids.has(topic)) error(`${at}.read`, `"${topic}" is not a topic`);
    if (id !== 'chair-stand') checkScoring(file.checks[id], at, error);
  }
  if (findings.length > 0) return findings;
  // Our own words as a person reads them: the advice of each result with the lines said with
  // every result, each introduction, and the chair stand's safety steps and instructions.
  const grade = (field: string, text: string): void => {
    const { grade: g } = measureReadability(text);
    if (g > MAX_GRADE) error(field, `reads at grade ${g}; the limit is ${MAX_GRADE} (use shorter sentences and words)`);
  };
  for (const id of SELFCHECK_IDS) {
    const check = file.checks[id];
    grade(`checks.${id}.intro`, check.intro);
    for (const result of ['at-risk', 'not-at-risk'] as const) {
      grade(
        `checks.${id}.results.${result}`,
        adviceText({ ...check.results[result], read: check.read, screen: file.screen, urgent: file.urgent }),
      );
    }
  }
  const chair = file.checks['chair-stand'];
  grade('checks.chair-stand.safety', chair.safety.join(' '));
  grade('checks.chair-stand.steps', chair.steps.join(' '));
  return findings;
}

function checkScoring(check: Questionnaire, at: string, error: (field: string, message: string) => void): void {
  // Every item offers the same keys, so one --answers form and one key per answer fit them all.
  const keysOf = (i: number): string => (check.items[i]?.answers.map((a) => a.key) ?? []).join(', ');
  check.items.forEach((item, i) => {
    const keys = item.answers.map((a) => a.key);
    const twice = keys.find((k, j) => keys.indexOf(k) !== j);
    if (twice !== undefined) error(`${at}.items.${i}.answers`, `key "${twice}" is given twice`);
    else if (i > 0 && keysOf(i) !== keysOf(0))
      error(`${at}.items.${i}.answers`, `has keys ${keysOf(i)}; the first item has ${keysOf(0)}`);
    if (['b', 'q'].some((k) => keys.includes(k)))
      error(`${at}.items.${i}.answers`, 'b and q are taken: they go back and stop');
  });
  const { min, max } = scoreRange(check);
  if (check.max !== max) error(`${at}.max`, `is ${check.max}, but the items add up to ${max}`);
  if (check.threshold > max) error(`${at}.threshold`, `${check.threshold} can never be reached: the most is ${max}`);
  if (check.threshold <= min)
    error(`${at}.threshold`, `${check.threshold} is reached by every set of answers: the least is ${min}`);
}
