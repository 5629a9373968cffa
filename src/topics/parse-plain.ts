// The plainest topic files parsed as parse.ts parses them, without js-yaml or zod: front matter
// that simple-yaml.ts reads and plain-front-matter.ts checks, as nearly every file of a folder of
// one's own has. parse.ts builds on these pieces; a search of a folder's index reads the topics it
// shows through parsePlainTopic alone (library/hydrate.ts), so that neither module is loaded:
// starting them (code the build's code cache does not hold: only the shipped topics train it) was
// 14-17 ms of each such search. Pure.
import { ContentError } from '../errors.js';
import { cleanText } from '../safe-text.js';
import { FIELDS } from './front-matter-fields.js';
import { plainFrontMatter } from './plain-front-matter.js';
import type { FrontMatter } from './schema.js';
import { splitSections } from './sections.js';
import { readSimpleYaml } from './simple-yaml.js';
import type { Topic } from './types.js';
import { MAX_YAML_VALUES, overBudget, plainWithinBudget } from './yaml-budget.js';

/**
 * A topic file's front matter and body, its text cleaned (line ends, a byte-order mark,
 * controls); a ContentError if it has no front matter.
 */
export function topicText(raw: string): { frontMatter: string; body: string } {
  // includes() first: a library of 10,000 topics has no carriage return in it, and the search
  // for one is native, where the replace walked every character (a tenth of reading them).
  const unix = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const text = cleanText(unix.charCodeAt(0) === 0xfeff ? unix.slice(1) : unix);
  const fence = frontMatterFence(text);
  if (!fence) throw new ContentError('no front matter (the file must start with a --- block)');
  return { frontMatter: text.slice(fence.start, fence.close), body: text.slice(fence.end) };
}

/**
 * Where /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/ matches `text`: its group from `start`
 * to `close`, the whole match to `end`; null if it does not match. Found by indexOf, not by the
 * expression, whose lazy group tried the closing fence at every character of the front matter
 * (10,000 files); tests/topics/parse-plain.test.ts holds the two equal.
 */
export function frontMatterFence(text: string): { start: number; close: number; end: number } | null {
  // The opening line: "---", spaces or tabs, a line break.
  if (!text.startsWith('---')) return null;
  let start = 3;
  while (isBlank(text.charCodeAt(start))) start++;
  if (text.charCodeAt(start) !== NEWLINE) return null;
  start++;
  // The first "\n---" at or after the group's start that ends its line after spaces or tabs
  // (the lazy group's first fit; giving back blanks could never fit).
  for (let close = text.indexOf('\n---', start); close >= 0; close = text.indexOf('\n---', close + 1)) {
    let end = close + 4;
    while (isBlank(text.charCodeAt(end))) end++;
    if (end === text.length) return { start, close, end };
    if (text.charCodeAt(end) === NEWLINE) return { start, close, end: end + 1 };
  }
  return null;
}

const NEWLINE = 10;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/** The topic of checked plain front matter and its file's body. */
export function plainTopic(plain: FrontMatter, body: string, file: string): Topic {
  // Field by field, in the spread's order, not `{ ...plain, … }`: a spread gave every topic a
  // hidden class of its own (V8 copied the shape for each clone), so 10,000 topics kept 10,000
  // shapes and descriptor arrays, a fifth of what listing them held (1,734 -> 1,347 bytes a
  // topic, 10,000 generated topics, heap after a full collection).
  const { id, title, summary, aliases, tags, related, reviewed, sources, questions } = plain;
  const sections = splitSections(body);
  return { id, title, summary, aliases, tags, related, reviewed, sources, questions, sections, file };
}

/**
 * parseTopic's result for a file whose front matter is plain; undefined for any other, which
 * parseTopic reads (with js-yaml or the schema). Throws parseTopic's ContentError for a file
 * without front matter, or with plain front matter of too many values.
 */
export function parsePlainTopic(raw: string, file: string): Topic | undefined {
  const { frontMatter, body } = topicText(raw);
  const data = readSimpleYaml(frontMatter);
  if (data === undefined) return undefined;
  // As readYaml bounds any front matter: only the fields osteo reads are walked.
  const roots = (): unknown[] => FIELDS.map((f) => data[f]);
  if (!plainWithinBudget(frontMatter, roots, FIELDS.length, MAX_YAML_VALUES))
    throw new ContentError(`front matter is too large: ${overBudget()}`);
  const plain = plainFrontMatter(data);
  return plain === undefined ? undefined : plainTopic(plain, body, file);
}
