// Columns a string takes on screen. Text osteo draws is nearly all Latin letters, punctuation and
// box drawing, one column per character: counted directly here. Anything else (wide CJK, emoji,
// combining marks) goes to string-width, which is exact but slow, as it segments every grapheme.
// The build also hands this function to wrap-ansi, which measures every word it wraps.
import fullStringWidth from 'string-width';

const ESCAPES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;
// Printable ASCII, Latin-1 and Latin Extended letters, general punctuation (dashes, quotes,
// bullets, ellipsis), arrows, box drawing and block elements: all one column wide.
const ONE_COLUMN = /^[\u0020-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F]*$/;

export default function stringWidth(text: string, options?: Parameters<typeof fullStringWidth>[1]): number {
  const visible = text.includes('\u001B') ? text.replace(ESCAPES, '') : text;
  if (ONE_COLUMN.test(visible)) return visible.length;
  return fullStringWidth(text, options);
}
