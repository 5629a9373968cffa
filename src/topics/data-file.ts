// A rules file beside the topics (triage.yml, vocabulary.yml), read as YAML and checked by its
// zod schema. Only a folder with rules of its own, or the build, reads one.
import type * as z from 'zod';
import { ContentError } from '../errors.js';
import { describeSchemaError } from './schema.js';
import { readYaml, yamlProblem } from './yaml.js';

/** Pure: the text of a rules file beside the topics (`name`) → its data, checked by `schema`; a ContentError naming the file otherwise. */
export function parseDataFile<S extends z.ZodType>(name: string, text: string, schema: S): z.infer<S> {
  const read = readYaml(text);
  if (!read.ok) throw new ContentError(`${name}: ${yamlProblem(read)}`);
  const result = schema.safeParse(read.data);
  if (!result.success) throw new ContentError(`${name}: ${describeSchemaError(result.error, read.data)}`);
  return result.data;
}
