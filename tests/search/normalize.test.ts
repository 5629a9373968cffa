import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepsName, tokenize, toKey, toTerms } from '../../src/search/normalize.js';
import { unicodeWords } from '../../src/search/tokenize.js';
import { SHIPPED_CONTENT } from '../../src/paths.js';

describe('tokenize', () => {
  it.each([
    ['case and punctuation', 'Weak, Legs!', ['weak', 'legs']],
    ['accents', 'Névralgie ostéoporose', ['nevralgie', 'osteoporose']],
    ['possessives', "my doctor's advice, Paget’s", ['my', 'doctor', 'advice', 'paget']],
    ['decimals stay whole', 't score -2.5', ['t', 'score', '2.5']],
    ['apostrophes inside words', "can't stand", ['cant', 'stand']],
    ['nothing but punctuation', ' ?!… ', []],
  ])('%s', (_name, text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  // Plain ASCII skips the Unicode reading (tokenize.ts): it must find the same words, for every
  // printable character in every place of a word, and for every line of the shipped topics.
  it('reads plain ASCII as the Unicode reading does', () => {
    const unicode = (text: string): string[] =>
      unicodeWords(
        text
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase()
          .replace(/[’‘`]/g, "'"),
      );
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const texts = [
      ...printable.flatMap((c) => [c, `a${c}b`, `${c}s x`, `x'${c}`, `x'${c}s`, `2${c}5`, `W${c}`, `${c}\t${c}\n`]),
      ...readdirSync(SHIPPED_CONTENT)
        .filter((f) => f.endsWith('.md'))
        .flatMap((f) => readFileSync(join(SHIPPED_CONTENT, f), 'utf8').split('\n')),
    ].filter((text) => /^[\x20-\x7e\t\n\r]*$/.test(text));
    expect(texts.length).toBeGreaterThan(2000);
    for (const text of texts) expect(tokenize(text), text).toEqual(unicode(text));
  });
});

describe('toTerms', () => {
  it.each([
    ['stop words go, word forms meet', 'why do my legs feel tired', ['leg', 'tire']],
    ['plurals and tenses', 'falling fractured fractures', ['fall', 'fractur', 'fractur']],
    ['single letters that matter stay', 'vitamin d', ['vitamin', 'd']],
    // "lately" stems to "late", the word of a late injection: it says when, not what
    ['"lately" is not "late"', 'falling a lot lately', ['fall']],
    ['"late" stays', 'my injection is late', ['inject', 'late']],
    // Their stems are stop words: kept, they looked rare, found only where the content said them.
    ['forms of stop words the stock list lacks', 'before having a tooth out, its others', ['tooth', 'out']],
  ])('%s', (_name, text, terms) => {
    expect(toTerms(text)).toEqual(terms);
  });
});

describe('toKey', () => {
  it('gives the same key to the same words in any case, accent or form', () => {
    expect(toKey('Broken Bones')).toBe(toKey('broken bone'));
    expect(toKey('Névralgie')).toBe(toKey('nevralgie'));
    expect(toKey('Broken Bones')).not.toBe(toKey('broken hip'));
  });
});

describe('keepsName', () => {
  it.each([
    ['one word', 'sciatica', true],
    ['several words, several terms', 'broken hip recovery', true],
    // "other causes" → "caus": a question that says "cause" does not name the topic
    ['several words cut to one term', 'other causes', false],
    ['an article or a possessive is not a word of the name', 'the menopause', true],
    ['nor in a longer one', 'feeling well in my body', false],
    ['nothing left', 'the other', false],
  ])('%s: %s', (_name, name, kept) => {
    expect(keepsName(name, toTerms(name).length)).toBe(kept);
  });
});
