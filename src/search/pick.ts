// Which of the ranked sections to show: a few topics first, each by its best section, then the
// rest in `more` (what the text view lists by number and --limit reaches).
import type { SearchHit } from './search.js';

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
  // The first `limit` of: each topic's best, then the other sections. (concat, not spread:
  // spreading tens of thousands of hits through an iterator was most of a big search's time.)
  const results = firsts.length >= limit ? firsts.slice(0, limit) : firsts.concat(rest.slice(0, limit - firsts.length));
  const shown = new Set(results);
  // Both lists are already best first (hits are), so merging them is a stable sort by score.
  const more = mergeByScore(
    firsts.slice(limit),
    rest.filter((h) => !shown.has(h)),
  );
  return { results, more };
}

/** Two lists each sorted best first, as one, ties in `a`'s favour (as a stable sort of a, b would). */
function mergeByScore(a: readonly SearchHit[], b: readonly SearchHit[]): SearchHit[] {
  const out: SearchHit[] = [];
  let i = 0;
  let j = 0;
  for (let x = a[i], y = b[j]; x !== undefined && y !== undefined; x = a[i], y = b[j]) {
    if (y.score > x.score) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
    }
  }
  return out.concat(a.slice(i), b.slice(j));
}
