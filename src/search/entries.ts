// The arrays an index is built in (builder.ts): growable lists of numbers, the postings as they
// are found (one entry per term per section), and the counting sorts that group them by term.
// Kept to typed arrays and plain loops: this is the hot path of indexing ten million words.

/** A growable list of 32-bit numbers. */
export class Numbers {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, this.length + 1);
    this.data[this.length++] = value;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** `array` copied into one `factor` times as large (and at least `size`). */
function grown<T extends Uint32Array | Int32Array>(array: T, size: number, fill = 0, factor = 2): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, Math.ceil(array.length * factor)));
  if (fill !== 0) bigger.fill(fill);
  bigger.set(array);
  return bigger;
}

/**
 * Postings as they are found: one entry (term, value) per term per section, sections in order.
 * A term's entry in the section being read is found through `slot`, so counting a word is a
 * few typed-array steps: the hot loop of indexing (ten million words for 10,000 topics).
 */
export class Entries {
  term = new Uint32Array(1 << 16);
  value = new Uint32Array(1 << 16);
  length = 0;
  /** Per term: the section it last had an entry in, and that entry's number. */
  lastDoc = new Int32Array(1024).fill(-1);
  slot = new Int32Array(1024);

  /** Room for terms numbered below `terms`, and for `more` new entries. */
  reserve(terms: number, more: number): void {
    if (terms > this.lastDoc.length) {
      this.lastDoc = grown(this.lastDoc, terms, -1);
      this.slot = grown(this.slot, terms);
    }
    // The largest arrays of indexing: grown by half, not doubled, to keep memory near what is used.
    if (this.length + more > this.term.length) {
      this.term = grown(this.term, this.length + more, 0, 1.5);
      this.value = grown(this.value, this.length + more, 0, 1.5);
    }
  }

  /** Add `amount` to term's value in section `doc` (2: one more use in the body; 1: in the heading, once). */
  add(term: number, doc: number, amount: number): void {
    if (this.lastDoc[term] === doc) {
      const at = this.slot[term] ?? 0;
      this.value[at] = amount === 1 ? (this.value[at] ?? 0) | 1 : (this.value[at] ?? 0) + amount;
    } else {
      this.lastDoc[term] = doc;
      this.slot[term] = this.length;
      this.term[this.length] = term;
      this.value[this.length++] = amount;
    }
  }
}

/**
 * Count the words `ids` (terms through `tags`: -1 not yet known, then `classify` says; below -1
 * a stop word) of section `doc`.
 */
export function countWords(entries: Entries, ids: Int32Array, length: number, tags: Int32Array, doc: number, classify: (word: number) => number): void {
  const { lastDoc, slot, term: entryTerm, value } = entries;
  let n = entries.length;
  for (let k = 0; k < length; k++) {
    let term = tags[ids[k] ?? 0] ?? -1;
    if (term === -1) term = classify(ids[k] ?? 0);
    if (term < 0) continue;
    if (lastDoc[term] === doc) {
      const at = slot[term] ?? 0;
      value[at] = (value[at] ?? 0) + 2;
    } else {
      lastDoc[term] = doc;
      slot[term] = n;
      entryTerm[n] = term;
      value[n++] = 2;
    }
  }
  entries.length = n;
}

export function pushPair(list: Numbers, a: number, b: number): void {
  list.push(a);
  list.push(b);
}

/**
 * The entries grouped by the rank of their term, keeping their order within a term (a counting
 * sort: linear, and stable, so sections stay ascending): the start of each term, and the entries
 * as (section, value) pairs.
 */
export function invertEntries(rank: Uint32Array, entries: Entries, docEnd: Uint32Array): [Uint32Array, Uint32Array] {
  const { term, value, length } = entries;
  const start = new Uint32Array(rank.length + 1);
  for (let i = 0; i < length; i++) bump(start, (rank[term[i] ?? 0] ?? 0) + 1);
  for (let t = 0; t < rank.length; t++) start[t + 1] = (start[t + 1] ?? 0) + (start[t] ?? 0);
  const next = start.slice(0, rank.length);
  const pairs = new Uint32Array(2 * length);
  let doc = 0;
  for (let i = 0; i < length; i++) {
    while (i >= (docEnd[doc] ?? 0)) doc++;
    const at = 2 * bump(next, rank[term[i] ?? 0] ?? 0);
    pairs[at] = doc;
    pairs[at + 1] = value[i] ?? 0;
  }
  return [start, pairs];
}

/** (term, topic) pairs grouped by term: the start of each term, and the topics. */
export function invertPairs(rank: Uint32Array, pairs: Uint32Array): [Uint32Array, Uint32Array] {
  const start = new Uint32Array(rank.length + 1);
  for (let i = 0; i < pairs.length; i += 2) bump(start, (rank[pairs[i] ?? 0] ?? 0) + 1);
  for (let t = 0; t < rank.length; t++) start[t + 1] = (start[t + 1] ?? 0) + (start[t] ?? 0);
  const next = start.slice(0, rank.length);
  const topics = new Uint32Array(pairs.length / 2);
  for (let i = 0; i < pairs.length; i += 2) topics[bump(next, rank[pairs[i] ?? 0] ?? 0)] = pairs[i + 1] ?? 0;
  return [start, topics];
}

/** Add one to counts[at]; the count it had. */
function bump(counts: Uint32Array, at: number): number {
  const was = counts[at] ?? 0;
  counts[at] = was + 1;
  return was;
}
