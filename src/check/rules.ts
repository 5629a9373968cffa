// `osteo check` rules: what a topic needs beyond loading, for a library people can trust.
// Pure: topics (and the files that did not load) in, findings out.
import * as z from 'zod';
import type { SkippedFile } from '../topics/load.js';
import type { Topic } from '../topics/types.js';
import { INTRO_KEY, strayKeys } from '../topics/searches.js';
import { toKey } from '../search/normalize.js';
import { checkCitations } from './citations.js';
import { measureReadability } from './readability.js';
import { checkRegions } from './regions.js';

export const MAX_GRADE = 8;
export const MIN_SECTIONS = 2;
export const MAX_SECTIONS = 6;
export const MIN_SOURCES = 2;
export const LAST_SECTION = 'When to get help';
/** A review older than this many years is a warning: health advice changes. */
export const STALE_YEARS = 2;

export interface Finding {
  level: 'error' | 'warning';
  file: string;
  /** The front-matter field or part of the file the finding is about. */
  field: string;
  message: string;
}

export interface TopicReport {
  id: string;
  file: string;
  grade: number;
  words: number;
  sections: number;
  sources: number;
}

export interface CheckReport {
  topics: TopicReport[];
  findings: Finding[];
}

const strictSchema = z.object({
  summary: z.string().min(1, 'is empty').max(120, 'is longer than 120 characters'),
  reviewed: z.string({ error: 'is missing' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-28'),
  sources: z
    .array(
      z.object({
        title: z.string(),
        url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
      }),
    )
    .min(MIN_SOURCES, `needs at least ${MIN_SOURCES} sources`),
});

export function checkTopics(topics: readonly Topic[], skipped: readonly SkippedFile[], today: Date): CheckReport {
  const findings: Finding[] = skipped.map(({ file, problem }) => ({
    level: 'error',
    file,
    field: 'file',
    message: problem,
  }));
  if (topics.length === 0 && skipped.length === 0) {
    findings.push({ level: 'error', file: '.', field: 'folder', message: 'has no topic files (*.md)' });
  }
  const error = (topic: Topic, field: string, message: string): void => {
    findings.push({ level: 'error', file: topic.file, field, message });
  };
  const ids = new Set(topics.map((t) => t.id));
  // Who owns each name, so a clash is reported the same whatever order the files load in.
  const names = new Map<string, string>();
  const aliasOwners = new Map<string, string[]>();
  for (const topic of topics) {
    for (const name of [topic.id.replace(/-/g, ' '), topic.title]) names.set(toKey(name), topic.id);
    for (const alias of new Set(topic.aliases.map(toKey)))
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), topic.id]);
  }
  const reports: TopicReport[] = [];

  for (const topic of topics) {
    if (`${topic.id}.md` !== topic.file)
      error(topic, 'id', `"${topic.id}" does not match the file name (${topic.file})`);

    const strict = strictSchema.safeParse(topic);
    if (!strict.success) {
      for (const issue of strict.error.issues) {
        const { field, message } = describeIssue(issue, topic);
        error(topic, field, message);
      }
    }
    if (topic.reviewed && /^\d{4}-\d{2}-\d{2}$/.test(topic.reviewed)) findings.push(...checkReviewed(topic, today));

    for (const alias of topic.aliases) {
      const owner = names.get(toKey(alias));
      const others = (aliasOwners.get(toKey(alias)) ?? []).filter((id) => id !== topic.id);
      if (owner !== undefined && owner !== topic.id)
        error(topic, 'aliases', `"${alias}" is already a name of ${owner}`);
      else if (others.length > 0) error(topic, 'aliases', `"${alias}" is also an alias of ${others.join(', ')}`);
    }
    for (const id of topic.related) {
      if (id === topic.id) error(topic, 'related', 'a topic cannot be related to itself');
      else if (!ids.has(id)) error(topic, 'related', `"${id}" is not a topic`);
    }

    const named = topic.sections.filter((s) => s.heading !== '');
    if (named.length < MIN_SECTIONS || named.length > MAX_SECTIONS) {
      error(topic, 'sections', `has ${named.length} ## sections; needs ${MIN_SECTIONS} to ${MAX_SECTIONS}`);
    }
    if (named.length > 0 && named.at(-1)?.heading !== LAST_SECTION) {
      error(topic, 'sections', `the last section must be "## ${LAST_SECTION}"`);
    }

    for (const key of strayKeys(topic))
      error(topic, 'searches', `"${key}" is not a section heading of this topic (or "${INTRO_KEY}")`);

    findings.push(...checkCitations(topic), ...checkRegions(topic));

    const body = topic.sections.map((s) => (s.heading ? `## ${s.heading}\n\n${s.markdown}` : s.markdown)).join('\n\n');
    const readability = measureReadability(body);
    if (readability.grade > MAX_GRADE) {
      error(
        topic,
        'body',
        `reads at grade ${readability.grade}; the limit is ${MAX_GRADE} (use shorter sentences and words)`,
      );
    }
    reports.push({
      id: topic.id,
      file: topic.file,
      grade: readability.grade,
      words: readability.words,
      sections: named.length,
      sources: topic.sources.length,
    });
  }
  return { topics: reports, findings };
}

/** The field (sources counted from 1, as their [n] markers are) and what is wrong with it. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): { field: string; message: string } {
  const field = issue.path.map((key) => (typeof key === 'number' ? key + 1 : String(key))).join('.') || 'front matter';
  const value = issue.path.reduce<unknown>(
    (at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
  let message = issue.message;
  if (issue.code === 'invalid_type' && value === undefined) message = 'is missing';
  else if (issue.code === 'too_small' && issue.origin === 'string') message = 'is empty';
  return { field, message };
}

function checkReviewed(topic: Topic, today: Date): Finding[] {
  const reviewed = new Date(`${topic.reviewed ?? ''}T00:00:00Z`);
  const at = (level: Finding['level'], message: string): Finding[] => [
    { level, file: topic.file, field: 'reviewed', message },
  ];
  if (Number.isNaN(reviewed.getTime())) return at('error', `"${topic.reviewed ?? ''}" is not a real date`);
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (reviewed.getTime() > todayUtc) return at('error', `${topic.reviewed ?? ''} is in the future`);
  const stale = new Date(todayUtc);
  stale.setUTCFullYear(stale.getUTCFullYear() - STALE_YEARS);
  if (reviewed.getTime() < stale.getTime())
    return at('warning', `last reviewed ${topic.reviewed ?? ''}, over ${STALE_YEARS} years ago`);
  return [];
}
