// `osteo check`'s rules for vocabulary.yml, on made-up topics: each warns or errs on the one
// thing it is there for, and keeps quiet on a sound file.
import { describe, expect, it } from 'vitest';
import { checkVocabulary } from '../../src/check/vocabulary.js';
import { parseTopic } from '../../src/topics/parse.js';
import { parseVocabulary } from '../../src/topics/vocabulary-file.js';

const topics = [
  parseTopic(
    `---
id: widgetol
title: Widgetol
summary: A made-up medicine.
---
Widgetol tablets help sore knees.

## How long to take it

For some years.

### If you forget a dose

Take it the next day.
`,
    'widgetol.md',
  ),
];
const check = (yaml: string) =>
  checkVocabulary(parseVocabulary(yaml), topics).map((f) => `${f.level} ${f.field}: ${f.message}`);

describe('checkVocabulary', () => {
  it('is quiet on a file whose every word and heading the topics use', () => {
    expect(
      check(`
spellings:
  - [knee, knees]
synonyms:
  kneecap: [knees]
questions:
  - asks: [how many years]
    headings: [how long]
`),
    ).toEqual([]);
  });

  it('warns of a synonym that points to a word no topic uses', () => {
    expect(check('synonyms:\n  kneecap: [patella]\n')).toEqual([
      'warning synonyms.kneecap: "patella" is not a word the topics use',
    ]);
  });

  it('errs on a word in two spellings groups', () => {
    expect(check('spellings:\n  - [knee, knees]\n  - [knees, kneecap]\n')).toEqual([
      'error spellings.1: "knee" is also in spellings group 0',
    ]);
  });

  it("warns of a kind of question whose heading words are in no section's heading", () => {
    expect(check('questions:\n  - asks: [why]\n    headings: [why, how long]\n')).toEqual([
      'warning questions.0.headings: "why" is in no section\'s heading or part heading',
    ]);
  });

  it('counts a part heading (###) as a heading that can give the kind of answer', () => {
    expect(check('questions:\n  - asks: [missed]\n    headings: [forget]\n')).toEqual([]);
  });
});
