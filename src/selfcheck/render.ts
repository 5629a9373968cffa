// A self-check result for the terminal (text) and as a Markdown handout (--format md).
import { DISCLAIMER } from '../render/answer.js';
import type { Theme } from '../render/theme.js';
import wrapAnsi, { wrapWithLead } from '../render/wrap.js';
import { readCommands, type ReportItem, type SelfcheckReport } from './report.js';

/** "Your score is 5 out of 14.", "Your time is 12.4 seconds." */
function scoreLine(report: SelfcheckReport): string {
  const said =
    report.max === null
      ? `Your time is ${report.score.toFixed(1)} seconds.`
      : `Your score is ${report.score} out of ${report.max}.`;
  return `${said} The cut-off is ${report.cutoff}.`;
}

function itemLine(item: ReportItem): string {
  return `${item.name ? `${item.name}. ` : ''}${item.text} Answer: ${item.label}.`;
}

/**
 * The result on a terminal. `answers`: list each item with its answer first (when the answers
 * came from --answers; a person who just answered has them on screen).
 */
export function renderResultText(
  report: SelfcheckReport,
  theme: Theme,
  width: number,
  opts: { answers: boolean },
): string {
  const para = (text: string): string => wrapAnsi(text, width, { trim: true });
  const out: string[] = [theme.title(para(`${report.title}: your result (${report.date})`)), ''];
  if (opts.answers) {
    out.push(theme.heading('Your answers'));
    for (const item of report.items)
      out.push(wrapWithLead(itemLine(item), width, `${String(item.number).padStart(2)}. `));
    out.push('');
  }
  out.push(para(scoreLine(report)), '', theme.strong(para(report.meaning)), para(report.advice), '');
  out.push('To learn more, run:', ...readCommands(report).map((c) => `  ${theme.code(c)}`), '');
  out.push(para(report.screen), '', theme.callout.important(para(report.urgent)), '');
  out.push(theme.heading('Sources'));
  report.sources.forEach((s, i) => {
    out.push(wrapWithLead(s.title, width, `${String(i + 1).padStart(2)}. `), `    ${theme.link(s.url)}`);
  });
  out.push('', para(DISCLAIMER));
  return `${out.join('\n')}\n`;
}

// Backslash escapes are valid before any ASCII punctuation in CommonMark; these are the ones
// that could start emphasis, code, a link, HTML or an entity in text from selfchecks.yml.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&]/g;

function md(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&');
}

/** The result as a CommonMark handout: title, date, the answers, the score, the advice, numbered sources. */
export function renderResultMarkdown(report: SelfcheckReport): string {
  const out: string[] = [
    `# ${md(report.title)}: your result`,
    '',
    `Date: ${report.date}  `,
    `Check: ${md(report.tool)}`,
    '',
    '## Your answers',
    '',
  ];
  for (const item of report.items) {
    const points = item.points === null ? '' : ` (${item.points} ${item.points === 1 ? 'point' : 'points'})`;
    out.push(
      `${item.number}. ${item.name ? `${md(item.name)}: ` : ''}${md(item.text)}  `,
      `   Answer: **${md(item.label)}**${points}`,
    );
  }
  out.push('', '## Result', '', md(scoreLine(report)), '', `**${md(report.meaning)}**`, '', md(report.advice), '');
  out.push('To learn more, run:', '', ...readCommands(report).map((c) => `- \`${c}\``), '');
  out.push(md(report.screen), '', md(report.urgent), '', '## Sources', '');
  report.sources.forEach((s, i) => out.push(`${i + 1}. ${md(s.title)}: <${s.url}>`));
  out.push('', `*${md(DISCLAIMER)}*`);
  return `${out.join('\n')}\n`;
}
