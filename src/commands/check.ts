// `osteo check [dir]`: lint a content folder; a table of topics, then errors and warnings.
import { checkTopics, MAX_GRADE, type CheckReport, type Finding } from '../check/rules.js';
import { EXIT } from '../errors.js';
import type { LoadResult } from '../topics/load.js';
import { hangingWrap } from '../render/columns.js';
import type { Theme } from '../render/theme.js';
import { json } from '../safe-text.js';
import type { CommandResult } from './context.js';

export interface CheckOptions {
  json?: boolean | undefined;
  /** Columns to fit the text report to (80 when not given). */
  width?: number | undefined;
}

/**
 * `extra`: findings made before the topic rules ran, listed first for their file: the front
 * matter problems of a file that did not load, the folder's data files (triage rules, vocabulary).
 */
export function runCheck(
  loaded: LoadResult,
  theme: Theme,
  opts: CheckOptions,
  today: Date,
  extra: readonly Finding[] = [],
): CommandResult {
  const topicsReport = checkTopics(loaded.topics, loaded.skipped, today);
  // A file's findings together, in the order found (the sort is stable).
  const findings = [...extra, ...topicsReport.findings].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  const report = { ...topicsReport, findings };
  const errors = report.findings.filter((f) => f.level === 'error').length;
  const exitCode = errors > 0 ? EXIT.content : EXIT.ok;
  if (opts.json) {
    const ok = errors === 0;
    return { stdout: json({ ok, topics: report.topics, findings: report.findings }), exitCode };
  }
  return { stdout: renderReport(report, theme, opts.width ?? 80), exitCode, pageable: true };
}

function renderReport(report: CheckReport, theme: Theme, width: number): string {
  const header = ['topic', 'grade', 'words', 'sections', 'sources'];
  const rows = report.topics.map((t) => [
    t.id,
    t.grade.toFixed(1),
    String(t.words),
    String(t.sections),
    String(t.sources),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
  // Numbers right-aligned, the topic id left-aligned, as in `ls -l`.
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const fits = widths.reduce((a, b) => a + b + 2, -2) <= width;
  // Too narrow for the columns: each topic on a line of its own, its figures under it.
  const stacked = (cells: string[]): string =>
    `${cells[0] ?? ''}\n${hangingWrap(
      header
        .slice(1)
        .map((h, c) => `${h} ${cells[c + 1] ?? ''}`)
        .join(', '),
      width,
      '  ',
      '    ',
    )}`;
  const lines = fits ? [theme.strong(line(header)), ...rows.map(line)] : rows.map(stacked);
  const errors = report.findings.filter((f) => f.level === 'error');
  const warnings = report.findings.filter((f) => f.level === 'warning');
  if (report.findings.length > 0) lines.push('');
  for (const f of report.findings) {
    const label = f.level === 'error' ? theme.error('error') : theme.callout.warning('warning');
    lines.push(hangingWrap(`${label}  ${f.file}: ${f.field}: ${f.message}`, width, '', '    '));
  }
  lines.push('');
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  const summary = `${count(report.topics.length, 'topic')} checked (reading grade limit ${MAX_GRADE}): ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}.`;
  lines.push(hangingWrap(errors.length > 0 ? theme.strong(summary) : summary, width));
  return `${lines.join('\n')}\n`;
}
