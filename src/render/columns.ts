// Two columns (a command and what it does) that fit the width without breaking a word: the
// descriptions wrap in their own column, or, when the terminal is too narrow for both, each
// description goes under its term, indented.
import stringWidth from './width.js';
import wrapAnsi from './wrap.js';

// Below this many columns for the descriptions, they go under the terms instead.
export const MIN_DESCRIPTION = 24;

export function formatColumns(items: readonly (readonly [string, string])[], width: number, indent = 2): string {
  const termWidth = Math.max(0, ...items.map(([term]) => stringWidth(term)));
  return items.map(([term, description]) => formatItem(term, termWidth, description, width, indent)).join('\n');
}

/** One item: `term` padded to `termWidth`, then `description`; stacked when there is no room. */
export function formatItem(term: string, termWidth: number, description: string, width: number, indent = 2): string {
  const lead = ' '.repeat(indent);
  if (!description) return lead + term;
  const column = indent + termWidth + 2;
  if (width - column >= MIN_DESCRIPTION) {
    const text = wrapAnsi(description, width - column, { trim: true }).replace(/\n/g, `\n${' '.repeat(column)}`);
    return `${lead}${term}${' '.repeat(Math.max(0, termWidth - stringWidth(term)))}  ${text}`;
  }
  const under = ' '.repeat(indent + 4);
  return `${hangingWrap(term.trimEnd(), width, lead, `${lead}  `)}\n${hangingWrap(description, width, under)}`;
}

/** Text wrapped to `width`: the first line after `lead`, the others after `rest`. */
export function hangingWrap(text: string, width: number, lead = '', rest = lead): string {
  const room = (indent: string): number => Math.max(10, width - indent.length);
  const [first = '', ...others] = wrapAnsi(text, room(lead), { trim: true }).split('\n');
  // The first line may be wider than the rest: wrap what is left again at their width.
  const tail =
    others.length > 0 && rest.length !== lead.length
      ? wrapAnsi(others.join(' '), room(rest), { trim: true }).split('\n')
      : others;
  return [lead + first, ...tail.map((line) => rest + line)].join('\n');
}

/**
 * A shell command that fits the width: it continues on the next line after " \", as a shell
 * reads it, so it can still be copied as it stands. `lead` goes before it, `rest` before each
 * continued line.
 */
export function wrapCommand(command: string, width: number, lead = '', rest = `${lead}  `): string {
  if (stringWidth(lead + command) <= width) return lead + command;
  // Room for the " \" at the end of each line but the last.
  const parts = hangingWrap(command, width - 2, lead, rest).split('\n');
  return parts.map((part, i) => (i < parts.length - 1 ? `${part} \\` : part)).join('\n');
}
