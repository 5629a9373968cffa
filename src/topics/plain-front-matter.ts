// The front matter schema (schema.ts) worked out by hand for the front matter nearly every file
// has: the fields of the right types, nothing to report. zod's parse of 10,000 generated front
// matters took 79-91 ms in a bare script (cold), this 33-35. Anything this does not take (a wrong
// type, an empty title, an id that is not kebab-case, `searches`) returns undefined, and the
// schema reads the file as before, so its messages are unchanged. Pure;
// tests/topics/plain-front-matter.test.ts holds it equal to the schema's result on 20,000
// generated front matters, sound and broken, and on the shipped and generated topics.
import { cleanLine } from '../safe-text.js';
import { TOPIC_ID } from './names.js';
import type { FrontMatter } from './schema.js';

/** A non-empty line of text (the schema's `text`), or undefined. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = cleanLine(value).trim();
  return clean === '' ? undefined : clean;
}

// The lists are made at their length, not pushed to: an array's first push gives it room for 17
// items, and a topic keeps its lists (10,000 topics, 3 lists of one item each: 3.8 MB of room
// for items never added, 1,347 -> 965 bytes kept a topic).

/** A list of texts (the schema's `list`: absent is empty), or undefined. */
function list(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = text(value[i]);
    if (item === undefined) return undefined;
    out[i] = item;
  }
  return out;
}

/** The list of sources, each `{ title, url }` with nothing else kept, or undefined. */
function sources(value: unknown): { title: string; url: string }[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = new Array<{ title: string; url: string }>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const { title: rawTitle, url: rawUrl } = item as Record<string, unknown>;
    const title = text(rawTitle);
    const url = text(rawUrl);
    if (title === undefined || url === undefined) return undefined;
    out[i] = { title, url };
  }
  return out;
}

/**
 * The schema's result for `data` (read YAML), when it is plain; undefined when the schema must
 * read it (it may refuse it, and says why).
 */
export function plainFrontMatter(data: Record<string, unknown>): FrontMatter | undefined {
  // The schema takes an object, not an array (parse.ts refuses one before this, too).
  if (Array.isArray(data)) return undefined;
  // `searches` is rare outside the shipped topics, and its keys are cleaned too: the schema's.
  // Looked for as the schema does (`in`, inherited keys too); present but undefined, the schema
  // keeps the key.
  if ('searches' in data) return undefined;
  if (typeof data.id !== 'string') return undefined;
  const id = cleanLine(data.id);
  if (!TOPIC_ID.test(id)) return undefined;
  const title = text(data.title);
  if (title === undefined) return undefined;
  let summary = '';
  if (data.summary !== undefined) {
    if (typeof data.summary !== 'string') return undefined;
    summary = cleanLine(data.summary).trim();
  }
  let reviewed: string | null = null;
  if (data.reviewed !== undefined && data.reviewed !== null) {
    if (typeof data.reviewed !== 'string') return undefined;
    reviewed = cleanLine(data.reviewed);
  }
  const aliases = list(data.aliases);
  const tags = list(data.tags);
  const related = list(data.related);
  const cited = sources(data.sources);
  const questions = list(data.questions);
  if (!aliases || !tags || !related || !cited || !questions) return undefined;
  // The schema's key order, so the two results print alike.
  return { id, title, summary, aliases, tags, related, reviewed, sources: cited, questions };
}
