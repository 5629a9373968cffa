// Index parts made from consecutive runs of a folder's topics (by worker threads, library/
// parallel.ts), joined into the index of the whole, exactly as if one builder had read every
// topic in order: sections and topics renumbered after the parts before them, each term's
// postings one after another (so still ascending), the vocabulary in first-seen order.
import { compare, type IndexParts } from './builder.js';

export function mergeParts(parts: readonly IndexParts[]): IndexParts {
  if (parts.length === 1 && parts[0]) return parts[0];
  const terms = [...new Set(parts.flatMap((p) => p.terms))].sort(compare);
  const global = new Map(terms.map((term, i) => [term, i]));
  // Per part: its term numbers → the merged ones, and back.
  const toGlobal = parts.map((p) => Uint32Array.from(p.terms, (term) => global.get(term) ?? 0));
  const toLocal = toGlobal.map((map) => {
    const back = new Int32Array(terms.length).fill(-1);
    map.forEach((g, local) => (back[g] = local));
    return back;
  });

  const words: string[] = [];
  const wordTerms: number[] = [];
  const known = new Set<string>();
  parts.forEach((p, k) => {
    p.words.forEach((word, i) => {
      if (known.has(word)) return;
      known.add(word);
      words.push(word);
      wordTerms.push(toGlobal[k]?.[p.wordTerms[i] ?? 0] ?? 0);
    });
  });

  // Where each part's sections and topics start in the whole.
  const docBase: number[] = [];
  const topicBase: number[] = [];
  let docs = 0;
  let topics = 0;
  for (const p of parts) {
    docBase.push(docs);
    topicBase.push(topics);
    docs += p.sectionCounts.reduce((a, b) => a + b, 0);
    topics += p.sectionCounts.length;
  }
  const sectionCounts = new Uint32Array(topics);
  parts.forEach((p, k) => sectionCounts.set(p.sectionCounts, topicBase[k]));

  const join = (start: (p: IndexParts) => Uint32Array, values: (p: IndexParts) => Uint32Array, width: number, base: number[]): [Uint32Array, Uint32Array] => {
    const merged = new Uint32Array(terms.length + 1);
    for (let g = 0; g < terms.length; g++) {
      let count = 0;
      parts.forEach((p, k) => {
        const t = toLocal[k]?.[g] ?? -1;
        if (t >= 0) count += (start(p)[t + 1] ?? 0) - (start(p)[t] ?? 0);
      });
      merged[g + 1] = (merged[g] ?? 0) + count;
    }
    const out = new Uint32Array(width * (merged[terms.length] ?? 0));
    let at = 0;
    for (let g = 0; g < terms.length; g++) {
      parts.forEach((p, k) => {
        const t = toLocal[k]?.[g] ?? -1;
        if (t < 0) return;
        const from = width * (start(p)[t] ?? 0);
        const to = width * (start(p)[t + 1] ?? 0);
        const list = values(p);
        // The first number of each entry is a section (or topic): shift it past the parts before.
        for (let i = from; i < to; i += width) {
          out[at] = (list[i] ?? 0) + (base[k] ?? 0);
          if (width === 2) out[at + 1] = list[i + 1] ?? 0;
          at += width;
        }
      });
    }
    return [merged, out];
  };
  const [postStart, pairs] = join((p) => p.postStart, (p) => p.pairs, 2, docBase);
  const [nameStart, nameTopic] = join((p) => p.nameStart, (p) => p.nameTopic, 1, topicBase);
  const [tagStart, tagTopic] = join((p) => p.tagStart, (p) => p.tagTopic, 1, topicBase);
  return {
    sectionCounts,
    names: parts.flatMap((p) => p.names),
    terms,
    words,
    wordTerms: Uint32Array.from(wordTerms),
    postStart,
    pairs,
    nameStart,
    nameTopic,
    tagStart,
    tagTopic,
  };
}
