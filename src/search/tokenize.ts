// Text → lowercase words without accents or punctuation: the first step of every comparison.
// Kept apart from normalize.ts (stop words, stems) so an exact id lookup loads nothing else.

/**
 * Lowercase words without accents or punctuation. Possessive 's is dropped; decimals such as
 * 2.5 stay one word (a T-score of -2.5 is something people search for).
 */
export function tokenize(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
  return folded.match(/\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu) ?? [];
}
