// Pure: the text of one topic file → a Topic. Throws ContentError naming the problem.
import { ContentError } from '../errors.js';
import { cleanText } from '../safe-text.js';
import { plainFrontMatter } from './plain-front-matter.js';
import { describeSchemaError, FIELDS, frontMatterSchema } from './schema.js';
import type { Section, Topic } from './types.js';
import { readYaml } from './yaml.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Parse a topic file; `file` is kept on the topic so later messages can name it. */
export function parseTopic(raw: string, file: string): Topic {
  // includes() first: a library of 10,000 topics has no carriage return in it, and the search
  // for one is native, where the replace walked every character (a tenth of reading them).
  const unix = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const text = cleanText(unix.replace(/^\uFEFF/, ''));
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new ContentError('no front matter (the file must start with a --- block)');

  // Only the fields osteo reads are walked (the schema drops the rest); see topics/yaml.ts.
  const read = readYaml(match[1] ?? '', FIELDS);
  if (!read.ok)
    throw new ContentError(
      read.tooLarge ? `front matter is too large: ${read.detail}` : `invalid YAML in front matter: ${read.detail}`,
    );
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError('front matter must be a YAML mapping of fields');
  }
  // The schema cleans each string it keeps of what a YAML escape ("\e[31m") can make; most front
  // matter is plain enough to check by hand, the same way (plain-front-matter.ts).
  const plain = plainFrontMatter(data as Record<string, unknown>);
  if (plain !== undefined) {
    // Field by field, in the spread's order, not `{ ...plain, … }`: a spread gave every topic a
    // hidden class of its own (V8 copied the shape for each clone), so 10,000 topics kept 10,000
    // shapes and descriptor arrays, a fifth of what listing them held (1,734 -> 1,347 bytes a
    // topic, 10,000 generated topics, heap after a full collection).
    const { id, title, summary, aliases, tags, related, reviewed, sources, questions } = plain;
    const sections = splitSections(text.slice(match[0].length));
    return { id, title, summary, aliases, tags, related, reviewed, sources, questions, sections, file };
  }
  const result = frontMatterSchema().safeParse(data);
  if (!result.success) throw new ContentError(describeSchemaError(result.error, data));
  return { ...result.data, sections: splitSections(text.slice(match[0].length)), file };
}

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
