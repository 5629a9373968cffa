// A reader for the plainest YAML front matter, and only that: `key: value` lines, one-line
// `[a, b]` lists, and a list of items (`  - value`, or `  - key: value` with `    key: value`
// under it). Anything else (comments, blank lines, other indents, escapes, numbers, null or
// true, anchors, tags) is not read here: readSimpleYaml returns undefined, and js-yaml reads the
// text as before. js-yaml stays the authority; this only spares it the common case, where it
// took most of the time of listing 10,000 topics (about 15 µs a file, cold). A property test
// holds every text this reads equal to what js-yaml makes of it with the core schema.
import { FIELDS } from './front-matter-fields.js';

/** What js-yaml (core schema) makes of `text`, when `text` is in the plain subset above; else undefined. */
export function readSimpleYaml(text: string): Record<string, unknown> | undefined {
  const lines = text.split('\n');
  const out: Record<string, unknown> = {};
  for (let i = 0; i < lines.length;) {
    const line = lines[i] ?? '';
    const colon = line.indexOf(':');
    const key = keyOf(line, colon);
    if (colon <= 0 || key === undefined || Object.hasOwn(out, key)) return undefined;
    i++;
    BLANK_FROM.lastIndex = colon + 1;
    if (BLANK_FROM.test(line)) {
      // A list of items under the key, or nothing (null).
      const items: unknown[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('  - ')) {
        const item = readItem(lines, i);
        if (!item) return undefined;
        items.push(item.value);
        i = item.next;
      }
      if (i < lines.length && (lines[i] ?? '').startsWith(' ')) return undefined;
      out[key] = items.length > 0 ? items : null;
      continue;
    }
    if (line.charCodeAt(colon + 1) !== SPACE) return undefined;
    const value = readValue(valueAt(line, colon + 2), true);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

// A key as topic files write them; `__proto__` and other odd keys go to js-yaml.
const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
// The keys topic files use, as constants: a key sliced from the line is a new string, which
// must be hashed and looked up among the engine's names each time it names a property (10,000
// files, a dozen keys each); a constant was looked up once.
// The schema's fields (front-matter-fields.ts), and a source's url.
const KNOWN_KEYS: readonly string[] = [...FIELDS, 'url'];

/** The key `line` starts with, `length` characters (a KEY), or undefined if it is not one. */
function keyOf(line: string, length: number): string | undefined {
  for (let i = 0; i < KNOWN_KEYS.length; i++) {
    const known = KNOWN_KEYS[i] ?? '';
    if (known.length === length && line.startsWith(known)) return known;
  }
  const key = line.slice(0, length);
  return KEY.test(key) ? key : undefined;
}
// A plain scalar that can only be a string: it starts with a letter (so it is no number, and no
// YAML indicator), or with a digit and has a space in it ("6 monthly injection": the core
// schema's numbers have none); and it holds nothing that would end it or start a comment or a
// mapping (checked in readValue).
const PLAIN = /^(?:[A-Za-z][^\t]*|[0-9][^\t]* [^\t]*)$/;
// The only plain scalars starting with a digit read here: dates, which the core schema keeps as strings.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// What trim() takes away, to the end of the line from lastIndex (the rest of a line after its
// key is blank: rest.trim() === '', without slicing the rest or trimming a copy).
const BLANK_FROM = /\s*$/y;
const SPACES = /^ *$/;
// In a flow list, these end an item or the list.
const FLOW_MARK = /[[\]{}:,]/;
const SPACE = 0x20;
const COLON = 0x3a;
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** One list item at `lines[at]` ("  - …", and for a mapping its "    key: value" lines), or null. */
function readItem(lines: readonly string[], at: number): { value: unknown; next: number } | null {
  const first = (lines[at] ?? '').slice(4);
  const colon = first.indexOf(': ');
  if (colon < 0 || !KEY.test(first.slice(0, colon))) {
    const value = readValue(first, true);
    return value === undefined ? null : { value, next: at + 1 };
  }
  const item: Record<string, unknown> = {};
  let next = at;
  let line = first;
  for (;;) {
    const split = line.indexOf(': ');
    const key = keyOf(line, split);
    if (split <= 0 || key === undefined || Object.hasOwn(item, key)) return null;
    const value = readValue(valueAt(line, split + 2), true);
    if (value === undefined) return null;
    item[key] = value;
    next++;
    const following = lines[next] ?? '';
    if (!following.startsWith('    ') || following.startsWith('     ')) break;
    line = following.slice(4);
  }
  return { value: item, next };
}

/** A one-line value: a plain or quoted string, or (in block context) a one-line list; else undefined. */
function readValue(value: string, block: boolean): unknown {
  if (block && value.startsWith('[')) return readList(value);
  if (block && value.length >= 2 && (value[0] === '"' || value[0] === "'")) {
    const quote = value[0];
    const inner = value.slice(1, -1);
    return value.endsWith(quote) && !inner.includes(quote) && !inner.includes('\\') ? inner : undefined;
  }
  if (value.length === 10 && DATE.test(value)) return value;
  // WORDS only for a value as short as its words: a Set hashes the whole string it is asked of
  // (titles and summaries, in every file of a folder).
  const last = value.charCodeAt(value.length - 1);
  if (!PLAIN.test(value) || (value.length <= 5 && WORDS.has(value)) || last === SPACE || last === COLON)
    return undefined;
  if (value.includes(': ') || value.includes(' #')) return undefined;
  // In a list, these end an item or the list; ":" is read otherwise there.
  if (!block && FLOW_MARK.test(value)) return undefined;
  return value;
}

/** `[a, b]` on one line, its items plain strings; else undefined. */
function readList(value: string): unknown[] | undefined {
  if (!value.endsWith(']')) return undefined;
  const inner = value.slice(1, -1);
  if (SPACES.test(inner)) return [];
  const items: unknown[] = [];
  for (const part of inner.split(',')) {
    const item = readValue(dropSpaces(part, true), false);
    if (item === undefined) return undefined;
    items.push(item);
  }
  return items;
}

/** `line` from `at` on, without the spaces there: the value after a key's `: ` (one slice, not two). */
function valueAt(line: string, at: number): string {
  let start = at;
  while (line.charCodeAt(start) === SPACE) start++;
  return line.slice(start);
}

/**
 * `text` without its leading spaces (and trailing ones too, with `both`): what
 * `replace(/^ +/, '')` and `replace(/^ +| +$/g, '')` gave, without a regular expression
 * run (and a RegExp object made) per line: a folder of 10,000 topics reads 100,000 such lines.
 */
function dropSpaces(text: string, both = false): string {
  let start = 0;
  while (text.charCodeAt(start) === 32) start++;
  let end = text.length;
  if (both) while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
