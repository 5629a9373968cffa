// wrap.ts's last pass: the colour and link open at the end of each line are closed there and
// opened again on the next, as wrap-ansi 9.0.2 does, visiting only escapes and line breaks.

const ESC = '\u001B';
const BELL = '\u0007';
const LINK = ']8;;';
const END_COLOUR = 39;
// The escapes that wrap-ansi tracks: the first SGR code or hyperlink at or after a position.
const TRACKED = /(?:\[(?<code>\d+)m|\]8;;(?<uri>.*)\u0007)/g;
const ESCAPE_OR_NEWLINE = /[\u001B\u009B\n]/g;

/** SGR open code → its close code, as ansi-styles 6 (wrap-ansi's) defines them. */
const CLOSE = new Map<number, number>([
  [0, 0],
  [1, 22],
  [2, 22],
  [3, 23],
  [4, 24],
  [53, 55],
  [7, 27],
  [8, 28],
  [9, 29],
  ...range(30, 37, 39),
  ...range(90, 97, 39),
  ...range(40, 47, 49),
  ...range(100, 107, 49),
]);

function range(from: number, to: number, close: number): [number, number][] {
  return Array.from({ length: to - from + 1 }, (_, i) => [from + i, close]);
}

/**
 * Close the open colour and link at the end of each line and open them again on the next, so
 * each line stands alone (in a pager, say). Like wrap-ansi, it tracks the last SGR code and the
 * last link seen, visiting only escapes and line breaks.
 */
export function carryStyles(text: string): string {
  let out = '';
  let from = 0;
  let code: number | undefined;
  let url: string | undefined;
  ESCAPE_OR_NEWLINE.lastIndex = 0;
  for (let match = ESCAPE_OR_NEWLINE.exec(text); match; match = ESCAPE_OR_NEWLINE.exec(text)) {
    const at = match.index;
    if (match[0] !== '\n') {
      TRACKED.lastIndex = at;
      const groups = TRACKED.exec(text)?.groups ?? {};
      if (groups.code !== undefined) {
        const n = Number.parseFloat(groups.code);
        code = n === END_COLOUR ? undefined : n;
      } else if (groups.uri !== undefined) {
        url = groups.uri.length === 0 ? undefined : groups.uri;
      }
      continue;
    }
    const close = code === undefined ? undefined : CLOSE.get(code);
    out += text.slice(from, at);
    // Before a line break that follows a character: close the link and the colour.
    if (at > 0) out += (url ? link('') : '') + (code && close ? sgr(close) : '');
    out += '\n';
    // After it, unless another break follows at once: open them again.
    if (text[at + 1] !== '\n') out += (code && close ? sgr(code) : '') + (url ? link(url) : '');
    from = at + 1;
  }
  return out + text.slice(from);
}

const sgr = (code: number): string => `${ESC}[${code}m`;
const link = (url: string): string => `${ESC}${LINK}${url}${BELL}`;
