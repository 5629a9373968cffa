// Styles for every part osteo draws, from one Chalk instance whose level io.ts decided.
import { Chalk, type ChalkInstance } from 'chalk';

type Style = (text: string) => string;

export interface Theme {
  color: boolean;
  /** No box drawing or decorative symbols: for screen readers and copy-paste. */
  plain: boolean;
  title: Style;
  heading: Style;
  strong: Style;
  em: Style;
  code: Style;
  dim: Style;
  link: Style;
  match: Style;
  error: Style;
  callout: Record<CalloutKind, Style>;
  bullet: string;
  rule: string;
  bar: string;
}

export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

const identity: Style = (text) => text;

export function createTheme(opts: { color: boolean; plain: boolean; level?: 1 | 2 | 3 }): Theme {
  const chalk: ChalkInstance = new Chalk({ level: opts.color ? (opts.level ?? 1) : 0 });
  const plain = opts.plain;
  return {
    color: opts.color,
    plain,
    title: opts.color ? chalk.bold.cyan : identity,
    heading: opts.color ? chalk.bold.green : identity,
    strong: chalk.bold,
    em: chalk.italic,
    code: chalk.yellow,
    dim: chalk.dim,
    link: chalk.blue.underline,
    match: opts.color ? chalk.bold.underline : identity,
    error: chalk.red,
    callout: {
      note: chalk.blue,
      tip: chalk.green,
      important: chalk.magenta,
      warning: chalk.yellow,
      caution: chalk.red,
    },
    bullet: plain ? '-' : '•',
    rule: plain ? '-' : '─',
    bar: plain ? '' : '│',
  };
}
