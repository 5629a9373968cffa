// Pure: the text of one topic file → a Topic. Throws ContentError naming the problem.
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { ContentError } from '../errors.js';
import { cleanText } from '../safe-text.js';
import { describeSchemaError, frontMatterSchema } from './schema.js';
import type { Section, Topic } from './types.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Parse a topic file; `file` is kept on the topic so later messages can name it. */
export function parseTopic(raw: string, file: string): Topic {
  const text = cleanText(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new ContentError('no front matter (the file must start with a --- block)');

  let data: unknown;
  try {
    // The core schema: plain JSON-like values; a date such as 2026-11-28 stays a string.
    data = parseYaml(match[1] ?? '', { schema: CORE_SCHEMA });
  } catch (cause) {
    const first = cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause);
    throw new ContentError(`invalid YAML in front matter: ${first}`, { cause });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError('front matter must be a YAML mapping of fields');
  }
  // YAML escapes ("\e[31m") can make control characters the raw-text pass did not see.
  // Only a YAML escape ("\e") can make a control character here, and every escape has a "\".
  const clean = match[1]?.includes('\\') ? withoutControls(data) : data;
  const result = frontMatterSchema.safeParse(clean);
  if (!result.success) throw new ContentError(describeSchemaError(result.error, clean));

  return { ...result.data, sections: splitSections(text.slice(match[0].length)), file };
}

function withoutControls(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(withoutControls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControls(v)]));
  }
  return value;
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
  for (const line of body.split('\n')) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
    }
    const headingMatch = fence === null ? /^##[ \t]+(.+?)[ \t#]*$/.exec(line) : null;
    if (headingMatch?.[1]) {
      flush();
      heading = headingMatch[1];
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}
