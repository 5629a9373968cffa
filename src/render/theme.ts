// Styles for every part osteo draws: chalk's when io.ts decided on colour, none otherwise.
import type { ChalkInstance } from 'chalk';

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
  /** Between a topic and a section in a label: "Topic › Section". */
  arrow: string;
}

export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

const identity: Style = (text) => text;

/** The theme for this run; chalk is loaded only when there is colour to draw. */
export async function loadTheme(opts: { color: boolean; plain: boolean }): Promise<Theme> {
  const chalk = opts.color ? new (await import('chalk')).Chalk({ level: 1 }) : null;
  return createTheme({ plain: opts.plain, chalk });
}

/** Styles from `chalk`, or none at all (every style is the identity) when it is null. */
export function createTheme(opts: { plain: boolean; chalk: ChalkInstance | null }): Theme {
  const { plain, chalk } = opts;
  const symbols = { bullet: plain ? '-' : '•', rule: plain ? '-' : '─', bar: plain ? '' : '│', arrow: plain ? '>' : '›' };
  if (!chalk || chalk.level === 0) {
    const none = { note: identity, tip: identity, important: identity, warning: identity, caution: identity };
    const styles = { title: identity, heading: identity, strong: identity, em: identity, code: identity };
    return { color: false, plain, ...styles, dim: identity, link: identity, match: identity, error: identity, callout: none, ...symbols };
  }
  return {
    color: true,
    plain,
    title: chalk.bold.cyan,
    heading: chalk.bold.green,
    strong: chalk.bold,
    em: chalk.italic,
    code: chalk.yellow,
    dim: chalk.dim,
    link: chalk.blue.underline,
    match: chalk.bold.underline,
    error: chalk.red,
    callout: { note: chalk.blue, tip: chalk.green, important: chalk.magenta, warning: chalk.yellow, caution: chalk.red },
    ...symbols,
  };
}
