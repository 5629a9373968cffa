// The front matter a topic file must have to load at all. Stricter content rules live in check/.
import * as z from 'zod';
import { ContentError } from '../errors.js';
import { cleanLine } from '../safe-text.js';
import { TOPIC_ID } from './names.js';
import { readYaml, yamlProblem } from './yaml.js';

// Every string osteo keeps is cleaned of controls first: a YAML escape ("\e", "\x07") makes them.
// Every front-matter field is one line where osteo shows it (a list, a heading, a column), so a
// tab or line break from a YAML escape ("\t") becomes a space.
function buildSchema() {
  const cleaned = (): z.ZodString => z.string().overwrite(cleanLine);
  const text = cleaned().trim().min(1);
  const list = z.array(text).default([]);
  return z.object({
    id: cleaned().regex(TOPIC_ID, 'must be lowercase kebab-case (like leg-weakness)'),
    title: text,
    summary: cleaned().trim().default(''),
    aliases: list,
    tags: list,
    related: list,
    // A string: the YAML core schema reads an unquoted date such as 2026-11-28 as text.
    reviewed: cleaned().nullable().default(null),
    sources: z.array(z.object({ title: text, url: text })).default([]),
    /** "Questions to ask your doctor", for handouts. */
    questions: list,
    /**
     * What people type that a section answers, by heading ("(intro)" for the text before the first
     * heading): searched as the section's words, never shown (topics/searches.ts).
     */
    searches: z.record(cleaned(), list).optional(),
  });
}

let built: ReturnType<typeof buildSchema> | undefined;

/**
 * The schema, built when first asked for: most front matter is checked by hand
 * (plain-front-matter.ts), so a run on a folder of one's own often never needs it.
 */
export function frontMatterSchema(): ReturnType<typeof buildSchema> {
  return (built ??= buildSchema());
}

export type FrontMatter = z.infer<ReturnType<typeof buildSchema>>;

export { FIELDS } from './front-matter-fields.js';

/** One line naming the field and the problem, for warnings and `osteo check`. */
export function describeSchemaError(error: z.ZodError, data: unknown): string {
  const first = schemaIssues(error, data, 'front matter')[0];
  return first ? `${first.field}: ${first.message}` : 'invalid front matter';
}

/** Every problem zod found, each with its field ("checks.falls.threshold"; `whole` for the root). */
export function schemaIssues(error: z.ZodError, data: unknown, whole: string): { field: string; message: string }[] {
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

/** Pure: the text of a rules file beside the topics (`name`) → its data, checked by `schema`; a ContentError naming the file otherwise. */
export function parseDataFile<S extends z.ZodType>(name: string, text: string, schema: S): z.infer<S> {
  const read = readYaml(text);
  if (!read.ok) throw new ContentError(`${name}: ${yamlProblem(read)}`);
  const result = schema.safeParse(read.data);
  if (!result.success) throw new ContentError(`${name}: ${describeSchemaError(result.error, read.data)}`);
  return result.data;
}
