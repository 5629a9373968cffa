// The front matter fields a topic file has, apart from the schema (schema.ts, which loads zod):
// plain front matter is read and checked without it (parse-plain.ts).
import type { FrontMatter } from './schema.js';

/** The fields the schema reads; any other key in front matter is never looked at (a test holds them equal). */
export const FIELDS = [
  'id',
  'title',
  'summary',
  'aliases',
  'tags',
  'related',
  'reviewed',
  'sources',
  'questions',
  'searches',
] as const satisfies readonly (keyof FrontMatter)[];
