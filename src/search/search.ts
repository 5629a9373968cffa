// Ranks sections for a query. A score is the weighted share of the query's words a section
// matches, times how well it matches them: 0..1, 1 = every word in a title, alias or heading.
import type { SearchIndex, SectionDoc, TermHit } from './index.js';
import { parseQuery, type QueryWord } from './query.js';

export interface SearchHit {
  doc: SectionDoc;
  score: number;
  /** Stems that matched, for highlighting. */
  terms: string[];
}

/** Every section that matches at least one query word, best first. */
export function rankSections(index: SearchIndex, query: string): SearchHit[] {
  const words = parseQuery(index, query);
  if (words.length === 0) return [];
  const total = index.docs.length;
  const idf = (term: string): number => Math.log(1 + total / (index.postings.get(term)?.size ?? total));
  const unknownWeight = Math.log(1 + total) / 2;
  const importance = words.map((w) => {
    const known = w.alternatives.filter((a) => index.postings.has(a.term));
    return known.length === 0 ? unknownWeight : Math.max(...known.map((a) => idf(a.term)));
  });
  const sum = importance.reduce((a, b) => a + b, 0);

  const scores = new Map<number, { score: number; terms: Set<string> }>();
  words.forEach((word, i) => {
    const best = bestPerDoc(index, word);
    for (const [doc, { quality, term }] of best) {
      let entry = scores.get(doc);
      if (!entry) scores.set(doc, (entry = { score: 0, terms: new Set() }));
      entry.score += ((importance[i] ?? 0) * quality) / sum;
      entry.terms.add(term);
    }
  });

  const hits: SearchHit[] = [];
  for (const [doc, { score, terms }] of scores) {
    const sectionDoc = index.docs[doc];
    if (sectionDoc) hits.push({ doc: sectionDoc, score: Math.min(1, Math.round(score * 1000) / 1000), terms: [...terms] });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc.position - b.doc.position);
}

/** For one query word, the best match quality in each section, over its alternatives. */
function bestPerDoc(index: SearchIndex, word: QueryWord): Map<number, { quality: number; term: string }> {
  const best = new Map<number, { quality: number; term: string }>();
  for (const alt of word.alternatives) {
    for (const [doc, hit] of index.postings.get(alt.term) ?? []) {
      const quality = alt.weight * matchQuality(hit);
      if (quality > (best.get(doc)?.quality ?? 0)) best.set(doc, { quality, term: alt.term });
    }
  }
  return best;
}

/** How strongly a section matches a term: a heading beats the topic's name, which beats body text. */
export function matchQuality(hit: TermHit): number {
  const body = hit.bodyCount > 0 ? 0.5 + 0.02 * Math.min(hit.bodyCount, 5) : 0;
  const base = Math.max(hit.inHeading ? 0.9 : 0, hit.inTopic ? 0.75 : 0, body);
  // A topic-level match that the section itself also mentions is the section about it.
  const both = hit.inTopic && (hit.inHeading || hit.bodyCount > 0) ? 0.1 : 0;
  return Math.min(1, base + both);
}

/**
 * The sections to show: the best section of each topic first, so that a few results cover a few
 * topics; further sections of the same topics follow in `more`.
 */
export function pickResults(hits: readonly SearchHit[], limit: number): { results: SearchHit[]; more: SearchHit[] } {
  const seen = new Set<string>();
  const firsts: SearchHit[] = [];
  const rest: SearchHit[] = [];
  for (const hit of hits) {
    if (seen.has(hit.doc.topic.id)) rest.push(hit);
    else {
      seen.add(hit.doc.topic.id);
      firsts.push(hit);
    }
  }
  const ordered = [...firsts.slice(0, limit), ...rest, ...firsts.slice(limit)];
  const results = ordered.slice(0, limit);
  const more = [...firsts.slice(limit), ...rest].filter((h) => !results.includes(h)).sort((a, b) => b.score - a.score);
  return { results, more };
}
