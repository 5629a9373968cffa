// The front matter a topic file must have to load at all. Stricter content rules live in check/.
// zod's smaller build, zod/mini, with its English messages (the same as zod's own): every run on a
// folder of the user's own loads this file, and zod itself took about 15 ms to load and build the
// schema, zod/mini about 4 (bare script, 3 runs each). The other data files' schemas, read less
// often, use zod (data-file.ts).
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { $ZodError } from 'zod/v4/core';
import { cleanText } from '../safe-text.js';

z.config(en());

// Every string osteo keeps is cleaned of controls first: a YAML escape ("\e", "\x07") makes them.
// Every front-matter field is one line where osteo shows it (a list, a heading, a column), so a
// tab or line break from a YAML escape ("\t") becomes a space.
const cleaned = (): z.ZodMiniString => z.string().check(z.overwrite((value) => cleanText(value).replace(/\s+/g, ' ')));
const text = cleaned().check(z.trim(), z.minLength(1));
const list = z._default(z.array(text), []);

export const frontMatterSchema = z.object({
  id: cleaned().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (like leg-weakness)')),
  title: text,
  summary: z._default(cleaned().check(z.trim()), ''),
  aliases: list,
  tags: list,
  related: list,
  // A string: the YAML core schema reads an unquoted date such as 2026-11-28 as text.
  reviewed: z._default(z.nullable(cleaned()), null),
  sources: z._default(z.array(z.object({ title: text, url: text })), []),
  /** "Questions to ask your doctor", for handouts. */
  questions: list,
  /**
   * What people type that a section answers, by heading ("(intro)" for the text before the first
   * heading): searched as the section's words, never shown (topics/searches.ts).
   */
  searches: z.optional(z.record(cleaned(), list)),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The fields the schema reads; any other key in front matter is never looked at. */
export const FIELDS = Object.keys(frontMatterSchema.shape);

/** One line naming the field and the problem, for warnings and `osteo check`. */
export function describeSchemaError(error: $ZodError, data: unknown): string {
  const first = schemaIssues(error, data, 'front matter')[0];
  return first ? `${first.field}: ${first.message}` : 'invalid front matter';
}

/** Every problem zod found, each with its field ("checks.falls.threshold"; `whole` for the root). */
export function schemaIssues(error: $ZodError, data: unknown, whole: string): { field: string; message: string }[] {
  return error.issues.map((issue) => {
    // zod does not keep the value it rejected, so look it up: absent reads better than "undefined".
    const value = issue.path.reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
      data,
    );
    const message = issue.code === 'invalid_type' && value === undefined ? 'is missing' : issue.message;
    return { field: issue.path.join('.') || whole, message };
  });
}
