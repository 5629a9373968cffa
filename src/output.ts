// Output decisions, made once per run from the flags and what the edge (io/) reports: colour,
// width, hyperlinks, plain text and paging. Pure but for the Io it is given.
import type { Io } from './io/process.js';
import { stripEscapes, terminalSafe } from './safe-text.js';

export interface OutputFlags {
  color?: boolean | undefined;
  width?: number | undefined;
  plain?: boolean | undefined;
  /** --no-pager gives false. */
  pager?: boolean | undefined;
}

export interface Output {
  color: boolean;
  plain: boolean;
  width: number;
  hyperlinks: boolean;
  /**
   * Show a command's output on stdout, through the pager when it is `pageable` and longer than
   * the terminal. Without colour every escape sequence is removed, whatever produced it.
   * Resolves to 130 if the user pressed Ctrl-C in the pager, else to 0.
   */
  show(text: string, pageable: boolean): Promise<number>;
}

/**
 * The pager osteo starts itself: less, quitting if the text fits one screen (-F), showing colours
 * (-R), leaving the text on screen (-X), leaving at once on Ctrl-C (-K), with a prompt that says
 * how to leave, as man's does.
 */
export const OWN_PAGER = "less -FRXK '-Psosteo ?ltline %lt?L/%L.. ?e(END) .(press q to quit, h for help)'";

/** The pager: OSTEO_PAGER, else PAGER, else osteo's own less. */
export function pagerCommand(env: Io['env']): string {
  return env.OSTEO_PAGER || env.PAGER || OWN_PAGER;
}

export const DEFAULT_WIDTH = 80;
export const MAX_AUTO_WIDTH = 100;

/**
 * Colour, decided once: --color/--no-color, then FORCE_COLOR (which, as in Node, beats
 * NO_COLOR), then NO_COLOR, then whether stdout is a terminal that is not "dumb".
 */
export function decideColor(flag: boolean | undefined, env: Io['env'], isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/** --width, else the terminal's columns capped at 100 (long lines are hard to read), else 80. */
export function decideWidth(flag: number | undefined, columns: number | undefined): number {
  if (flag !== undefined) return flag;
  if (columns !== undefined && columns > 0) return Math.min(columns, MAX_AUTO_WIDTH);
  return DEFAULT_WIDTH;
}

/**
 * The Io osteo writes through: the one terminal-safety gate on all it writes (commands, help,
 * warnings, errors, the pager). stdout and the pager keep osteo's own styling (removed before,
 * when colour is off); stderr keeps none.
 */
export function guardIo(io: Io): Io {
  return {
    ...io,
    out: (text) => {
      io.out(terminalSafe(text, true));
    },
    err: (text) => {
      io.err(terminalSafe(text, false));
    },
    page: (text, command) => io.page(terminalSafe(text, true), command),
  };
}

export async function createOutput(io: Io, flags: OutputFlags): Promise<Output> {
  const plain = flags.plain === true;
  const color = !plain && decideColor(flags.color, io.env, io.isTTY);
  return {
    color,
    plain,
    width: decideWidth(flags.width, io.columns),
    hyperlinks: color && io.isTTY && (await io.hyperlinks()),
    show: async (text, pageable) => {
      const clean = color ? text : stripEscapes(text);
      const long = io.rows !== undefined && clean.split('\n').length > io.rows;
      // A dumb terminal cannot run a pager (less stops at "terminal is not fully functional").
      if (pageable && flags.pager !== false && io.isTTY && io.env.TERM !== 'dumb' && long) {
        const result = await io.page(clean, pagerCommand(io.env));
        if (result !== 'unavailable') return result === 'interrupted' ? 130 : 0;
      }
      io.out(clean);
      return 0;
    },
  };
}
