// A labelled box, open on the right so that it never has to measure its contents:
//   ╭─ Note ───────
//   │ text
//   ╰──────────────
import type { Theme } from './theme.js';

/** `body` (already wrapped to width - 2) inside a box `width` columns wide. */
export function drawBox(label: string, body: string, style: (text: string) => string, theme: Theme, width: number): string {
  const top = style(`╭─ ${theme.strong(label)} ${'─'.repeat(Math.max(2, width - label.length - 4))}`);
  const bottom = style(`╰${'─'.repeat(Math.max(2, width - 1))}`);
  const lines = body
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `${style('│')} ${line}`.trimEnd());
  return [top, ...lines, bottom].join('\n');
}
