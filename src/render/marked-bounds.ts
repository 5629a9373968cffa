// What osteo hands to marked, and what it shows instead. marked's lexer is quadratic on some
// inputs (300 KB of "*_a" ran for minutes) and recursive (2,000 ">" overflowed its stack), and a
// topic file may hold anything up to the 1 MB cap. Text past these bounds is shown as plain
// paragraphs: every word is still there, only the Markdown styling is not.

/** No section longer than this reaches marked (the longest shipped section is 7 KB). */
export const MAX_MARKED_CHARS = 100_000;
/** Containers a line may open (">", "-", "1.") or indentation may nest (2 columns a level). */
export const MAX_NESTING = 40;
/**
 * Emphasis markers (* _ ~) times the length of the paragraph they are in, summed: marked scans
 * ahead for a closing marker from each one, so this is what its lexing time grows with. The
 * largest shipped paragraph (red-flags' same-day list, one block of bullets) needs about
 * 640,000: a list that outgrows the bound is split in two by a line of its own ("On a
 * medicine:"). At this bound the worst pattern found ("'*a" repeated) lexes in about 0.3 s on a
 * busy two-core machine.
 */
export const MAX_EMPHASIS_WORK = 1_000_000;

/** Whether marked can take `markdown` in reasonable time and stack. Linear in its length. */
export function fitsMarked(markdown: string): boolean {
  if (markdown.length > MAX_MARKED_CHARS) return false;
  let work = 0;
  for (const paragraph of markdown.split(/\n[ \t]*\n/)) {
    let markers = 0;
    for (let i = 0; i < paragraph.length; i++) {
      const c = paragraph.charCodeAt(i);
      if (c === 42 || c === 95 || c === 126) markers++; // * _ ~
    }
    work += markers * paragraph.length;
    if (work > MAX_EMPHASIS_WORK) return false;
  }
  return markdown.split('\n').every((line) => nestingOf(line) <= MAX_NESTING);
}

/** How deep a line nests: the container markers that open it, or its indentation in levels. */
function nestingOf(line: string): number {
  let depth = 0;
  let indent = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      if (depth === 0) indent += c === '\t' ? 4 : 1;
      i++;
    } else if (c === '>') {
      depth++;
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth++;
      i += 2;
    } else {
      const digits = /^\d{1,9}[.)](?=[ \t])/.exec(line.slice(i, i + 11));
      if (!digits) break;
      depth++;
      i += digits[0].length;
    }
  }
  return Math.max(depth, Math.floor(indent / 2));
}

/**
 * `lex(markdown)` when marked can take it (every use of marked's lexer goes through here); null
 * past the bounds, or if it overflows the stack after all: the caller shows plain paragraphs.
 */
export function lexBounded<T>(markdown: string, lex: (text: string) => T): T | null {
  if (!fitsMarked(markdown)) return null;
  try {
    return lex(markdown);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The text of `markdown` as plain paragraphs, each on one line with its spaces collapsed. */
export function plainParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
