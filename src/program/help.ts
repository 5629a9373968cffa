// --help that fits the screen: commander's help at osteo's width (--width, else the terminal's,
// up to 100), its option and command lists stacked when the terminal is too narrow for two
// columns, and the text added after it (the rule for bare words, the examples) wrapped without
// breaking a word. Commander would otherwise stop wrapping below 40 columns and leave the
// terminal to cut words in half.
import { Help, type Command } from 'commander';
import { formatItem, hangingWrap, wrapCommand } from '../render/columns.js';
import stringWidth from '../render/width.js';

export function fitHelpTo(program: Command, width: () => number): void {
  program.configureHelp({
    minWidthToWrap: 10,
    formatItem(term, termWidth, description, helper) {
      return formatItem(term, termWidth, description, helper.helpWidth ?? width());
    },
  } satisfies Partial<Help>);
}

/**
 * Lines of help text longer than `width`, rewrapped at spaces. An example's comment moves to a
 * line of its own above it; a command still too long continues on the next line after " \", as
 * a shell reads it, so it can be copied as it stands. A single word longer than the line (a long
 * path) is left whole.
 */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (stringWidth(line) <= width ? line : fitLine(line, width)))
    .join('\n');
}

function fitLine(line: string, width: number): string {
  const indent = /^ */.exec(line)?.[0] ?? '';
  const example = /^(\s*\$ )(.*?)(?:\s+(#.*))?$/.exec(line);
  if (!example) return hangingWrap(line.trim(), width, indent);
  const [, lead = '', command = '', comment] = example;
  const out: string[] = comment ? [hangingWrap(comment, width, indent, `${indent}# `)] : [];
  return [...out, wrapCommand(command, width, lead, ' '.repeat(lead.length + 2))].join('\n');
}
