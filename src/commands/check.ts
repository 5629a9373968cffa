// `osteo check [dir]`: lint a content folder; a table of topics, then errors and warnings.
import { checkTopics, MAX_GRADE, type CheckReport } from '../check/rules.js';
import { EXIT } from '../errors.js';
import type { LoadResult } from '../topics/load.js';
import type { Theme } from '../render/theme.js';
import { json } from '../safe-text.js';
import type { CommandResult } from './context.js';

export interface CheckOptions {
  json?: boolean | undefined;
}

export function runCheck(loaded: LoadResult, theme: Theme, opts: CheckOptions, today: Date): CommandResult {
  const report = checkTopics(loaded.topics, loaded.skipped, today);
  const errors = report.findings.filter((f) => f.level === 'error').length;
  const exitCode = errors > 0 ? EXIT.content : EXIT.ok;
  if (opts.json) {
    const ok = errors === 0;
    return { stdout: json({ ok, topics: report.topics, findings: report.findings }), exitCode };
  }
  return { stdout: renderReport(report, theme), exitCode, pageable: true };
}

function renderReport(report: CheckReport, theme: Theme): string {
  const header = ['topic', 'grade', 'words', 'sections', 'sources'];
  const rows = report.topics.map((t) => [t.id, t.grade.toFixed(1), String(t.words), String(t.sections), String(t.sources)]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
  // Numbers right-aligned, the topic id left-aligned, as in `ls -l`.
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd();
  const lines = [theme.strong(line(header)), ...rows.map(line)];
  const errors = report.findings.filter((f) => f.level === 'error');
  const warnings = report.findings.filter((f) => f.level === 'warning');
  if (report.findings.length > 0) lines.push('');
  for (const f of report.findings) {
    const label = f.level === 'error' ? theme.error('error') : theme.callout.warning('warning');
    lines.push(`${label}  ${f.file}: ${f.field}: ${f.message}`);
  }
  lines.push('');
  const summary = `${report.topics.length} topics checked (reading grade limit ${MAX_GRADE}): ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`;
  lines.push(errors.length > 0 ? theme.error(summary) : summary);
  return `${lines.join('\n')}\n`;
}
