// Text safety, in one place: what may reach a terminal from content, queries and file names.
// Pure, so any layer may import it. The one gate is terminalSafe(), applied to everything osteo
// writes (cli.ts wraps the Io with it); the rest clean text earlier, where it is read or decoded,
// so that what osteo measures and wraps is what it shows.

/** C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
const BIDI = '\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069';
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${BIDI}]`, 'g');
// The same but tab and newline, which Markdown and YAML need: for text as it is read from a file.
const CONTROLS_IN_TEXT = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${BIDI}]`, 'g');
// One of them (not global: test() then keeps no place between calls).
const HAS_CONTROL = new RegExp(CONTROLS_IN_TEXT.source);
// What JSON.stringify leaves raw (it escapes C0 itself): escaped, it cannot act on a terminal.
const RAW_IN_JSON = new RegExp(`[\\u007F-\\u009F\\u2028\\u2029${BIDI}]`, 'g');

/**
 * Every escape sequence, whole: CSI (ESC [ or the C1 byte), OSC (ESC ] or C1, ended by BEL or
 * ST, or by nothing), DCS/SOS/PM/APC strings, and two-byte escapes. Linear: every repetition
 * stops at the next ESC or terminator, and each alternative starts at an ESC or a C1 byte.
 */
const ANY_ESCAPE =
  /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?|(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|(?:\u001B[PX^_]|[\u0090\u0098\u009E\u009F])[^\u001B\u009C]*(?:\u001B\\|\u009C)?|\u001B[ -/]*[0-~]?/g;

// osteo's own styling: one SGR code of the few its theme and wrap.ts write (bold, dim, italic,
// underline, strikethrough, their resets, and colours), and OSC 8 links to http(s) addresses.
// Not conceal (8), blink (5, 6) or inverse (7): content must not hide or disguise text.
const OWN_SGR = /^\u001B\[(?:0|1|2|3|4|9|22|23|24|29|3[0-7]|39|4[0-7]|49|9[0-7]|10[0-7])m$/;
const OWN_LINK = /^\u001B\]8;;(?:https?:\/\/[^\s\u0000-\u001F\u007F-\u009F]*)?\u0007$/i;
// One pass over the text: a whole escape sequence, or one character that must not reach a
// terminal. Newline and tab are left out of the class: a match is a call to the replacer, and
// `osteo topics` writes 10,000 lines (24 ms of calls that kept each newline, against 2 ms).
const UNSAFE = new RegExp(`${ANY_ESCAPE.source}|${CONTROLS_IN_TEXT.source}`, 'g');
const SAFE_URL = /^https?:\/\/[^\s\u0000-\u001F\u007F-\u009F]+$/i;

/** Remove every escape sequence; other characters stay (for measuring styled text). */
export function stripEscapes(text: string): string {
  return text.replace(ANY_ESCAPE, '');
}

/**
 * The one filter on what osteo writes. With `styles`, osteo's own SGR codes and http(s) OSC 8
 * links survive; every other escape sequence goes whole, and every other C0 and C1 control and
 * bidirectional character goes too. Newlines and tabs stay: they only move the cursor on, and
 * machine-read output (completion candidates, "word<TAB>description") needs tabs.
 */
export function terminalSafe(text: string, styles: boolean): string {
  // Every match of UNSAFE starts with a character of CONTROLS_IN_TEXT: a text with none (nearly
  // all plain output; `osteo topics` of a large folder writes a megabyte) is looked through by
  // that one class, a third of the work of the whole expression.
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(UNSAFE, (seq) =>
    (seq.length > 1 || seq === '\u001B') && styles && (OWN_SGR.test(seq) || OWN_LINK.test(seq)) ? seq : '',
  );
}

/**
 * Text as read from a file or decoded from it (an HTML entity), made inert: no controls but tab
 * and newline, no bidirectional overrides. Escape sequences lose their ESC and show as text.
 */
export function cleanText(text: string): string {
  // Looked for first: a global replace that finds nothing still goes through the engine's
  // runtime, and a folder of 10,000 topics is cleaned file by file, nearly always with nothing to take out.
  return HAS_CONTROL.test(text) ? text.replace(CONTROLS_IN_TEXT, '') : text;
}

/**
 * cleanText for a field shown on one line (a title, a name, a list item): every run of white
 * space, tabs and line breaks too, one space. Printable ASCII with single spaces is returned as
 * it is, without the two passes: it is most of what a large folder's front matter holds.
 */
export function cleanLine(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c > 32 ? c < 127 : c === 32 && text.charCodeAt(i + 1) !== 32;
  }
  return plain ? text : cleanText(text).replace(/\s+/g, ' ');
}

/** Text to echo in a one-line message: no controls, escapes or line breaks, at most `max` characters. */
export function printable(text: string, max = 80): string {
  const clean = stripEscapes(text).replace(UNPRINTABLE, '');
  // By code point, so a cut never splits a surrogate pair.
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/** JSON for stdout (pretty) or stderr (one line), with every control and bidi character escaped. */
export function json(value: unknown, indent = 2): string {
  const text = JSON.stringify(value, null, indent).replace(
    RAW_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${text}\n`;
}

/** Whether `url` may become a clickable link: http(s), with no space or control in it. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

/** `text` as a clickable OSC 8 link to `url`; the caller checks isSafeUrl first. */
export function hyperlink(url: string, text: string): string {
  return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}
