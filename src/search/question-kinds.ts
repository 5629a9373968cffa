// Kinds of question (content/vocabulary.yml `questions`): how a question is worded says what kind
// of answer it wants ("how many years" wants how long), and which headings give that kind.
// search.ts reads them once a query; answer-first.ts prefers such a section within a topic, and
// answers.ts does not count the wording's words ("correctly", "dangerous") as a subject the
// library does not cover.
import { wordingStems, type QuestionKind } from './vocabulary.js';

export interface Asked {
  kinds: QuestionKind[];
  /** The stems of the words that worded them. */
  words: ReadonlySet<string>;
}

/** A question that asks no kind (or a search without them). */
export const NOTHING_ASKED: Asked = { kinds: [], words: new Set() };

/** The kinds of question `query` is worded as (its words, small ones included, contain an `asks`). */
export function askedKinds(query: string, kinds: readonly QuestionKind[]): Asked {
  const text = ` ${wordingStems(query)} `;
  const asked: QuestionKind[] = [];
  const words = new Set<string>();
  const found = kinds.map((kind) => kind.asks.filter((phrase) => text.includes(` ${phrase} `)));
  // The longer wording tells the kind: "how long do I have to stay upright" asks how to take it,
  // and its "how long" asks nothing of its own (unless said again elsewhere in the question).
  const inLonger = (phrase: string, k: number): boolean =>
    found.some(
      (others, j) =>
        j !== k &&
        others.some(
          (other) =>
            other.length > phrase.length &&
            ` ${other} `.includes(` ${phrase} `) &&
            text.split(` ${phrase} `).length === text.split(` ${other} `).length,
        ),
    );
  for (const [k, kind] of kinds.entries()) {
    const phrases = (found[k] ?? []).filter((phrase) => !inLonger(phrase, k));
    if (phrases.length === 0) continue;
    asked.push(kind);
    for (const phrase of phrases) for (const word of phrase.split(' ')) words.add(word);
  }
  return { kinds: asked, words };
}

/** Whether a heading has the words of a section that answers one of the kinds asked. */
export function answeringHeading(kinds: readonly QuestionKind[]): (heading: string) => boolean {
  const cues = kinds.flatMap((kind) => kind.headings);
  return (heading) => {
    if (cues.length === 0) return false;
    const words = ` ${wordingStems(heading)} `;
    return cues.some((cue) => words.includes(` ${cue} `));
  };
}
