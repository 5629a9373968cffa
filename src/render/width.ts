// Columns a string takes on screen, for wrapping and tables. string-width is exact, but it builds
// an Intl.Segmenter when loaded and segments every grapheme: a third of a render's time. Text
// osteo draws is nearly all one-column characters, counted directly here; anything else is
// counted per code point: marks and joiners take none, emoji and East Asian wide characters two.
// wrap.ts measures every word it wraps with it.
import { eastAsianWidth } from 'get-east-asian-width';
import { stripEscapes } from '../safe-text.js';

// Printable ASCII, Latin-1 and Latin Extended letters, general punctuation (dashes, quotes,
// bullets, ellipsis), arrows, box drawing and block elements: all one column wide. Not the soft
// hyphen (U+00AD), which takes none, as below: so a string's width is the sum of its parts'.
const ONE_COLUMN = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F]*$/;
const ZERO_WIDTH = /^[\p{Mark}\p{Default_Ignorable_Code_Point}\p{Emoji_Modifier}\p{Control}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;
const JOINER = 0x200d;

export default function stringWidth(text: string): number {
  const visible = text.includes('\u001B') ? stripEscapes(text) : text;
  if (ONE_COLUMN.test(visible)) return visible.length;
  let width = 0;
  let joined = false;
  for (const char of visible) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (ZERO_WIDTH.test(char)) {
      joined = codePoint === JOINER;
      continue;
    }
    // A character after a zero-width joiner is drawn as part of the one before (👩‍👩‍👧).
    if (joined) {
      joined = false;
      continue;
    }
    width += EMOJI.test(char) ? 2 : eastAsianWidth(codePoint);
  }
  return width;
}
