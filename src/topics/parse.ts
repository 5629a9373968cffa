// Pure: the text of one topic file → a Topic. Throws ContentError naming the problem. The plainest
// files are read without js-yaml or zod (parse-plain.ts); the rest through them, here.
import { ContentError } from '../errors.js';
import { plainTopic, topicText } from './parse-plain.js';
import { plainFrontMatter } from './plain-front-matter.js';
import { describeSchemaError, FIELDS, frontMatterSchema } from './schema.js';
import { splitSections } from './sections.js';
import type { Topic } from './types.js';
import { readYaml } from './yaml.js';

export { headingOf, splitSections } from './sections.js';

/** Parse a topic file; `file` is kept on the topic so later messages can name it. */
export function parseTopic(raw: string, file: string): Topic {
  const { frontMatter, body } = topicText(raw);
  // Only the fields osteo reads are walked (the schema drops the rest); see topics/yaml.ts.
  const read = readYaml(frontMatter, FIELDS);
  if (!read.ok)
    throw new ContentError(
      read.tooLarge ? `front matter is too large: ${read.detail}` : `invalid YAML in front matter: ${read.detail}`,
    );
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError('front matter must be a YAML mapping of fields');
  }
  // The schema cleans each string it keeps of what a YAML escape ("\e[31m") can make; most front
  // matter is plain enough to check by hand, the same way (plain-front-matter.ts).
  const plain = plainFrontMatter(data as Record<string, unknown>);
  if (plain !== undefined) return plainTopic(plain, body, file);
  const result = frontMatterSchema().safeParse(data);
  if (!result.success) throw new ContentError(describeSchemaError(result.error, data));
  return { ...result.data, sections: splitSections(body), file };
}
