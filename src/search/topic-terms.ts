// The terms of a topic's id and of its title, worked out once per topic for as long as it lives:
// a search of a large library asks them of every topic it matches (twice: answer-first.ts and
// answers.ts), and a session of osteo ask asks again with each question.
import type { Topic } from '../topics/types.js';
import { toTerms } from './normalize.js';

export interface TopicTerms {
  id: string[];
  title: string[];
  /** Both, as a set. */
  all: ReadonlySet<string>;
}

const memo = new WeakMap<Topic, TopicTerms>();

export function topicTerms(topic: Topic): TopicTerms {
  let terms = memo.get(topic);
  if (!terms) {
    const id = toTerms(topic.id.replace(/-/g, ' '));
    const title = toTerms(topic.title);
    memo.set(topic, (terms = { id, title, all: new Set([...id, ...title]) }));
  }
  return terms;
}
