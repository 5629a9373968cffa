// A topic's sources as a reader meets them: the numbers its [n] markers cite, a short name for
// each ("[1] NHS, [3] ROS") under a search answer, and the numbered list (title and address)
// under a topic, so every marker on screen resolves on screen.
import type { Section, Source, Topic } from '../topics/types.js';
import { hyperlink, isSafeUrl } from '../safe-text.js';
import { hangingWrap } from './columns.js';
import type { Theme } from './theme.js';
import wrapAnsi from './wrap.js';

// The same markers `osteo check` validates: [2], [1, 3].
const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
// A publisher's name longer than this is shortened (to its abbreviation).
const SHORT_NAME = 24;

/** The source numbers (1-based) that `sections` cite, in order, each once; only real ones. */
export function citedSources(topic: Topic, sections: readonly Section[]): number[] {
  const cited = new Set<number>();
  for (const section of sections) {
    for (const match of section.markdown.matchAll(MARKER)) {
      for (const n of (match[1] ?? '').split(',').map((x) => Number(x.trim()))) {
        if (n >= 1 && n <= topic.sources.length) cited.add(n);
      }
    }
  }
  return [...cited].sort((a, b) => a - b);
}

/**
 * A source's publisher in a few letters: the part of its title after the last " - " ("Broken
 * hip - NHS" → NHS), by its own abbreviation when it gives one ("... Agency (MHRA)"), else by its
 * initials when long ("Royal Osteoporosis Society" → ROS), else the web site's name.
 */
export function shortSourceName(source: Source): string {
  const cut = source.title.lastIndexOf(' - ');
  let name = cut < 0 ? '' : source.title.slice(cut + 3).trim();
  const paren = /\s*\(([^()]*)\)$/.exec(name);
  if (paren) {
    // "(PMC)" names the archive, not the publisher.
    if (
      (/^[A-Z][A-Z.]{1,7}$/.test(paren[1] ?? '') && paren[1] !== 'PMC') ||
      name.slice(0, paren.index) === name.slice(0, paren.index).toLowerCase()
    ) {
      return paren[1] ?? '';
    }
    name = name.slice(0, paren.index);
  }
  name = (name.split(/,|\s\|\s/)[0] ?? '').trim();
  if (name.length > SHORT_NAME) {
    const words = name.split(/\s+/);
    const initials = words.filter((w) => /^[A-Z]/.test(w));
    name =
      words.find((w) => /^[A-Z]{3,}$/.test(w)) ??
      (initials.length > 1 ? initials.map((w) => (/^[A-Z]+$/.test(w) ? w : w.charAt(0))).join('') : (words[0] ?? ''));
  }
  return name || hostOf(source.url) || source.title.slice(0, SHORT_NAME);
}

/** "Sources: [1] NHS, [3] ROS · reviewed 2026-11-28", or the command that lists them all. */
export function renderSourcesLine(topic: Topic, section: Section, theme: Theme, width: number): string {
  const cited = citedSources(topic, [section]);
  const names = cited.map((n) => `[${n}] ${shortSourceName(topic.sources[n - 1] ?? { title: '', url: '' })}`);
  const facts = [names.length > 0 ? `Sources: ${names.join(', ')}` : `Sources: osteo sources ${topic.id}`];
  if (topic.reviewed) facts.push(`reviewed ${topic.reviewed}`);
  // Continued lines are indented, so they wrap 2 columns narrower (a date must not break).
  return hangingWrap(facts.join(theme.plain ? ' | ' : ' · '), width, '', '  ');
}

/** The numbered list of `numbers` (all the topic's sources by default): title, then address. */
export function renderSourceList(
  topic: Topic,
  theme: Theme,
  width: number,
  hyperlinks: boolean,
  numbers?: readonly number[],
): string {
  const shown = numbers ?? topic.sources.map((_, i) => i + 1);
  const lines = shown.map((n) => {
    const source = topic.sources[n - 1];
    if (!source) return '';
    const lead = `${n}.`.padEnd(4);
    const title = wrapAnsi(source.title, Math.max(16, width - lead.length), { trim: true }).replace(
      /\n/g,
      `\n${' '.repeat(lead.length)}`,
    );
    // The address is shown whole (a terminal keeps a long one clickable), linked where it can be.
    const url =
      hyperlinks && isSafeUrl(source.url) ? hyperlink(source.url, theme.link(source.url)) : theme.link(source.url);
    return `${lead}${title}\n${' '.repeat(lead.length)}${url}`;
  });
  return [`${theme.mark(3)}${theme.strong('Sources')}`, ...lines.filter(Boolean)].join('\n');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}
