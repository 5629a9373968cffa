// Which topic and sections `explain` shows: the use case behind the command, the handouts and
// the library's explain().
import { NotFoundError } from '../errors.js';
import { printable } from '../safe-text.js';
import type { Explanation } from '../results.js';
import type { Topic } from '../topics/types.js';
import { requireTopic, resolveSection } from './resolve.js';

// A topic of the shipped kind has 2 to 6 sections; past this many, the rest are counted.
const SECTIONS_NAMED = 10;

/** The topic `name` means and the sections to show; NotFoundError with suggestions otherwise. */
export async function explainTopic(
  topics: readonly Topic[],
  name: string,
  section?: string,
): Promise<Explanation & { guessed: boolean }> {
  const { topic, via } = await requireTopic(topics, name);
  const guessed = via === 'fuzzy';
  if (section === undefined) return { topic, sections: topic.sections, guessed };
  const found = await resolveSection(topic, section);
  if (!found) {
    const headings = topic.sections.filter((s) => s.heading !== '').map((s) => printable(s.heading, 60));
    // A topic may have thousands of sections: the hint names the first few, on one line.
    const shown = headings.slice(0, SECTIONS_NAMED);
    const more =
      headings.length > shown.length ? `; and ${(headings.length - shown.length).toLocaleString('en')} more` : '';
    throw new NotFoundError(
      `No section "${printable(section)}" in ${topic.id}.`,
      shown,
      `Sections: ${shown.join('; ')}${more}.`,
    );
  }
  return { topic, sections: [found], guessed };
}
