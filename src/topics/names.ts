// The names a topic answers to: its id (as words), its title and its aliases.
import type { Topic } from './types.js';

export function topicNames(topic: Topic): string[] {
  return [topic.id.replace(/-/g, ' '), topic.title, ...topic.aliases];
}
