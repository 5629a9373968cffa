// How a page of the site turns an inline command from the content (`osteo explain falls`,
// `osteo urgent`) into a link to the page that holds the same answer.
import type { Topic } from '../../topics/types.js';

/** `root`: the way from the page to the site's top folder ("" or "../"). */
export function siteCommandLink(
  topics: readonly Pick<Topic, 'id' | 'title'>[],
  root: string,
): (text: string) => { href: string; label: string } | null {
  const titles = new Map(topics.map((t) => [t.id, t.title]));
  return (text) => {
    const command = text.trim().replace(/\s+/g, ' ');
    if (command === 'osteo urgent') return { href: `${root}urgent.html`, label: 'Urgent signs' };
    const id = /^osteo explain ([a-z0-9-]+)$/.exec(command)?.[1];
    const title = id === undefined ? undefined : titles.get(id);
    return id !== undefined && title !== undefined ? { href: `${root}topics/${id}.html`, label: title } : null;
  };
}
