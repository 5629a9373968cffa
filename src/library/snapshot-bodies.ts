// The bodies of the snapshot's topics (their sources, questions, searches and sections: nine
// tenths of the snapshot's bytes) live apart from their heads, in dist/content-bodies.json, and are
// read the first time any topic's body is asked for. `osteo topics` lists ids, titles and
// summaries and never reads them: 18 KB parsed at start instead of 329 KB (topics 1.76x -> 1.62x
// bare Node in a same-run comparison). A search or `explain` reads them once, as before.
//
// Each body field is an enumerable getter on the topic itself until the first read, which
// replaces the getters of every topic by plain values: after that the topics are plain data,
// and `{ ...topic }` or a deep comparison sees every field, read or not.
import { ContentError } from '../errors.js';
import { FileProblem, readRegular } from '../topics/read-file.js';
import type { Topic } from '../topics/types.js';

export const BODY_FIELDS = ['sources', 'questions', 'searches', 'sections'] as const;
export type BodyField = (typeof BODY_FIELDS)[number];
export type TopicHead = Omit<Topic, BodyField>;
export type TopicBody = Pick<Topic, BodyField>;

/** Split each topic into what content.json keeps (its head) and its body. */
export function splitTopics(topics: readonly Topic[]): { heads: TopicHead[]; bodies: TopicBody[] } {
  const heads: TopicHead[] = [];
  const bodies: TopicBody[] = [];
  for (const topic of topics) {
    const { sources, questions, searches, sections, ...head } = topic;
    heads.push(head);
    bodies.push(searches === undefined ? { sources, questions, sections } : { sources, questions, searches, sections });
  }
  return { heads, bodies };
}

/**
 * `heads` made whole: each topic's body read from `file` on first use. The caller has checked
 * that `file` is a regular file of `size` bytes; one damaged since (cut, or garbled to the same
 * size) is a ContentError saying how to rebuild, not a wrong answer.
 */
export function withLazyBodies(heads: TopicHead[], file: string, size: number): Topic[] {
  const topics = heads as Topic[];
  const load = (): void => {
    const bodies = readBodies(file, size, topics.length);
    topics.forEach((topic, i) => {
      for (const field of BODY_FIELDS)
        Object.defineProperty(topic, field, {
          value: bodies[i]?.[field],
          enumerable: true,
          writable: true,
          configurable: true,
        });
    });
  };
  for (const topic of topics)
    for (const field of BODY_FIELDS)
      Object.defineProperty(topic, field, {
        get(): unknown {
          load();
          return topic[field];
        },
        enumerable: true,
        configurable: true,
      });
  return topics;
}

function readBodies(file: string, size: number, count: number): TopicBody[] {
  const damaged = (cause?: unknown): ContentError =>
    new ContentError(`osteo's built topics are damaged (${file})`, {
      cause,
      hint: "Build them again with 'npm run build', or reinstall osteo.",
    });
  let bodies: unknown;
  try {
    const { bytes } = readRegular(file, size);
    if (bytes.length !== size) throw damaged();
    bodies = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (error instanceof FileProblem || error instanceof SyntaxError) throw damaged(error);
    throw error;
  }
  if (!Array.isArray(bodies) || bodies.length !== count || !bodies.every(isBody)) throw damaged();
  return bodies as TopicBody[];
}

/** The shape of a body, enough that a garbled file that still parses is not taken for one. */
function isBody(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return (
    Array.isArray(body.sources) &&
    Array.isArray(body.questions) &&
    Array.isArray(body.sections) &&
    body.sections.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as { heading?: unknown }).heading === 'string' &&
        typeof (s as { markdown?: unknown }).markdown === 'string',
    )
  );
}
