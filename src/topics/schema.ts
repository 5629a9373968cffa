// The front matter a topic file must have to load at all. Stricter content rules live in check/.
import * as z from 'zod';

const text = z.string().trim().min(1);
const list = z.array(text).default([]);

export const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (like leg-weakness)'),
  title: text,
  summary: z.string().trim().default(''),
  aliases: list,
  tags: list,
  related: list,
  // A string: the YAML core schema reads an unquoted date such as 2026-11-28 as text.
  reviewed: z.string().nullable().default(null),
  sources: z.array(z.object({ title: text, url: text })).default([]),
  /** "Questions to ask your doctor", for handouts. */
  questions: list,
});


export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** One line naming the field and the problem, for warnings and `osteo check`. */
export function describeSchemaError(error: z.ZodError, data: unknown): string {
  const first = schemaIssues(error, data, 'front matter')[0];
  return first ? `${first.field}: ${first.message}` : 'invalid front matter';
}

/** Every problem zod found, each with its field ("checks.falls.threshold"; `whole` for the root). */
export function schemaIssues(error: z.ZodError, data: unknown, whole: string): { field: string; message: string }[] {
  return error.issues.map((issue) => {
    // zod does not keep the value it rejected, so look it up: absent reads better than "undefined".
    const value = issue.path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);
    const message = issue.code === 'invalid_type' && value === undefined ? 'is missing' : issue.message;
    return { field: issue.path.join('.') || whole, message };
  });
}
