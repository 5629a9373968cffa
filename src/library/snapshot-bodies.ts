// The bodies of the snapshot's topics (their sources, questions, searches and sections: nine
// tenths of the snapshot's bytes) live apart from their heads, in dist/content-bodies.json, a
// topic's body a line, and each is read the first time that topic's body is asked for. `osteo
// topics` lists ids, titles and summaries and never reads them: 18 KB parsed at start instead of
// 329 KB (topics 1.76x -> 1.62x bare Node in a same-run comparison). A search reads the bodies of
// the topics it shows; `explain` the one it opens.
//
// Each body field is an enumerable getter on the topic itself until its first read, which
// replaces that topic's getters by plain values: `{ ...topic }` or a deep comparison sees every
// field, read or not.
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
 * `heads` made whole: each topic's body read from `file` when first asked for, that topic's only
 * (the file holds a body a line, in the heads' order). A search shows two or three topics, and
 * reading them all had cost it about 1.5 ms and, as one 350 KB string, a large object V8 does not
 * collect in so short a run. `loaded` hears of each body as it is read. The caller has checked
 * that `file` is a regular file of `size` bytes; one damaged since (cut, or garbled to the same
 * size) is a ContentError saying how to rebuild, not a wrong answer.
 */
export function withLazyBodies(
  heads: TopicHead[],
  file: string,
  size: number,
  loaded?: (topic: Topic, body: TopicBody) => void,
): Topic[] {
  const topics = heads as Topic[];
  let lines: BodyLines | undefined;
  const load = (topic: Topic, i: number): void => {
    lines ??= readBodyLines(file, size, topics.length);
    const body = lines.body(i);
    for (const field of BODY_FIELDS)
      Object.defineProperty(topic, field, {
        value: body[field],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    loaded?.(topic, body);
  };
  topics.forEach((topic, i) => {
    for (const field of BODY_FIELDS)
      Object.defineProperty(topic, field, {
        get(): unknown {
          load(topic, i);
          return topic[field];
        },
        enumerable: true,
        configurable: true,
      });
  });
  return topics;
}

interface BodyLines {
  body(i: number): TopicBody;
}

/** The bodies file's bytes, checked to hold `count` lines; each parsed when asked for. */
function readBodyLines(file: string, size: number, count: number): BodyLines {
  const damaged = (cause?: unknown): ContentError =>
    new ContentError(`osteo's built topics are damaged (${file})`, {
      cause,
      hint: "Build them again with 'npm run build', or reinstall osteo.",
    });
  let bytes: Buffer;
  try {
    bytes = readRegular(file, size).bytes;
  } catch (error) {
    if (error instanceof FileProblem) throw damaged(error);
    throw error;
  }
  if (bytes.length !== size) throw damaged();
  const starts = [0];
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) starts.push(at + 1);
  if (starts.length !== count) throw damaged();
  return {
    body(i) {
      let body: unknown;
      try {
        body = JSON.parse(bytes.toString('utf8', starts[i], (starts[i + 1] ?? bytes.length + 1) - 1));
      } catch (error) {
        throw damaged(error);
      }
      if (!isBody(body)) throw damaged();
      return body as TopicBody;
    },
  };
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
