// The front matter a topic file must have to load at all. Stricter content rules live in check/.
import * as z from 'zod';
import { cleanText } from '../safe-text.js';

// Every string osteo keeps is cleaned of controls first: a YAML escape ("\e", "\x07") makes them.
const cleaned = (): z.ZodString => z.string().overwrite(cleanText);
const text = cleaned().trim().min(1);
const list = z.array(text).default([]);

/** A slot of a triage pattern: alternatives split by "|" ("weak | numb | one side"). */
const slot = text.transform((value) => value.split('|').map((alt) => alt.trim()).filter(Boolean));

const triageSchema = z.object({
  messages: z.object({ emergency: text, urgent: text }),
  signs: z
    .array(
      z.object({
        level: z.enum(['emergency', 'urgent']),
        sign: text,
        when: z.array(z.array(slot).min(1)).min(1),
      }),
    )
    .min(1),
});

export const frontMatterSchema = z.object({
  id: cleaned().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (like leg-weakness)'),
  title: text,
  summary: cleaned().trim().default(''),
  aliases: list,
  tags: list,
  related: list,
  // A string: the YAML core schema reads an unquoted date such as 2026-11-28 as text.
  reviewed: cleaned().nullable().default(null),
  sources: z.array(z.object({ title: text, url: text })).default([]),
  // Only the red-flags topic has this: the urgent signs `osteo search` watches for.
  triage: triageSchema.nullable().default(null),
});


export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The fields the schema reads; any other key in front matter is never looked at. */
export const FIELDS = Object.keys(frontMatterSchema.shape);

/** One line naming the field and the problem, for warnings and `osteo check`. */
export function describeSchemaError(error: z.ZodError, data: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid front matter';
  const field = issue.path.join('.') || 'front matter';
  // zod does not keep the value it rejected, so look it up: absent reads better than "undefined".
  const value = issue.path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);
  const message = issue.code === 'invalid_type' && value === undefined ? 'is missing' : issue.message;
  return `${field}: ${message}`;
}
