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

/** Split a Markdown body into the intro and its `##` sections; `##` inside code fences is text. */
export function splitSections(body: string): Section[] {
  // Nothing to split, as when only the front matter was read (`osteo topics`): the loop below
  // would make a list, a closure and a join to find that out, for each of 10,000 files.
  if (body === '') return [];
  const sections: Section[] = [];
  let heading = '';
  let lines: string[] = [];
  let fence: string | null = null;
  const flush = (): void => {
    const markdown = lines.join('\n').trim();
    if (heading !== '' || markdown !== '') sections.push({ heading, markdown });
  };
  // A body without three backticks or tildes in a row has no fence to look for on each line.
  const fences = body.includes('```') || body.includes('~~~');
  for (const line of body.split('\n')) {
    const fenceMatch = fences ? /^\s{0,3}(`{3,}|~{3,})/.exec(line) : null;
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
    }
    const found = fence === null ? headingOf(line) : null;
    if (found) {
      flush();
      heading = found;
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}
