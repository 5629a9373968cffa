// Styles for every part osteo draws: chalk's when io.ts decided on colour, none otherwise.
//
// Contrast: text a person must read is never dim and never in a foreground colour, because no
// foreground colour reads well on both dark and light backgrounds (blue and red fade on black,
// yellow, cyan and green on white). Text is bold, underlined, italic or plain, in the terminal's
// own colours. Colour appears only in labels that set their background too (white on red for an
// emergency), whose contrast does not depend on the terminal's background.
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
  del: Style;
  link: Style;
  match: Style;
  /** The "error" label of `osteo check`. */
  error: Style;
  /** A callout's label ("Note", "Caution"), as a coloured badge; the box around it is not coloured. */
  callout: Record<CalloutKind, Style>;
  /**
   * What marks a heading of `level` (1 the topic, 2 a section, 3 a part of one) in plain text: "## ",
   * so a screen reader (and Markdown, when pasted) tells headings from the text. Empty otherwise.
   */
  mark: (level: number) => string;
  bullet: string;
  rule: string;
  bar: string;
  /** Between a topic and a section in a label: "Topic › Section" ("Topic: Section" in plain). */
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
  const symbols = {
    bullet: plain ? '-' : '•',
    rule: plain ? '-' : '─',
    bar: plain ? '' : '│',
    // A screen reader reads ">" as "greater than"; a colon reads as the pause it is.
    arrow: plain ? ':' : '›',
    mark: (level: number) => (plain ? `${'#'.repeat(level)} ` : ''),
  };
  if (!chalk || chalk.level === 0) {
    const none = { note: identity, tip: identity, important: identity, warning: identity, caution: identity };
    const styles = {
      title: identity,
      heading: identity,
      strong: identity,
      em: identity,
      code: identity,
      del: identity,
    };
    return {
      color: false,
      plain,
      ...styles,
      link: identity,
      match: identity,
      error: identity,
      callout: none,
      ...symbols,
    };
  }
  const badge =
    (style: ChalkInstance): Style =>
    (text) =>
      style.bold(text);
  return {
    color: true,
    plain,
    title: chalk.bold.underline,
    heading: chalk.bold,
    strong: chalk.bold,
    em: chalk.italic,
    code: chalk.bold,
    del: chalk.strikethrough,
    link: chalk.underline,
    match: chalk.bold.underline,
    error: badge(chalk.whiteBright.bgRed),
    callout: {
      note: badge(chalk.whiteBright.bgBlue),
      tip: badge(chalk.black.bgGreen),
      important: badge(chalk.whiteBright.bgMagenta),
      warning: badge(chalk.black.bgYellow),
      caution: badge(chalk.whiteBright.bgRed),
    },
    ...symbols,
  };
}
