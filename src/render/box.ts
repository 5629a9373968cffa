// A labelled box, open on the right so that it never has to measure its contents:
//   ╭─ Note ───────
//   │ text
//   ╰──────────────
// The lines are in the terminal's own colour (readable on any background); only the label is
// styled, as a badge with its own background.
import type { Theme } from './theme.js';

/** `body` (already wrapped to width - 2) inside a box `width` columns wide; `label` styled by `style`. */
export function drawBox(
  label: string,
  body: string,
  style: (text: string) => string,
  theme: Theme,
  width: number,
): string {
  // The badge's padding is part of the label, so the top line is as wide with colour as without.
  const badge = theme.color ? style(` ${label} `) : ` ${label} `;
  const top = `╭─${badge}${'─'.repeat(Math.max(2, width - label.length - 4))}`;
  const bottom = `╰${'─'.repeat(Math.max(2, width - 1))}`;
  const lines = body
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `│ ${line}`.trimEnd());
  return [top, ...lines, bottom].join('\n');
}
