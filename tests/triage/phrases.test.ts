// Phrases are looked up by the word they start with, so a question is matched only against the
// phrases that can start at each of its words.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileTriage, decodePhrase, startsOf, startTable } from '../../src/search/triage/compile.js';
import { findSpans, lazyPhrases, lazyTable, type PhraseIndex, type Ready } from '../../src/search/triage/phrases.js';
import { parseTriage } from '../../src/topics/triage-file.js';
import type { Token } from '../../src/search/triage/clauses.js';

const ready = (elements: ReturnType<typeof decodePhrase>): Ready =>
  elements.map((e) => ('pattern' in e ? { pattern: new RegExp(e.pattern) } : e));
const token = (word: string): Token => ({ word, stem: word, segment: 0, scope: 0, sentence: 0 });
const indexPhrases = (phrases: string[], decode = ready): PhraseIndex =>
  lazyPhrases(phrases, startsOf(phrases), decode);

describe('phrases looked up by their start', () => {
  const index = indexPhrases(['/^(tight|heavy)$/ feeling * chest', '/^[a-z]+ing$/ degrees', 'chest pain'], ready);
  it('files a pattern that lists words under each of them, and nowhere else', () => {
    expect(index.candidates(token('tight'))).toHaveLength(2);
    expect(index.candidates(token('heavy'))).toHaveLength(2);
    expect(index.candidates(token('light'))).toHaveLength(1);
  });
  it('tries any other pattern at every word', () => {
    expect(index.candidates(token('chest'))).toHaveLength(2);
  });
  it('tries a pattern of numbers only at a word that starts with a digit', () => {
    const numbers = indexPhrases(['/^(1[0-9]|[2-9][0-9])$/ mins', '/^(\\d+|few)$/ days', 'chest pain'], ready);
    expect(numbers.candidates(token('chest'))).toHaveLength(1);
    expect(numbers.candidates(token('few'))).toHaveLength(1);
    expect(numbers.candidates(token('15')).map((phrase) => phrase.at(-1))).toEqual([
      { stem: 'mins' },
      { stem: 'days' },
    ]);
    const table = lazyTable(
      [['chest pain'], ['/^(1[0-9]|[2-9][0-9])$/ mins']],
      startTable([['chest pain'], ['/^(1[0-9]|[2-9][0-9])$/ mins']]),
      ready,
    );
    expect(table.met([token('chest'), token('mins')])).toEqual([0]);
    expect(table.met([token('chest'), token('15')])).toEqual([0, 1]);
    expect(table.list(1).candidates(token('15'))).toHaveLength(1);
  });
  it('gives the phrases that may start at a word in list order, across the groups they are filed in', () => {
    // Stem, exact word and any-word phrases interleaved: the first of equal matches must win, as
    // a scan of the whole list would meet them.
    const list = ['/^[a-z]+$/ a', 'pain b', '=pain c', '* d', 'pain e', '/^(pain|ache)$/ f', '=pain g'];
    const lastWords = indexPhrases(list, ready)
      .candidates(token('pain'))
      .map((phrase) => phrase.at(-1));
    expect(lastWords).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((stem) => ({ stem })));
  });
});

describe('a phrase held to the start of a segment (^)', () => {
  const index = indexPhrases(['^ last month'], ready);
  const words = (text: string, segments: number[] = []): Token[] =>
    text.split(' ').map((word, i) => ({ ...token(word), segment: segments[i] ?? 0 }));
  it('is filed under its first word', () => {
    expect(index.candidates(token('last'))).toHaveLength(1);
    expect(index.candidates(token('since'))).toHaveLength(0);
  });
  it('matches where the text starts, or a new segment does, and nowhere else', () => {
    expect(findSpans(words('last month she fell'), index)).toEqual([{ start: 0, end: 2, keys: [0, 1], gaps: [] }]);
    expect(findSpans(words('since last month'), index)).toEqual([]);
    expect(findSpans(words('she fell last month', [0, 0, 1, 1]), index)).toEqual([
      { start: 2, end: 4, keys: [2, 3], gaps: [] },
    ]);
  });
});

describe('a word that only strengthens the next one', () => {
  const index = indexPhrases(['not with it', 'light hurts'], ready);
  const words = (text: string, segments: number[] = []): Token[] =>
    text.split(' ').map((word, i) => ({ ...token(word), segment: segments[i] ?? 0 }));
  it('is passed over between the words of a phrase, as a gap', () => {
    expect(findSpans(words('she is not really with it'), index, true)).toEqual([
      { start: 2, end: 6, keys: [2, 4, 5], gaps: [3] },
    ]);
    expect(findSpans(words('the light very much hurts'), index, true)).toEqual([]);
    expect(findSpans(words('light really really hurts'), index, true)).toEqual([
      { start: 0, end: 4, keys: [0, 3], gaps: [2, 1] },
    ]);
  });
  it('is read so only when asked: the cues that quiet a sign are read word for word', () => {
    expect(findSpans(words('she is not really with it'), index)).toEqual([]);
  });
  it('does not start a phrase, nor carry it into the next segment', () => {
    expect(findSpans(words('really light hurts'), index, true)).toEqual([{ start: 1, end: 3, keys: [1, 2], gaps: [] }]);
    expect(findSpans(words('light really hurts', [0, 0, 1]), index, true)).toEqual([]);
  });
});

describe('lazyPhrases', () => {
  const phrases = ['chest pain', '=fit of', '/^(tight|heavy)$/ feeling * chest'];
  const counting = (): { calls: number; ready: (e: ReturnType<typeof decodePhrase>) => Ready } => {
    const spy = { calls: 0, ready: (e: ReturnType<typeof decodePhrase>): Ready => (spy.calls++, ready(e)) };
    return spy;
  };

  it('writes where the phrases start, with their places', () => {
    expect(startsOf(['chest pain', '=fit of', '/^(tight|heavy)$/ * chest', '* pain', 'chest ache', '^ chest'])).toBe(
      ' schest:0,4,1 efit:1 etight:2 eheavy:2 *:3 ',
    );
    // Steps past 9 in base 36: places 0 and 37 are "0,11".
    const long = ['chest pain', ...Array.from({ length: 36 }, (_, i) => `leg${i} pain`), 'chest ache'];
    expect(startsOf(long)).toContain(' schest:0,11 ');
    expect(
      lazyPhrases(long, startsOf(long), ready)
        .candidates(token('chest'))
        .map((p) => p.at(-1)),
    ).toEqual([{ stem: 'pain' }, { stem: 'ache' }]);
  });

  it('reads nothing for a word none of its phrases starts at', () => {
    // Decoding reads the list: a list that notes being read tells whether a phrase was decoded.
    let read = false;
    const watched = new Proxy(phrases, {
      get: (target, key, receiver): unknown => {
        read = true;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const lazy = lazyPhrases(watched, startsOf(phrases), ready);
    expect(lazy.candidates(token('legs'))).toEqual([]);
    expect(read).toBe(false);
    expect(lazy.candidates(token('chest'))).toHaveLength(1);
    expect(read).toBe(true);
  });

  it('gives the phrases at a word one starts at: a stem, an exact word, a listed word', () => {
    const lazy = lazyPhrases(phrases, startsOf(phrases), ready);
    const last = (word: string): unknown[] => lazy.candidates(token(word)).map((phrase) => phrase.at(-1));
    expect(last('chest')).toEqual([{ stem: 'pain' }]);
    expect(last('fit')).toEqual([{ stem: 'of' }]);
    expect(last('heavy')).toEqual([{ stem: 'chest' }]);
    expect(last('tight')).toEqual([{ stem: 'chest' }]);
  });

  it('decodes each phrase once, and only those a word can start', () => {
    const spy = counting();
    const anywhere = ['/^[a-z]+$/ degrees', 'chest pain', '* then chest', '/^(tight|heavy)$/ chest'];
    const lazy = lazyPhrases(anywhere, startsOf(anywhere), spy.ready);
    expect(lazy.candidates(token('legs')).map((phrase) => phrase.at(-1))).toEqual([
      { stem: 'degrees' },
      { stem: 'chest' },
    ]);
    expect(spy.calls).toBe(2);
    expect(lazy.candidates(token('chest'))).toHaveLength(3);
    expect(spy.calls).toBe(3);
    lazy.candidates(token('chest'));
    lazy.candidates(token('legs'));
    expect(spy.calls).toBe(3);
  });
});

describe('lazyTable: many lists under one start table', () => {
  const lists = [
    ['chest pain', '* then chest'],
    ['leg weak', '=fit of'],
    [],
    ['chest tight', '/^(tight|heavy)$/ chest'],
  ];
  const table = startTable(lists);

  it('files each key once, with the lists and places under it', () => {
    expect(table).toBe(' schest:0.0/3.0 *:0.1 sleg:1.0 efit:1.1 etight:3.1 eheavy:3.1 ');
    // Lists and steps past 9 in base 36: list 37, places 0 and 37.
    const many = [
      ...Array.from({ length: 37 }, (): string[] => []),
      ['chest pain', ...Array.from({ length: 36 }, () => 'x y'), 'chest ache'],
    ];
    expect(startTable(many)).toContain(' schest:11.0,11 ');
  });

  it('meets only the lists a word can start a phrase of, and those with a phrase that starts anywhere', () => {
    const lazy = lazyTable(lists, table, ready);
    expect(lazy.met([token('legs')])).toEqual([0]);
    expect(lazy.met([token('heavy'), token('leg')])).toEqual([0, 1, 3]);
    expect(
      lazy
        .list(3)
        .candidates(token('chest'))
        .map((p) => p.at(-1)),
    ).toEqual([{ stem: 'tight' }]);
    expect(lazy.list(2).candidates(token('chest'))).toEqual([]);
  });

  it('gives every shipped concept the phrases its own start list gives, for every word they start', () => {
    const content = fileURLToPath(new URL('../../content', import.meta.url));
    const rules = compileTriage(parseTriage(readFileSync(`${content}/triage.yml`, 'utf8')));
    const phrases = Object.values(rules.concepts).map((c) => c.phrases);
    expect(rules.conceptStarts).toBe(startTable(phrases));
    const lazy = lazyTable(phrases, rules.conceptStarts ?? '', ready);
    const wordsOf = (list: readonly string[]): string[] => [
      ...new Set(list.flatMap((p) => p.match(/[a-z0-9]+/g) ?? [])),
    ];
    // Each concept's own words, and those of the next concept, which mostly start none of its phrases.
    let checked = 0;
    phrases.forEach((list, place) => {
      const own = lazyPhrases(list, startsOf(list), ready);
      for (const word of [...wordsOf(list), ...wordsOf(phrases[place + 1] ?? [])]) {
        const got = lazy.list(place).candidates(token(word));
        const want = own.candidates(token(word));
        expect(got).toEqual(want);
        if (want.length > 0) {
          expect(lazy.met([token(word)])).toContain(place);
          checked++;
        }
      }
    });
    expect(checked).toBeGreaterThan(5000);
  });
});
