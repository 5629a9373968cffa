// Word wrap that keeps ANSI styles and OSC 8 links intact: wrap-ansi 9.0.2's algorithm, ported
// with one change. wrap-ansi's last pass walks the text a code point at a time and, at every
// escape, copies the rest of the text to match a new RegExp against it: the slowest part of a
// render, and hot enough that V8 optimized it in a background thread that Node waits for at exit
// (10–20 ms and 5 MB of every `osteo explain`). Here that pass visits only escapes and line
// breaks (carry-styles.ts). The output is the same, character for character: tests/render/wrap.test.ts compares
// it with wrap-ansi on the shipped topics and on random styled text.
import { carryStyles } from './carry-styles.js';
import stringWidth from './width.js';

export interface WrapOptions {
  /** Break words longer than the width (default: let them overflow). */
  hard?: boolean;
  /** Trim spaces at the start and end of each line (default true). */
  trim?: boolean;
  /** Break at spaces (default true); false breaks anywhere. */
  wordWrap?: boolean;
}

const ESC = '\u001B';
const CSI_8BIT = '\u009B';
const BELL = '\u0007';
const LINK = ']8;;';
// Where the width of a row is not the sum of its pieces' widths: escapes (one may span pieces)
// and a zero-width joiner (it joins the next character to the one before).
const NOT_ADDITIVE = /[\u001B\u009B\u200D]/;
const JOINER = '\u200D';
// One column each (width.ts), with no escape and no white space but the plain space: such a
// line's width is its length, and wrapping can only trim it.
const FITS_AS_IS = /^[\u0020-\u007E\u00A1-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F]*$/;

export default function wrapAnsi(text: string, columns: number, options: WrapOptions = {}): string {
  return text
    .normalize()
    .replaceAll('\r\n', '\n')
    .split('\n')
    .map((line) => wrapLine(line, columns, options))
    .join('\n');
}

function wrapLine(text: string, columns: number, options: WrapOptions): string {
  const trim = options.trim !== false;
  if (trim && text.trim() === '') return '';
  // Plain text of one-column characters, the most of what osteo wraps, is wrapped by the same
  // steps with none of the measuring: `osteo topics` on a library of 10,000 topics wraps 10,000
  // summaries, and the full pass below was a seventh of its time (issue 16).
  if (FITS_AS_IS.test(text)) {
    if (text.length <= columns) return trim ? trimSpaces(text) : text;
    if (trim && options.wordWrap !== false && !options.hard) return wrapPlain(text, columns);
  }
  const words = text.split(' ');
  const lengths = words.map((word) => stringWidth(word));
  let rows = [''];
  const last = (): string => rows[rows.length - 1] ?? '';
  // wrap-ansi measures the whole row before every word: quadratic on a run of spaces (each is an
  // empty word that adds one column and never wraps). The width is carried from word to word
  // instead, and measured again only after a change that adding widths would not track.
  const row = { width: 0, known: true, first: '', joiner: false };
  const appended = (piece: string, width: number): void => {
    if (piece === '') return;
    // `first` is '' exactly when the row is empty.
    if (row.first === '') row.first = piece.charAt(0);
    row.known &&= !row.joiner && !NOT_ADDITIVE.test(piece);
    row.width += width;
    row.joiner = piece.endsWith(JOINER);
  };
  const restarted = (): void => {
    const current = last();
    Object.assign(row, {
      width: stringWidth(current),
      known: true,
      first: current.charAt(0),
      joiner: current.endsWith(JOINER),
    });
  };
  for (const [index, word] of words.entries()) {
    const length = lengths[index] ?? 0;
    // Only a row that starts with white space changes when trimmed.
    if (trim && /^\s/.test(row.first)) {
      rows[rows.length - 1] = last().trimStart();
      restarted();
    } else if (!row.known) restarted();
    let rowLength = row.width;
    if (index !== 0) {
      if (rowLength >= columns && (options.wordWrap === false || !trim)) {
        // The row is full before this word: start a new one.
        rows.push('');
        restarted();
        rowLength = 0;
      }
      if (rowLength > 0 || !trim) {
        append(rows, ' ');
        appended(' ', 1);
        rowLength++;
      }
    }
    // Hard wrap: no line may be longer than the width.
    if (options.hard && length > columns) {
      const remaining = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((length - remaining - 1) / columns);
      const breaksStartingNextLine = Math.floor((length - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) rows.push('');
      wrapWord(rows, word, columns);
      restarted();
      continue;
    }
    if (rowLength + length > columns && rowLength > 0 && length > 0) {
      if (options.wordWrap === false && rowLength < columns) {
        wrapWord(rows, word, columns);
        restarted();
        continue;
      }
      rows.push('');
      restarted();
    }
    if (rowLength + length > columns && options.wordWrap === false) {
      wrapWord(rows, word, columns);
      restarted();
      continue;
    }
    append(rows, word);
    appended(word, length);
  }
  if (trim) rows = rows.map(trimSpacesRight);
  return carryStyles(rows.join('\n'));
}

/**
 * wrapAnsi(text, columns, { trim: true }) for one line of one-column characters (FITS_AS_IS: no
 * line break, no escape, nothing normalize() changes), with `separator` between its rows instead
 * of a line break; undefined for any other text, which wrapAnsi wraps. `osteo topics` wraps
 * and indents 10,000 summaries: wrapAnsi's normalize, split and join for each of these one-line
 * texts, then a replace to indent them, were a third of listing them.
 */
export function wrapPlainLine(text: string, columns: number, separator = '\n'): string | undefined {
  if (!FITS_AS_IS.test(text)) return undefined;
  if (text.trim() === '') return '';
  return text.length <= columns ? trimSpaces(text) : wrapPlain(text, columns, separator);
}

/**
 * `text.slice(from, to)` without the spaces at its ends (what `replace(/^ +| +$/g, '')` and
 * `replace(/ +$/, '')` leave): by index, because `osteo topics` trims 10,000 lines and rows, and
 * a regular-expression replace goes through the engine's runtime at each call.
 */
function trimSpaces(text: string, from = 0, to = text.length, start = true): string {
  let first = from;
  if (start) while (first < to && text.charCodeAt(first) === SPACE) first++;
  let end = to;
  while (end > first && text.charCodeAt(end - 1) === SPACE) end--;
  return first === 0 && end === text.length ? text : text.slice(first, end);
}

const SPACE = 32;

/**
 * wrapLine for text whose width is its length (FITS_AS_IS), trimmed, breaking at spaces only:
 * the loop above without the cases that cannot arise (a row that starts with a space, a width
 * that adding lengths would not track, escapes to carry). Rows are joined by `separator`.
 */
function wrapPlain(text: string, columns: number, separator = '\n'): string {
  // Word by word as the full pass goes, but by index: a row is the text from its first word to
  // the space before the word that does not fit, so each row is one slice, not a string built a
  // word at a time (10,000 summaries in `osteo topics` made 12 MB of such pieces; its run on
  // 10,000 generated topics went from 533 to 525 ms, the median of 9 alternating runs).
  const rows: string[] = [];
  // Where the current row starts; -1 while it has no word yet (spaces there are dropped).
  let start = -1;
  for (let from = 0; from <= text.length;) {
    let end = text.indexOf(' ', from);
    if (end === -1) end = text.length;
    if (end > from) {
      if (start === -1) start = from;
      // The row so far, with the space before this word: from - start columns.
      else if (from - start + (end - from) > columns) {
        rows.push(trimSpaces(text, start, from, false));
        start = from;
      }
    }
    from = end + 1;
  }
  rows.push(start === -1 ? '' : trimSpaces(text, start, text.length, false));
  return rows.join(separator);
}

/** Break a word longer than the width across rows; escapes take no room. */
function wrapWord(rows: string[], word: string, columns: number): void {
  // By code point, as wrap-ansi does.
  const characters = Array.from(word);
  let insideEscape = false;
  let insideLink = false;
  let visible = stringWidth(rows[rows.length - 1] ?? '');
  for (const [index, character] of characters.entries()) {
    const width = stringWidth(character);
    if (visible + width <= columns) append(rows, character);
    else {
      rows.push(character);
      visible = 0;
    }
    if (character === ESC || character === CSI_8BIT) {
      insideEscape = true;
      insideLink = characters.slice(index + 1, index + 1 + LINK.length).join('') === LINK;
    }
    if (insideEscape) {
      if (insideLink) {
        if (character === BELL) {
          insideEscape = false;
          insideLink = false;
        }
      } else if (character === 'm') {
        insideEscape = false;
      }
      continue;
    }
    visible += width;
    if (visible === columns && index < characters.length - 1) {
      rows.push('');
      visible = 0;
    }
  }
  // The last row may hold only escapes: keep them on the row before.
  if (!visible && (rows[rows.length - 1] ?? '').length > 0 && rows.length > 1) {
    append(rows, rows.pop() ?? '');
  }
}

function append(rows: string[], text: string): void {
  rows[rows.length - 1] = (rows[rows.length - 1] ?? '') + text;
}

/** Trim spaces at the end of a row, looking past escapes. */
function trimSpacesRight(row: string): string {
  const words = row.split(' ');
  let last = words.length;
  while (last > 0 && stringWidth(words[last - 1] ?? '') === 0) last--;
  if (last === words.length) return row;
  return words.slice(0, last).join(' ') + words.slice(last).join('');
}

/** `text` wrapped to `width` after `lead` (a bullet, a number), later lines indented under it. */
export function wrapWithLead(text: string, width: number, lead: string): string {
  const pad = ' '.repeat(lead.length);
  return wrapAnsi(text, Math.max(10, width - lead.length), { trim: true })
    .split('\n')
    .map((line, i) => (i === 0 ? lead : pad) + line)
    .join('\n');
}
