// Phrases are indexed by the word they start with, so a question is matched only against the
// phrases that can start at each of its words.
import { describe, expect, it } from 'vitest';
import { decodePhrase } from '../../src/search/triage/compile.js';
import { indexPhrases, type Ready } from '../../src/search/triage/phrases.js';
import type { Token } from '../../src/search/triage/clauses.js';

const ready = (elements: ReturnType<typeof decodePhrase>): Ready =>
  elements.map((e) => ('pattern' in e ? { pattern: new RegExp(e.pattern) } : e));
const token = (word: string): Token => ({ word, stem: word, segment: 0, scope: 0, sentence: 0 });

describe('indexPhrases', () => {
  const index = indexPhrases(['/^(tight|heavy)$/ feeling * chest', '/^\\d+$/ degrees', 'chest pain'], ready);
  it('files a pattern that lists words under each of them, and nowhere else', () => {
    expect(index.candidates(token('tight'))).toHaveLength(2);
    expect(index.candidates(token('heavy'))).toHaveLength(2);
    expect(index.candidates(token('light'))).toHaveLength(1);
  });
  it('tries any other pattern at every word', () => {
    expect(index.candidates(token('chest'))).toHaveLength(2);
  });
});
