// Reading a text for some words only (select-words.ts) must count those words exactly as reading
// every word does: a search of a folder with no index reads it this way, and its answers must be
// the ones a full read gives (tests/library/equal-results.test.ts checks the answers).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/search/normalize.js';
import {
  coversTerm,
  coversWord,
  scanSelected,
  shortParts,
  stemCore,
  typoParts,
  wordPatterns,
} from '../../src/search/select-words.js';
import { scanWords, WordList, WordTable } from '../../src/search/words.js';
import { PIECES } from '../helpers/text-pieces.js';

function words(scan: typeof scanWords, text: string): string[] {
  const table = new WordTable();
  const out = new WordList();
  scan(text, table, out);
  return Array.from(out.ids.subarray(0, out.length), (id) => table.words[id] ?? '?');
}

/** The words of `text` that hold one of `patterns`, as a full read finds them, sorted. */
function holding(found: readonly string[], patterns: readonly string[]): string[] {
  return found.filter((word) => patterns.some((p) => word.includes(p))).sort();
}

describe('stemCore', () => {
  it('is held by every English word with that stem', () => {
    const english = JSON.parse(
      readFileSync(new URL('../../node_modules/an-array-of-english-words/index.json', import.meta.url), 'utf8'),
    ) as string[];
    const misses = english
      .map((w) => w.toLowerCase())
      .filter((w) => /^[a-z0-9]+$/.test(w) && !w.includes(stemCore(stem(w))));
    expect(english.length).toBeGreaterThan(200000);
    expect(misses).toEqual([]);
  });

  it('is held by any word made of the suffixes the stemmer rewrites', () => {
    const suffixes = ['ational', 'tional', 'enci', 'anci', 'izer', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization'];
    suffixes.push('ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi');
    suffixes.push('icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'ies', 'ied', 'ing', 'ed', 'y', 'ly');
    suffixes.push('bility', 'ability', 'ably', 'ibly', 'ement', 'sses', 'eed', 'at', 'bl', 'iz', 'e', 'll', 's');
    const word = fc
      .tuple(fc.stringMatching(/^[a-z]{1,7}$/), fc.array(fc.constantFrom(...suffixes), { maxLength: 3 }))
      .map(([root, ends]) => root + ends.join(''));
    fc.assert(
      fc.property(word, (w) => w.includes(stemCore(stem(w)))),
      { numRuns: 20000 },
    );
  });

  it('drops only a last i, e or l', () => {
    expect([stemCore('happi'), stemCore('bake'), stemCore('abl'), stemCore('leg'), stemCore('weak')]).toEqual([
      'happ',
      'bak',
      'ab',
      'leg',
      'weak',
    ]);
  });
});

describe('wordPatterns', () => {
  it('keeps the shortest of patterns that hold one another, and none for words that are not plain ASCII', () => {
    expect(wordPatterns(['leg', 'weak', 'weaker'], ['legs', 'café', '2.5'])).toEqual(['leg', 'weak']);
    expect(wordPatterns(['e'], [])).toEqual(['']);
  });

  it('says which terms and words a reading covers', () => {
    const patterns = wordPatterns(['leg'], ['yoga']);
    expect(['leg', 'legg', 'alleg', 'café', '2.5'].map((t) => coversTerm(patterns, t))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(coversTerm(patterns, 'weak')).toBe(false);
    expect(coversWord(patterns, 'yogas')).toBe(true);
    expect(coversWord(patterns, 'pilates')).toBe(false);
  });
});

describe('typoParts', () => {
  it('gives two parts one of which every word one letter edit away holds', () => {
    const edit = fc
      .tuple(
        fc.stringMatching(/^[a-z]{6,12}$/),
        fc.constantFrom('drop', 'add', 'change', 'swap'),
        fc.nat(),
        fc.stringMatching(/^[a-z]$/),
      )
      .map(([word, kind, at, letter]) => {
        const i = at % word.length;
        const edited =
          kind === 'drop'
            ? word.slice(0, i) + word.slice(i + 1)
            : kind === 'add'
              ? word.slice(0, i) + letter + word.slice(i)
              : kind === 'change'
                ? word.slice(0, i) + letter + word.slice(i + 1)
                : word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
        return [word, edited] as const;
      });
    fc.assert(
      fc.property(edit, ([word, edited]) => (typoParts(word) ?? []).some((part) => edited.includes(part))),
      { numRuns: 20000 },
    );
  });

  it('gives none for a word too short for parts of two letters', () => {
    expect(typoParts('medicne')).toEqual(['me', 'cne']);
    expect(typoParts('legz')).toBeNull();
    expect(typoParts('osteo')).toBeNull();
    expect(typoParts('café-au-lait')).toBeNull();
  });
});

describe('scanSelected', () => {
  it.each([
    ['plain words', 'Weak legs, heavy LEGS and tired-legs. Allegedly legless.', ['leg']],
    ['possessives and contractions', "The leg's bone, legs’ and le'gs don't", ['leg']],
    ['quotes in plain ASCII', "The leg's bone, le'gs, `leg` and ``legs`` don't", ['leg']],
    ['accents', 'Café legs naïve LÉGS légère ﬁleg', ['leg', 'naiv']],
    ['decimals', 'leg2.5 2.5 x2.5leg 1.2.3', ['leg', '2']],
    ['a lower case that is longer', 'İleg legs', ['leg']],
    ['a one-letter stem: every word', 'a b leg', ['']],
  ])('%s: the words holding a pattern, as a full read counts them', (_name, text, patterns) => {
    const full = words(scanWords, text);
    const selected = words((t, table, out) => scanSelected(t, patterns, table, out), text);
    expect(holding(selected, patterns)).toEqual(holding(full, patterns));
  });

  it('counts, for any text, every word holding a pattern as often as a full read does', () => {
    const pieces = [...PIECES, 'leg', 'Leg', 'LEGS', 'weak', 'WeAk', 'İ', 'alleg', 'le'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
    const patterns = fc.uniqueArray(fc.constantFrom('leg', 'weak', 'a', 'b2', 'e', 'cafe', '2'), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(text, patterns, (t, ps) => {
        const table = new WordTable();
        const out = new WordList();
        scanSelected(t, ps, table, out);
        const selected = Array.from(out.ids.subarray(0, out.length), (id) => table.words[id] ?? '?');
        expect(holding(selected, ps)).toEqual(holding(words(scanWords, t), ps));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads no word of a plain text that holds no pattern', () => {
    expect(words((text, table, out) => scanSelected(text, ['leg'], table, out), 'Weak legs and a bad back.')).toEqual([
      'legs',
    ]);
  });
});

describe('shortParts', () => {
  it('gives parts one of which every word one letter edit from a word of four or five letters holds', () => {
    const edit = fc
      .tuple(fc.stringMatching(/^[a-z]{4,5}$/), fc.nat(), fc.stringMatching(/^[a-z]$/), fc.nat(3))
      .map(([word, at, letter, kind]) => {
        const i = at % word.length;
        const edited = [
          word.slice(0, i) + word.slice(i + 1),
          word.slice(0, i) + letter + word.slice(i),
          word.slice(0, i) + letter + word.slice(i + 1),
          i + 1 < word.length ? word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2) : word,
        ][kind];
        return [word, edited ?? word] as const;
      });
    fc.assert(
      fc.property(edit, ([word, edited]) => (shortParts(word) ?? []).some((part) => edited.includes(part))),
      { numRuns: 20000 },
    );
  });

  it('gives none for other words', () => {
    expect([shortParts('leg'), shortParts('medicne'), shortParts('café')]).toEqual([null, null, null]);
  });
});
