// bestPerDoc reads most sections of a large library through a table of qualities (by a hit's
// flags and body count); it must give, for every kind of hit, what matchQuality and
// sectionQuality say of it.
import { describe, expect, it } from 'vitest';
import { sectionQuality, TITLE_WORD_IN_SECTION } from '../../src/search/answer-first.js';
import { buildIndex, packedHits, unpackHit, type TermHit } from '../../src/search/memory-index.js';
import type { QueryWord } from '../../src/search/query.js';
import { topicTerms } from '../../src/search/topic-terms.js';
import { bestPerDoc, matchQuality } from '../../src/search/word-matches.js';
import type { Section } from '../../src/topics/types.js';
import { makeTopic } from '../helpers/topic.js';

// Every body count from 0 to 8, with and without the word in the heading (new sections for
// each topic), in topics that have it in their tags, their names, both or neither.
const sections = (word: string): Section[] =>
  Array.from({ length: 9 }, (_, n) => n).flatMap((n): Section[] => [
    { heading: `part ${n}`, markdown: `${`${word} `.repeat(n)}other text` },
    { heading: `${word} ${n}`, markdown: `${`${word} `.repeat(n)}more text` },
  ]);
const topics = [
  makeTopic({ id: 'plain', sections: sections('cramp') }),
  makeTopic({ id: 'tagged', tags: ['cramp'], sections: sections('cramp') }),
  makeTopic({ id: 'cramp-named', aliases: ['night cramp'], sections: sections('cramp') }),
  makeTopic({ id: 'both', title: 'Cramp', tags: ['cramp'], sections: sections('cramp') }),
];
const index = buildIndex(topics);

describe('bestPerDoc', () => {
  it.each([1, 0.55])('gives each section the quality of its hit, at weight %s', (weight) => {
    const word: QueryWord = {
      word: 'cramp',
      alternatives: [{ term: 'cramp', weight }],
      generic: false,
      share: 1,
      context: false,
    };
    const coverage = (id: string): number => (id === 'both' ? 1 : 0.5);
    const got = bestPerDoc(index, word, coverage, true);
    const packed = packedHits(index.postings, 'cramp');
    if (!packed) throw new Error('no postings');
    // Every section with the word somewhere (its heading, text or topic) is listed once.
    expect([...got.docs].sort((a, b) => a - b)).toEqual([...packed.docs]);
    const kinds = new Set<number>();
    packed.docs.forEach((doc, i) => {
      const value = packed.hits[i] ?? 0;
      kinds.add(value);
      const hit: TermHit = unpackHit(value, { inName: false, inTags: false, inHeading: false, bodyCount: 0 });
      const t = index.docs[doc]?.topic;
      if (!t) throw new Error('no topic');
      const naming = hit.inName && topicTerms(t).all.has('cramp') ? TITLE_WORD_IN_SECTION : 1;
      expect(got.quality[doc]).toBe(weight * matchQuality(hit, hit.inName ? coverage(t.id) : 0));
      expect(got.own(doc)).toBe(naming * weight * sectionQuality(hit));
      expect(got.term(doc)).toBe('cramp');
    });
    // Each flag with each body count (more than the table's 48 kinds: counts past 5 repeat), but
    // for a plain topic's section without the word anywhere, which no postings list.
    expect(kinds.size).toBe(4 * 2 * 9 - 1);
  });

  it('lists the sections of the topics whose names hold its term, even where a meaning of several words matches none', () => {
    const namedDocs = index.docs.flatMap((d, doc) => (['cramp-named', 'both'].includes(d.topic.id) ? [doc] : []));
    const ask = (alternatives: QueryWord['alternatives']): number[] =>
      [
        ...bestPerDoc(index, { word: 'cramp', alternatives, generic: false, share: 1, context: false }, () => 1, true)
          .named,
      ].sort((a, b) => a - b);
    expect(ask([{ term: 'cramp', weight: 1 }])).toEqual(namedDocs);
    // The meaning of several words matches nowhere (no section has "nowhereword"); its term still names them.
    expect(ask([{ term: 'cramp', weight: 1, with: ['nowhereword'] }])).toEqual(namedDocs);
    expect(ask([{ term: 'cramp', weight: 1, with: ['other'] }])).toEqual(namedDocs);
    expect(ask([{ term: 'text', weight: 1 }])).toEqual([]);
  });

  it("works out a section's own match, over several alternatives and a meaning of several words, as the best of them", () => {
    const alternatives: QueryWord['alternatives'] = [
      { term: 'cramp', weight: 0.8 },
      { term: 'text', weight: 1, with: ['part'] },
      { term: 'text', weight: 0.85 },
      { term: 'cramp', weight: 0.9, with: ['nowhereword'] },
    ];
    const word: QueryWord = { word: 'cramp', alternatives, generic: false, share: 1, context: false };
    const got = bestPerDoc(index, word, () => 1, true);
    const hitOf = (term: string, doc: number): TermHit | undefined => index.postings.get(term)?.get(doc);
    let matched = 0;
    index.docs.forEach((d, doc) => {
      // Each alternative where all its terms are: its weight times its weakest part, a title word less.
      let expected = 0;
      for (const alt of alternatives) {
        const parts = [alt.term, ...(alt.with ?? [])].map((t) => hitOf(t, doc));
        const main = parts[0];
        if (!main || parts.some((p) => p === undefined)) continue;
        const naming = main.inName && topicTerms(d.topic).all.has(alt.term) ? TITLE_WORD_IN_SECTION : 1;
        const weakest = Math.min(...parts.map((p) => (p ? sectionQuality(p) : 0)));
        expected = Math.max(expected, naming * alt.weight * weakest);
      }
      if (expected > 0) matched++;
      expect(got.own(doc)).toBe(expected);
    });
    expect(matched).toBeGreaterThan(50);
  });
});
