// Which topic and sections `explain` shows: the use case behind the command, the handouts and
// the library's explain().
import { NotFoundError } from '../errors.js';
import { printable } from '../safe-text.js';
import type { Explanation } from '../results.js';
import type { Section, Topic } from '../topics/types.js';
import { exactTopic, MAX_NAME_LENGTH, requireTopic, resolveSection } from './resolve.js';

// A topic of the shipped kind has 2 to 6 sections; past this many, the rest are counted.
const SECTIONS_NAMED = 10;
// How much longer or shorter than the name typed a heading of the same words may be (case,
// plurals, word forms, spacing).
const LENGTH_SLACK = 12;

/** The topic `name` means and the sections to show; NotFoundError with suggestions otherwise. */
export async function explainTopic(
  topics: readonly Topic[],
  name: string,
  section?: string,
): Promise<Explanation & { guessed: boolean; byHeading: boolean }> {
  // A name that is no topic's but is the heading of one section in the whole library ("restless
  // legs") opens that section, before any near spelling of a topic's name is guessed at.
  const exact = await exactTopic(topics, name.slice(0, MAX_NAME_LENGTH));
  if (section === undefined && !exact) {
    const only = await onlyHeading(topics, name);
    if (only) return { topic: only.topic, sections: [only.section], guessed: false, byHeading: true };
  }
  const { topic, via } = exact ?? (await requireTopic(topics, name));
  const guessed = via === 'fuzzy';
  if (section === undefined) return { topic, sections: topic.sections, guessed, byHeading: false };
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
  return { topic, sections: [found], guessed, byHeading: false };
}

/** The one section in all `topics` whose heading is `name` (same words, any case), or null. */
async function onlyHeading(topics: readonly Topic[], name: string): Promise<{ topic: Topic; section: Section } | null> {
  const { toKey } = await import('./normalize.js');
  const typed = name.slice(0, MAX_NAME_LENGTH);
  const key = toKey(typed);
  if (key === '') return null;
  let found: { topic: Topic; section: Section } | null = null;
  for (const topic of topics)
    for (const section of topic.sections) {
      // The same words are about as long: only those headings are stemmed (a large library has
      // tens of thousands).
      if (Math.abs(section.heading.length - typed.length) > LENGTH_SLACK) continue;
      if (section.heading === '' || toKey(section.heading) !== key) continue;
      if (found) return null;
      found = { topic, section };
    }
  return found;
}
