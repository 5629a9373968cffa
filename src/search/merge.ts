// Index parts made from consecutive runs of a folder's topics (by worker threads, library/
// parallel.ts), joined into the index of the whole, exactly as if one builder had read every
// topic in order: sections and topics renumbered after the parts before them, each term's
// postings one after another (so still ascending), the vocabulary in first-seen order.
import { compare, dataOf, type IndexParts } from './builder.js';
import { lastSection, readVarint, writeVarint } from './varint.js';

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

  // The topics naming or tagging each term: lists of topic numbers, shifted past the parts before.
  const join = (
    start: (p: IndexParts) => Uint32Array,
    values: (p: IndexParts) => Uint32Array,
  ): [Uint32Array, Uint32Array] => {
    const merged = new Uint32Array(terms.length + 1);
    const out: number[] = [];
    for (let g = 0; g < terms.length; g++) {
      parts.forEach((p, k) => {
        const t = toLocal[k]?.[g] ?? -1;
        if (t < 0) return;
        const list = values(p);
        for (let i = start(p)[t] ?? 0; i < (start(p)[t + 1] ?? 0); i++) out.push((list[i] ?? 0) + (topicBase[k] ?? 0));
      });
      merged[g + 1] = out.length;
    }
    return [merged, Uint32Array.from(out)];
  };
  const [nameStart, nameTopic] = join(
    (p) => p.nameStart,
    (p) => p.nameTopic,
  );
  const [tagStart, tagTopic] = join(
    (p) => p.tagStart,
    (p) => p.tagTopic,
  );

  // Each term's postings: the parts' runs one after another. A run is stored as steps from one
  // section to the next, so only its first step changes (it now steps from the run before, in
  // sections shifted past the parts before); the rest of its bytes are copied as they are.
  // (Decoding every run and encoding it again took most of a 10,000-topic scan's join.)
  const datas = parts.map(dataOf);
  const postStart = new Uint32Array(terms.length + 1);
  const postBytes = new Uint32Array(terms.length + 1);
  let bytes = new Uint8Array(1 << 16);
  const room = (at: number, size: number): void => {
    if (at + size <= bytes.length) return;
    const bigger = new Uint8Array(Math.max(at + size, bytes.length * 2));
    bigger.set(bytes);
    bytes = bigger;
  };
  for (let g = 0; g < terms.length; g++) {
    let at = postBytes[g] ?? 0;
    let count = 0;
    let previous = -1;
    datas.forEach((d, k) => {
      const t = toLocal[k]?.[g] ?? -1;
      if (t < 0) return;
      const run = d.encoded(t);
      if (run.length === 0) return;
      const [step, rest] = readVarint(run, 0);
      const first = step - 1 + (docBase[k] ?? 0);
      room(at, 5 + run.length);
      at = writeVarint(first - previous, bytes, at);
      bytes.set(run.subarray(rest), at);
      at += run.length - rest;
      previous = lastSection(run) + (docBase[k] ?? 0);
      count += (parts[k]?.postStart[t + 1] ?? 0) - (parts[k]?.postStart[t] ?? 0);
    });
    postBytes[g + 1] = at;
    postStart[g + 1] = (postStart[g] ?? 0) + count;
  }
  return {
    sectionCounts,
    names: parts.flatMap((p) => p.names),
    terms,
    words,
    wordTerms: Uint32Array.from(wordTerms),
    postStart,
    postBytes,
    bytes: bytes.subarray(0, postBytes[terms.length] ?? 0),
    nameStart,
    nameTopic,
    tagStart,
    tagTopic,
  };
}
