// A topic with only what a test names: its id (title and file name from it unless given), and
// every other field empty.
import type { Topic } from '../../src/topics/types.js';

export function makeTopic(fields: Partial<Topic> & { id: string }): Topic {
  return {
    title: fields.id,
    summary: '',
    aliases: [],
    tags: [],
    related: [],
    reviewed: null,
    sources: [],
    questions: [],
    file: `${fields.id}.md`,
    sections: [],
    ...fields,
  };
}
