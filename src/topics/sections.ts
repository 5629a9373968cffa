// A topic file's body → its sections: the intro and each `## Heading` (parse.ts, parse-plain.ts).
import type { Section } from './types.js';

/**
 * The text of a `## Heading` line, without a closing run of #s and spaces; null if it is not one.
 * What /^##[ \t]+(.+?)[ \t#]*$/ matches, in linear time: that pattern backtracks over a long run
 * of spaces (200,000 of them took half a minute).
 */
export function headingOf(line: string): string | null {
  if (!line.startsWith('##') || /[\u2028\u2029]/.test(line)) return null;
  const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  let start = 2;
  while (isBlank(line[start])) start++;
  if (start === 2) return null;
  // All blank after ##: the lazy group takes the last blank (the pattern needs one character).
  if (start === line.length) return start > 3 ? (line[line.length - 1] ?? null) : null;
  let end = line.length;
  while (end > start + 1 && (isBlank(line[end - 1]) || line[end - 1] === '#')) end--;
  return line.slice(start, end);
}

/**
 * Split a Markdown body into the intro and its `##` sections; `##` inside code fences is text.
 * Each section's text is a slice of `body` (what joining its lines with '\n' made, then trimmed),
 * not a copy: splitting into lines and joining them again made a second copy of each file's
 * text, for the young generation to collect (reading and parsing 10,000 generated topics
 * allocated 188 MB that way, 115 MB this way; a search's reading made 24 young collections, not 32). Lines are looked at in place; only a line that may be a
 * heading or a fence is cut out, for headingOf and the fence pattern.
 */
export function splitSections(body: string): Section[] {
  // Nothing to split, as when only the front matter was read (`osteo topics`).
  if (body === '') return [];
  const sections: Section[] = [];
  let heading = '';
  // Where the current section's first line starts.
  let from = 0;
  let fence: string | null = null;
  const flush = (to: number): void => {
    // The section's lines joined: from its first line's start to the end of its last line; none
    // when the next heading is its first line.
    const markdown = to > from ? body.slice(from, to).trim() : '';
    if (heading !== '' || markdown !== '') sections.push({ heading, markdown });
  };
  // A body without three backticks or tildes in a row has no fence to look for on each line.
  const fences = body.includes('```') || body.includes('~~~');
  for (let start = 0; start <= body.length;) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    // Only a line that starts with ## can be a heading (headingOf), and only in a fenced body
    // can a line open or close a fence: any other line is left where it is.
    const hashes = body.charCodeAt(start) === HASH && body.charCodeAt(start + 1) === HASH;
    if (fences || hashes) {
      const line = body.slice(start, end);
      const fenceMatch = fences ? /^\s{0,3}(`{3,}|~{3,})/.exec(line) : null;
      if (fenceMatch?.[1]) {
        const marker = fenceMatch[1];
        if (fence === null) fence = marker[0] ?? null;
        else if (marker[0] === fence) fence = null;
      }
      const found = fence === null && hashes ? headingOf(line) : null;
      if (found) {
        // The lines before this one, without the line break that ends the last of them.
        flush(start - 1);
        heading = found;
        from = end + 1;
      }
    }
    start = end + 1;
  }
  flush(body.length);
  return sections;
}

const HASH = 35;
