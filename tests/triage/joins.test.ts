// Split words read joined (src/search/triage/joins.ts): a run of two to four words that spells a
// rule word, or a name a letter or two off, is read as it; everyday runs are left apart.
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/search/triage/clauses.js';
import { joinedWord, joinSplitWords, type JoinTable } from '../../src/search/triage/joins.js';
import { spacedWords } from '../../src/search/triage/typos.js';

// A small table as the build makes one: rule words, those no English word (names), those the
// rules also read spaced, and the words in use.
const RULE = [
  'warfarin',
  'apixaban',
  'rivaroxaban',
  'everywhere',
  'forgetting',
  'behaving',
  'backslab',
  'backpain',
  'ministroke',
  'headache',
  'thunderclap',
];
const NAMES = ['apixaban', 'rivaroxaban', 'backslab', 'backpain', 'ministroke'];
const SPACED = ['backpain', 'ministroke', 'headache'];
const IN_USE = ['getting', 'having', 'slaps', 'every', 'where', 'thunder'];
const table: JoinTable = {
  words: new Set(RULE),
  spaced: new Set(SPACED),
  names: () => NAMES,
  isName: (word) => NAMES.includes(word),
  real: new Set(IN_USE),
  familiar: (word) => word.length < 5 || RULE.includes(word) || IN_USE.includes(word),
  isSmall: (word) => ['to', 'her', 'for', 'be', 'a'].includes(word),
};
const join = (text: string): string | null => joinedWord(text.split(' '), table);

describe('joinedWord', () => {
  it('reads a run that spells a rule word as it', () => {
    expect(join('war farin')).toBe('warfarin');
    expect(join('every where')).toBe('everywhere');
    expect(join('thunder clap')).toBe('thunderclap');
    // Three words or more are not chance: "war fa rin".
    expect(join('war fa rin')).toBe('warfarin');
    expect(join('to get her')).toBeNull();
  });

  it('reads a run a letter off a name, and two off from three words or more', () => {
    expect(join('river ox a ban')).toBe('rivaroxaban');
    expect(join('a pixie ban')).toBe('apixaban');
    // Two words two letters off are two words meant.
    expect(join('back slaps')).toBeNull();
  });

  it('leaves everyday short words apart, and words the rules read spaced', () => {
    expect(join('for getting')).toBeNull();
    expect(join('be having')).toBeNull();
    expect(join('back pain')).toBeNull();
    expect(join('mini strokes')).toBeNull();
    expect(join('head ache')).toBeNull();
  });

  it('needs the last word: a short word after a name is not part of it', () => {
    expect(join('mini stroke a')).toBeNull();
    expect(join('apixa ban s')).toBeNull();
  });

  it('does not read a short run or a far one', () => {
    expect(join('to day')).toBeNull();
    expect(join('a pick sir ban')).toBeNull();
  });
});

describe('joinSplitWords', () => {
  const tokens = (text: string, segmentAt = -1): Token[] =>
    text.split(' ').map((word, i) => ({
      word,
      stem: word,
      segment: i >= segmentAt && segmentAt >= 0 ? 1 : 0,
      scope: 0,
      sentence: 0,
    }));

  it('joins the longest run, keeps the other words as read, and says when nothing was joined', () => {
    const typed = tokens('on river ox a ban and fell');
    const read = typed.map((t) => (t.word === 'fell' ? { ...t, word: 'fall', stem: 'fall' } : t));
    expect(joinSplitWords(typed, read, table, (w) => `${w}~`)?.map((t) => t.word)).toEqual([
      'on',
      'rivaroxaban',
      'and',
      'fall',
    ]);
    expect(joinSplitWords(typed, read, table, (w) => `${w}~`)?.[1]?.stem).toBe('rivaroxaban~');
    expect(joinSplitWords(tokens('no names here at all'), tokens('no names here at all'), table, (w) => w)).toBeNull();
  });

  it('joins the words as typed, not as a typo reads them', () => {
    const typed = tokens('on war farin');
    const read = typed.map((t) => (t.word === 'farin' ? { ...t, word: 'fallen', stem: 'fall' } : t));
    expect(joinSplitWords(typed, read, table, (w) => w)?.map((t) => t.word)).toEqual(['on', 'warfarin']);
  });

  it('does not join across clauses', () => {
    const typed = tokens('on war farin', 2);
    expect(joinSplitWords(typed, typed, table, (w) => w)).toBeNull();
  });
});

describe('spacedWords', () => {
  it('lists the rule words that a phrase spells with two to four of its words', () => {
    expect(
      spacedWords(
        ['backpain', 'ministroke', 'warfarin'],
        [['sudden', 'back', 'pain'], ['a', 'mini', 'stroke'], ['warfarin']],
      ),
    ).toEqual(['backpain', 'ministroke']);
  });
});
