// osteo check on a folder's triage rules: a `when` line may name a concept that must be absent
// (!name), but that concept must exist, and a line must name at least one that is present.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTriage } from '../../src/check/triage.js';
import { loadTopics } from '../../src/topics/load.js';
import { parseTriage } from '../../src/topics/triage-file.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const shipped = parseTriage(readFileSync(`${CONTENT}/triage.yml`, 'utf8'));
const topics = loadTopics(CONTENT).topics;

/** The shipped rules with the stroke sign's `when` lines replaced. */
function withStrokeLines(when: string[][]): ReturnType<typeof parseTriage> {
  return { ...shipped, signs: shipped.signs.map((s) => (s.id === 'stroke' ? { ...s, when } : s)) };
}
const errors = (file: ReturnType<typeof parseTriage>): string[] =>
  checkTriage(file, topics)
    .filter((f) => f.level === 'error')
    .map((f) => `${f.field}: ${f.message}`);

describe('a when line with a concept that must be absent', () => {
  it('the shipped rules have such lines, and no errors', () => {
    expect(shipped.signs.some((s) => s.when.some((line) => line.some((name) => name.startsWith('!'))))).toBe(true);
    expect(errors(shipped)).toEqual([]);
  });

  it('is an error when the absent concept does not exist', () => {
    expect(errors(withStrokeLines([['stroke'], ['one-side', '!no-such-concept']]))).toEqual([
      'signs.stroke: "no-such-concept" is not a concept',
    ]);
  });

  it('is an error when every concept of the line must be absent (it would fire on any text)', () => {
    expect(errors(withStrokeLines([['stroke'], ['!stroke-before']]))).toEqual([
      'signs.stroke: [!stroke-before] names no concept that must be present',
    ]);
  });
});

describe('^ in a phrase', () => {
  it('is an error anywhere but first: it holds a phrase to the start of a segment', () => {
    const file = {
      ...shipped,
      concepts: { ...shipped.concepts, nosebleed: { kind: 'symptom' as const, phrases: ['nose ^ bleed'] } },
    };
    expect(errors(file)).toEqual([
      'concepts.nosebleed: "nose ^ bleed" has ^ after its first word: ^ holds a phrase to the start of a segment',
    ]);
  });
});

describe('a pattern in a phrase', () => {
  it('is an error when it holds a space: phrases are split into words at spaces', () => {
    const file = {
      ...shipped,
      concepts: {
        ...shipped.concepts,
        nosebleed: { kind: 'symptom' as const, phrases: ['/^(has not|hasnt)$/ stopped bleeding'] },
      },
    };
    expect(errors(file)).toEqual([
      'concepts.nosebleed: "/^(has not|hasnt)$/ stopped bleeding" has a pattern with a space in it: a pattern matches one word',
    ]);
  });
});
