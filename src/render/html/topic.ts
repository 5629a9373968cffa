// A topic's sections as HTML, for its handout and its page on the site: each section a
// <section> under an h2 whose id the site's search results link to.
import type { Section, Topic } from '../../topics/types.js';
import { slug } from './escape.js';
import { createHtmlMarkdown, uniqueId, type HtmlMarkdownOptions } from './markdown.js';

// Ids the page itself uses; a section called "Sources" must not take one.
const RESERVED = ['main', 'contents', 'questions', 'sources', 'related', 'results', 'q'];
// Below this many characters a section fits on a page: print keeps it whole.
const SHORT_SECTION = 700;

/** Each section's id on the topic's page, in order: the same for the page and for links to it. */
export function sectionIds(topic: Topic): string[] {
  const ids = new Set(RESERVED);
  return topic.sections.map((s) => uniqueId(ids, s.heading === '' ? 'intro' : slug(s.heading)));
}

export interface TopicSectionsOptions extends Pick<HtmlMarkdownOptions, 'command' | 'region'> {
  /** Prefix of the sources' ids on this page (citation markers link to them). */
  sourcePrefix?: string;
}

export function topicSections(topic: Topic, sections: readonly Section[], opts: TopicSectionsOptions = {}): string {
  const ids = sectionIds(topic);
  const used = new Set(ids);
  const prefix = opts.sourcePrefix ?? '';
  return sections
    .map((section) => {
      const id = ids[topic.sections.indexOf(section)] ?? 'section';
      const render = createHtmlMarkdown({
        ids: used,
        idPrefix: `${id}--`,
        command: opts.command,
        region: opts.region,
        citation: (n) => (n >= 1 && n <= topic.sources.length ? `#${prefix}source-${n}` : null),
      });
      const short = section.markdown.length < SHORT_SECTION ? ' class="short"' : '';
      const body = render.block(section.markdown);
      if (section.heading === '') return `<section${short} id="${id}" aria-label="Introduction">\n${body}</section>\n`;
      return `<section${short} aria-labelledby="${id}">\n<h2 id="${id}">${render.inline(section.heading)}</h2>\n${body}</section>\n`;
    })
    .join('');
}
