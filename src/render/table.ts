// A Markdown table as terminal text that fits the width: wide columns narrow and their cells wrap.
import type { Tokens } from 'marked';
import type { Theme } from './theme.js';
import stringWidth from './width.js';
import wrapAnsi from './wrap.js';

/** A table that fits the width: wide columns narrow and their cells wrap. */
export function drawTable(token: Tokens.Table, inline: (cell: Tokens.TableCell) => string, width: number, theme: Theme): string {
  const rows = [token.header.map((cell) => theme.strong(inline(cell))), ...token.rows.map((r) => r.map((cell) => inline(cell)))];
  const columns = token.header.length;
  const gap = theme.plain ? '  ' : ` ${theme.dim('│')} `;
  const natural = Array.from({ length: columns }, (_, c) => Math.max(3, ...rows.map((r) => visibleLength(r[c] ?? ''))));
  const available = width - 3 * (columns - 1);
  // Narrow the widest column a column at a time, so short columns keep their natural width.
  const widths = [...natural];
  for (let total = natural.reduce((a, b) => a + b, 0); total > available; total -= 1) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= 6) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const drawRow = (row: string[]): string => {
    const cells = widths.map((w, c) => wrapAnsi(row[c] ?? '', w, { hard: true, trim: true }).split('\n'));
    const height = Math.max(...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) =>
      cells.map((lines, c) => padEnd(lines[line] ?? '', widths[c] ?? 0)).join(gap).trimEnd(),
    ).join('\n');
  };
  const [header = [], ...body] = rows;
  const rule = theme.plain ? '' : `\n${theme.dim(widths.map((w) => '─'.repeat(w)).join('─┼─'))}`;
  return [`${drawRow(header)}${rule}`, ...body.map(drawRow)].join('\n');
}

// Columns on screen: escape sequences take none, wide characters two.
function visibleLength(text: string): number {
  return stringWidth(text);
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}
