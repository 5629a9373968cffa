// `osteo check` on a topic file that did not load: one that fails the front matter's schema (an
// empty title, a bad id) is read as far as it can be, so check reports every problem of the file
// at once: each schema problem, then every other rule, run on the file with stand-ins for the
// fields that failed. Files that cannot be read or whose front matter is not YAML keep their
// one finding.
import { readTopicText, type SkippedFile } from '../topics/load.js';
import { splitSections } from '../topics/parse.js';
import { FIELDS, frontMatterSchema } from '../topics/schema.js';
import { readYaml } from '../topics/yaml.js';
import { cleanText } from '../safe-text.js';
import type { Topic } from '../topics/types.js';
import { describeIssue, type Finding } from './rules.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export interface Recovered {
  /** Files read with stand-ins, to be checked as topics. */
  topics: Topic[];
  /** Their schema problems, each with its field. */
  findings: Finding[];
  /** Files that stay skipped, with their one problem. */
  skipped: SkippedFile[];
}

export function recoverSkipped(dir: string, skipped: readonly SkippedFile[]): Recovered {
  const out: Recovered = { topics: [], findings: [], skipped: [] };
  for (const file of skipped) {
    const read = readLeniently(dir, file.file);
    if (!read) {
      out.skipped.push(file);
      continue;
    }
    out.topics.push(read.topic);
    out.findings.push(...read.problems.map((p): Finding => ({ level: 'error', file: file.file, ...p })));
  }
  return out;
}

function readLeniently(
  dir: string,
  file: string,
): { topic: Topic; problems: { field: string; message: string }[] } | null {
  let text: string;
  try {
    // As topics/parse.ts: no control character or bidirectional override from a file is kept.
    text = cleanText(
      readTopicText(dir, file)
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n'),
    );
  } catch {
    return null;
  }
  const match = FRONT_MATTER.exec(text);
  // A file whose YAML is broken or past the bound has its one finding from the loader.
  const read = readYaml(match?.[1] ?? '', FIELDS);
  if (!read.ok) return null;
  const data = read.data;
  if (!match || data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  // Only the fields osteo reads: readYaml bounded those, and the rest may be an alias bomb.
  const fields = Object.fromEntries(
    FIELDS.filter((f) => f in data).map((f) => [f, clean((data as Record<string, unknown>)[f])]),
  );
  const result = frontMatterSchema().safeParse(fields);
  // Loaded but skipped for another reason (a duplicate id): its one finding says it all.
  if (result.success) return null;
  const problems = result.error.issues.map((issue) => describeIssue(issue, fields));
  // Each field that failed gets a stand-in, so the other rules can run.
  const standIn: Record<string, unknown> = { ...fields, id: file.replace(/\.md$/, ''), title: `(${file})` };
  for (const issue of result.error.issues) {
    const [field] = issue.path;
    if (typeof field === 'string' && field !== 'id' && field !== 'title') Reflect.deleteProperty(standIn, field);
  }
  const parsed = frontMatterSchema().safeParse(standIn);
  if (!parsed.success) return null;
  return { topic: { ...parsed.data, sections: splitSections(text.slice(match[0].length)), file }, problems };
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  return value;
}
