// Kinds of question (vocabulary.yml `questions`): within a topic, the section whose heading gives
// the kind of answer the question's wording asks for comes first. A made-up topic whose sections
// all say the same words, so that only the question's wording can choose between them.
import { describe, expect, it } from 'vitest';
import { ALL_IDEAS } from '../../src/search/ideas.js';
import { askedKinds } from '../../src/search/question-kinds.js';
import { buildIndex } from '../../src/search/memory-index.js';
import { rankQuery } from '../../src/search/search.js';
import { answerFirst } from '../../src/search/answer-first.js';
import { docAt } from '../../src/search/memory-index.js';
import { findAnswers } from '../../src/search/answers.js';
import { compileVocabulary, type QuestionKind } from '../../src/search/vocabulary.js';
import { parseTopic } from '../../src/topics/parse.js';
import { parseVocabulary } from '../../src/topics/vocabulary-file.js';
import { openLibrary } from '../../src/library/open.js';
import { openVocabulary } from '../../src/library/vocabulary.js';
import { BUILT_VOCABULARY, PLACES, SHIPPED_CONTENT } from '../../src/paths.js';

/** The made-up topic widgetol: its opening, then a section under each heading, all saying the same. */
const widgetol = (headings: readonly string[]) =>
  parseTopic(
    `---
id: widgetol
title: Widgetol
summary: A made-up medicine.
---
About widgetol tablets.
${headings.map((heading) => `\n## ${heading}\n\nAbout widgetol tablets.\n`).join('')}`,
    'widgetol.md',
  );
const topic = widgetol([
  'Which strength is yours',
  'How long to keep taking it',
  'Side effects',
  'When to get help',
  'Who takes it',
]);
const index = buildIndex([topic]);
const vocabulary = compileVocabulary(
  parseVocabulary(`
questions:
  - asks: [how long, how many years, for how long]
    headings: [how long]
  - asks: [side effect, side effects, problems with]
    headings: [side effects]
  - asks: [should i see, worried]
    headings: [when to get help]
  - asks: [who gets]
    headings: [who]
  - asks: [how to, properly]
    headings: [how to]
  - asks: [is it normal]
    opening: true
`),
);
const first = async (query: string, ideas = ALL_IDEAS): Promise<string | undefined> =>
  (await rankQuery(index, query, vocabulary, ideas)).hits[0]?.doc.section.heading;

describe('kinds of question', () => {
  it.each([
    ['for how many years do people stay on widgetol tablets', 'How long to keep taking it'],
    ['any problems with widgetol tablets', 'Side effects'],
    ['worried about my widgetol tablets', 'When to get help'],
  ])('"%s" is answered by "%s"', async (query, heading) => {
    expect(await first(query)).toBe(heading);
  });

  it('without the kinds, the same questions are answered by another section', async () => {
    const off = { ...ALL_IDEAS, questionKinds: false };
    expect(await first('for how many years do people stay on widgetol tablets', off)).not.toBe(
      'How long to keep taking it',
    );
    expect(await first('any problems with widgetol tablets', off)).not.toBe('Side effects');
  });

  it('a kind the opening answers puts the opening first, unless another kind is asked too', () => {
    // The opening a little behind a section on the question's own words, as "is that normal at
    // 79" often leaves a topic's opening against a section on the same symptom.
    const local: Record<string, number> = {
      '': 0.46,
      'Which strength is yours': 0.5,
      'How long to keep taking it': 0.45,
    };
    const docs = [0, 1, 2].map((doc) => docAt(index, doc)).filter((doc) => doc !== undefined);
    const hits = docs.map((doc) => ({ doc, score: 0.5, local: local[doc.section.heading] ?? 0, terms: [] }));
    const kind = (phrase: string): QuestionKind[] =>
      (vocabulary.questions ?? []).filter((k) => k.asks.includes(phrase));
    const [normal, howLong] = [kind('is it normal'), kind('how long')];
    // A coverage of 0: the question names no topic, so no opening is led to for its name.
    const firstOf = (kinds: QuestionKind[]): string | undefined =>
      answerFirst(hits, 'widgetol', [], index, () => 0, ALL_IDEAS, kinds)[0]?.doc.section.heading;
    expect(firstOf([])).toBe('Which strength is yours');
    expect(firstOf(normal)).toBe('');
    expect(firstOf([...normal, ...howLong])).toBe('How long to keep taking it');
  });

  it('a kind needs headings that answer it, or the opening', () => {
    expect(() => parseVocabulary('questions:\n  - asks: [is it normal]\n')).toThrow(/opening: true/);
    expect(() => parseVocabulary('questions:\n  - asks: [is it normal]\n    opening: false\n')).toThrow(
      /opening: true/,
    );
  });

  it('a wording that asks no kind changes nothing', async () => {
    const off = { ...ALL_IDEAS, questionKinds: false };
    expect(await first('widgetol tablets')).toBe(await first('widgetol tablets', off));
  });

  it('words are matched whole: "unworried" does not ask what "worried" does', async () => {
    const off = { ...ALL_IDEAS, questionKinds: false };
    expect(await first('an unworried user of widgetol tablets')).toBe(
      await first('an unworried user of widgetol tablets', off),
    );
    expect(await first('a worried user of widgetol tablets')).toBe('When to get help');
  });

  it('a question that only names the topic opens it; naming it and asking a kind does not', async () => {
    expect(await first('widgetol')).toBe('');
    expect(await first('who gets widgetol')).toBe('Who takes it');
  });

  it('a question that only names the topic is not steered by a heading sharing the name and a small word', async () => {
    // "what is widgetol" shares "is widgetol" with "How common is widgetol?": that pair says
    // nothing the name does not, so the question is answered as "widgetol" alone is.
    const common = widgetol(['Widgetol and your kidneys', 'How common is widgetol?']);
    const named = buildIndex([common]);
    const top = async (query: string): Promise<string | undefined> =>
      (await rankQuery(named, query, vocabulary, ALL_IDEAS)).hits[0]?.doc.section.heading;
    expect(await top('widgetol')).not.toBe('How common is widgetol?');
    expect(await top('what is widgetol')).toBe(await top('widgetol'));
  });

  it('the words that word a kind of question are not a subject the library lacks', async () => {
    const answers = (v = vocabulary) =>
      findAnswers([topic], 'how to take the tablets properly', { limit: 3, index, vocabulary: v });
    expect((await answers()).uncovered).toEqual([]);
    expect((await answers()).results.length).toBeGreaterThan(0);
    // The same question read without the kinds: "properly" is a word the topic never uses.
    expect((await answers({ ...vocabulary, questions: [] })).uncovered).toEqual(['properly']);
  });
});

describe('the wording of a kind, and the parts of a section', () => {
  const pills = parseTopic(
    `---
id: pillocin
title: Pillocin
summary: Another made-up medicine.
---
About pillocin.

## Which one do I take

About pillocin.

## How to take it

About pillocin.

## Taking it each week

### If you forget a week

About pillocin.

## Storing it

About pillocin.
`,
    'pillocin.md',
  );
  const pillIndex = buildIndex([pills]);
  const kinds = compileVocabulary(
    parseVocabulary(`
questions:
  - asks: [how do i]
    headings: [how to]
  - asks: [missed]
    headings: [on time, forget]
`),
  );
  const top = async (query: string): Promise<string | undefined> =>
    (await rankQuery(pillIndex, query, kinds)).hits[0]?.doc.section.heading;

  it('the words that asked how ("do i" of "how do i") do not also match a heading that is not how to', async () => {
    // "Which one do I take" shares "do i" and "i take" with the question; only the kind says how.
    expect(await top('how do i take pillocin')).toBe('How to take it');
  });

  it('a part heading that gives the kind of answer asked marks its section', async () => {
    expect(await top('missed pillocin')).toBe('Taking it each week');
    // Asked nothing, the question is answered by the opening.
    expect(await top('pillocin')).toBe('');
  });
});

describe('the shipped kinds', () => {
  // Time told since an event ("two weeks after my hip surgery") asks how things go from there: the
  // recovery section, not the one about the operation.
  it('a time since an event asks how it goes', async () => {
    const library = await openLibrary(SHIPPED_CONTENT, { search: true }, PLACES);
    const shippedIndex = await library.index?.();
    const shippedVocabulary = await openVocabulary(SHIPPED_CONTENT, SHIPPED_CONTENT, BUILT_VOCABULARY);
    const answer = async (q: string): Promise<string> => {
      const hit = (
        await findAnswers(library.topics, q, { limit: 3, index: shippedIndex, vocabulary: shippedVocabulary })
      ).results[0];
      return `${hit?.doc.topic.id} › ${hit?.doc.section.heading}`;
    };
    expect(await answer('worn out two weeks after my hip surgery')).toBe(
      'hip-fracture › How recovery goes: will you walk again?',
    );
    // "how do you know if" asks for the signs: the section on how it feels.
    const signs = (
      await findAnswers(library.topics, 'how do you know if a bone in your back is broken', {
        limit: 3,
        index: shippedIndex,
        vocabulary: shippedVocabulary,
      })
    ).results.find((hit) => hit.doc.topic.id === 'spine-fracture');
    expect(signs?.doc.section.heading).toBe('What a spine fracture is and how it feels');
    library.close?.();
  });
});

describe('the longer wording of a question tells its kind', () => {
  const kinds =
    compileVocabulary(
      parseVocabulary(`
questions:
  - asks: [how long, how long should i stay on]
    headings: [how long]
  - asks: [how to, how long should i stay]
    headings: [how to]
`),
    ).questions ?? [];
  const asked = (q: string): string[] => askedKinds(q, kinds).kinds.map((k) => k.headings.join());
  it('a short wording inside a longer one of another kind asks nothing of its own', () => {
    expect(asked('how long should i stay upright after it')).toEqual(['how to']);
    expect(asked('how long should i stay on it')).toEqual(['how long']);
  });
  it('said again elsewhere in the question, it still asks', () => {
    expect(asked('how long should i stay upright, and how long does it work')).toEqual(['how long', 'how to']);
  });
  it('alone, it asks its kind', () => {
    expect(asked('how long does it take to work')).toEqual(['how long']);
  });
});
