// Text → lowercase words without accents or punctuation: the first step of every comparison.
// Kept apart from normalize.ts (stop words, stems) so an exact id lookup loads nothing else.

const PLAIN = /^[\x20-\x7e\t\n\r]*$/;

/**
 * Lowercase words without accents or punctuation. Possessive 's is dropped; decimals such as
 * 2.5 stay one word (a T-score of -2.5 is something people search for).
 */
export function tokenize(text: string): string[] {
  // Plain ASCII, as almost every question is, needs no Unicode: its words are [a-z0-9] runs
  // once lowercased, as the Unicode reading below would find them (a test checks every printable
  // ASCII character). A search of the shipped topics then never compiles the Unicode patterns:
  // about 1 ms of its first question, and 6 to 8M of its 270M instructions (callgrind).
  if (PLAIN.test(text)) return plainWords(text.toLowerCase().replace(/`/g, "'"));
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
  return unicodeWords(folded);
}

/** The words of lowercase ASCII `folded`, with 's and other apostrophes dropped. */
function plainWords(folded: string): string[] {
  return (
    folded
      .replace(/'s\b/g, '')
      .replace(/'/g, '')
      .match(/\d+(?:\.\d+)+|[a-z0-9]+/g) ?? []
  );
}

/** The words of lowercase `folded`, in any script, with 's and other apostrophes dropped. */
export function unicodeWords(folded: string): string[] {
  return (
    folded
      .replace(/'s\b/g, '')
      .replace(/'/g, '')
      .match(/\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu) ?? []
  );
}
