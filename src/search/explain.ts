// Which topic and sections `explain` shows: the use case behind the command, the handouts and
// the library's explain().
import { NotFoundError } from '../errors.js';
import { printable } from '../io.js';
import type { Explanation } from '../results.js';
import type { Topic } from '../topics/types.js';
import { requireTopic } from './resolve.js';

/** The topic `name` means and the sections to show; NotFoundError with suggestions otherwise. */
export async function explainTopic(topics: readonly Topic[], name: string, section?: string): Promise<Explanation & { guessed: boolean }> {
  const { topic, via } = await requireTopic(topics, name);
  const guessed = via === 'fuzzy';
  if (section === undefined) return { topic, sections: topic.sections, guessed };
  const { resolveSection } = await import('./fuzzy.js');
  const found = resolveSection(topic, section);
  if (!found) {
    const headings = topic.sections.filter((s) => s.heading !== '').map((s) => s.heading);
    throw new NotFoundError(`No section "${printable(section)}" in ${topic.id}.`, headings, `Sections: ${headings.join('; ')}.`);
  }
  return { topic, sections: [found], guessed };
}
