// Pure: a finished self-check as one structured result (the date, each item with the answer
// given, the score against the cut-off, the advice and sources), for every way of showing it:
// the terminal, --json, --format md, and the handouts (issue 17) render from this object.
import type { SelfchecksFile } from '../topics/selfchecks-schema.js';
import type { CheckId } from './ids.js';
import { scoreAnswers, scoreRange, verdict, type Rule, type Verdict } from './score.js';

export interface ReportItem {
  /** 1-based, in the published order. */
  number: number;
  /** The published item's short name (SARC-F: "Strength"), when it has one. */
  name: string | null;
  text: string;
  /** As typed in --answers: "y", 2; for the chair stand, the seconds. */
  answer: string | number;
  /** The answer in words: "Yes", "A lot or unable", "12.4 seconds". */
  label: string;
  /** What the answer scored; null for the chair stand's time. */
  points: number | null;
}

export interface SelfcheckReport {
  check: CheckId;
  title: string;
  /** The published tool, named for a person. */
  tool: string;
  /** The day the check was done, YYYY-MM-DD in local time. */
  date: string;
  items: ReportItem[];
  /** Points; for the chair stand, seconds to one decimal place. */
  score: number;
  /** The highest score; null for the chair stand, whose score is a time. */
  max: number | null;
  threshold: number;
  rule: Rule;
  /** The cut-off in words: "4 or more", "more than 15 seconds". */
  cutoff: string;
  result: Verdict;
  /** What the result means, in one sentence. */
  meaning: string;
  /** What to do next. */
  advice: string;
  /** Topic ids that help, to show as `osteo explain <id>`. */
  read: string[];
  /** "This is a screen, not a diagnosis…" */
  screen: string;
  /** When not to wait, and `osteo urgent`. */
  urgent: string;
  sources: { title: string; url: string }[];
}

/** What was answered: a key per item of a questionnaire, or the chair stand's seconds. */
export type Answers = { keys: readonly string[] } | { seconds: number };

export function buildReport(file: SelfchecksFile, id: CheckId, answers: Answers, date: Date): SelfcheckReport {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const shared = { check: id, date: day, screen: file.screen, urgent: file.urgent };
  if (id === 'chair-stand') {
    if (!('seconds' in answers)) throw new Error('the chair stand is answered in seconds');
    const check = file.checks[id];
    const { seconds } = answers;
    const result = verdict(seconds, check.threshold, check['at-risk-when']);
    const item = {
      number: 1,
      name: null,
      text: 'Time to stand up and sit down five times',
      answer: seconds,
      label: `${seconds.toFixed(1)} seconds`,
      points: null,
    };
    return {
      ...shared,
      ...common(check, result),
      items: [item],
      score: seconds,
      max: null,
      cutoff: `more than ${check.threshold} seconds`,
    };
  }
  if (!('keys' in answers)) throw new Error(`${id} is answered by keys`);
  const check = file.checks[id];
  const score = scoreAnswers(check, answers.keys);
  const result = verdict(score, check.threshold, check['at-risk-when']);
  const items = check.items.map((item, i): ReportItem => {
    const chosen = item.answers.find((a) => a.key === answers.keys[i]);
    if (!chosen) throw new Error(`no answer for item ${i + 1}`);
    // A digit key reads back as the number it is: SARC-F's 0–2.
    const answer = /^\d$/.test(chosen.key) ? Number(chosen.key) : chosen.key;
    return {
      number: i + 1,
      name: item.name ?? null,
      text: item.text,
      answer,
      label: chosen.label,
      points: chosen.points,
    };
  });
  return {
    ...shared,
    ...common(check, result),
    items,
    score,
    max: scoreRange(check).max,
    cutoff: `${check.threshold} or more`,
  };
}

type Common = Pick<
  SelfcheckReport,
  'title' | 'tool' | 'threshold' | 'rule' | 'result' | 'meaning' | 'advice' | 'read' | 'sources'
>;

function common(check: SelfchecksFile['checks'][CheckId], result: Verdict): Common {
  const { meaning, advice } = check.results[result];
  const { title, tool, threshold, read, sources } = check;
  return { title, tool, threshold, rule: check['at-risk-when'], result, meaning, advice, read, sources };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The advice as one plain text: what it means, what to do, what to read, the limits, when not to wait. */
export function adviceText(report: Pick<SelfcheckReport, 'meaning' | 'advice' | 'read' | 'screen' | 'urgent'>): string {
  return [
    report.meaning,
    report.advice,
    `To learn more, run: ${readCommands(report).join(', ')}.`,
    report.screen,
    report.urgent,
  ].join(' ');
}

export function readCommands(report: Pick<SelfcheckReport, 'read'>): string[] {
  return report.read.map((id) => `osteo explain ${id}`);
}

/** `osteo selfcheck --json`: a public shape, documented in the README. */
export interface SelfcheckJson {
  check: CheckId;
  answers: (string | number)[];
  score: number;
  max: number | null;
  threshold: number;
  result: Verdict;
  advice: string;
  sources: { title: string; url: string }[];
}

export function reportJson(report: SelfcheckReport): SelfcheckJson {
  const { check, score, max, threshold, result, sources } = report;
  return {
    check,
    answers: report.items.map((i) => i.answer),
    score,
    max,
    threshold,
    result,
    advice: adviceText(report),
    sources,
  };
}
