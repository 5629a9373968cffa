// A table drawn to fit the width without breaking a word: wide columns narrow and their cells
// wrap, but no column gets narrower than its longest word. When the columns cannot all fit (a
// narrow terminal, large text), or in plain text (a screen reader reads a row as one line), each
// row is stacked instead, one "Header: value" line per cell:
//   Medicine: Teriparatide
//     How you have it: Injection under the skin each day
import type { Tokens } from 'marked';
import type { Theme } from './theme.js';
import stringWidth from './width.js';
import wrapAnsi from './wrap.js';

// Below this, a column would be too narrow to read even if no word is longer.
const MIN_COLUMN = 6;

/** A table that fits `width`; `inline` renders a cell's text (its inline styles). */
export function drawTable(
  token: Tokens.Table,
  inline: (cell: Tokens.TableCell) => string,
  width: number,
  theme: Theme,
): string {
  const header = token.header.map((cell) => inline(cell));
  const rows = token.rows.map((row) => row.map((cell) => inline(cell)));
  const columns = header.length;
  const all = [header, ...rows];
  const natural = Array.from({ length: columns }, (_, c) => Math.max(3, ...all.map((r) => stringWidth(r[c] ?? ''))));
  const least = Array.from({ length: columns }, (_, c) =>
    Math.min(natural[c] ?? 3, Math.max(MIN_COLUMN, ...all.map((r) => longestWord(r[c] ?? '')))),
  );
  const available = width - 3 * (columns - 1);
  if (theme.plain || least.reduce((a, b) => a + b, 0) > available) return stackRows(header, rows, width, theme);
  // Narrow the widest column that can still give, a column at a time, so short columns keep
  // their natural width.
  const widths = [...natural];
  for (let total = sum(widths); total > available; total -= 1) {
    const giving = widths.map((w, c) => (w > (least[c] ?? 0) ? w : -1));
    const widest = giving.indexOf(Math.max(...giving));
    if ((giving[widest] ?? -1) < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const gap = ' │ ';
  const drawRow = (row: readonly string[]): string => {
    const cells = widths.map((w, c) => wrapAnsi(row[c] ?? '', w, { trim: true }).split('\n'));
    const height = Math.max(...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) =>
      cells
        .map((lines, c) => padEnd(lines[line] ?? '', widths[c] ?? 0))
        .join(gap)
        .trimEnd(),
    ).join('\n');
  };
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [drawRow(header.map((cell) => theme.strong(cell))), rule, ...rows.map(drawRow)].join('\n');
}

function stackRows(header: readonly string[], rows: readonly string[][], width: number, theme: Theme): string {
  const field = (c: number, cell: string): string => (header[c] ? `${header[c]}: ${cell}` : cell);
  return rows
    .map((row) => {
      const [first = '', ...rest] = row;
      const lines = [hanging(theme.strong(field(0, first)), width, '', '    ')];
      rest.forEach((cell, i) => {
        if (cell !== '') lines.push(hanging(field(i + 1, cell), width, '  ', '    '));
      });
      return lines.join('\n');
    })
    .join('\n');
}

/** `text` wrapped to `width` after `first`, later lines after `rest`. */
function hanging(text: string, width: number, first: string, rest: string): string {
  return wrapAnsi(text, Math.max(10, width - rest.length), { trim: true })
    .split('\n')
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join('\n');
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => stringWidth(word)));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
