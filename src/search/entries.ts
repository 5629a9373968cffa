// The arrays an index is built in (builder.ts): growable lists of numbers, the terms of the
// section being read (one entry per term), each term's postings encoded as they are found
// (varint.ts: 10,000 topics' postings take 15 MB this way, 95 MB as entries sorted after), and
// the counting sort that groups (term, topic) pairs. Kept to typed arrays and plain loops: this
// is the hot path of indexing ten million words.

import { writeVarint } from './varint.js';

// Every growable array here starts small (START), so that it grows within the first topic or
// two, while the code is still interpreted: the growth paths then have type feedback, and the
// fields they reassign are known to change, before V8 optimizes the builder. Started at 1,024, each
// first grew after optimization, and threw away IndexBuilder.add's optimized code (which inlines
// all of this): a search of 10,000 generated topics never indexed compiled add nine times, 0.8 s
// of compiling on V8's background threads.
export const START = 16;

/** A growable list of 32-bit numbers. */
export class Numbers {
  data = new Uint32Array(START);
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
 * The terms of the section being read: one entry (term, value) each. A term's entry is found
 * through `slot`, so counting a word is a few typed-array steps.
 */
export class Entries {
  term = new Uint32Array(START);
  value = new Uint32Array(START);
  length = 0;
  /** Per term: the section it last had an entry in, and that entry's number. */
  lastDoc = new Int32Array(START).fill(-1);
  slot = new Int32Array(START);

  /** Room for terms numbered below `terms`, and for `more` new entries. */
  reserve(terms: number, more: number): void {
    if (terms > this.lastDoc.length) {
      this.lastDoc = grown(this.lastDoc, terms, -1);
      this.slot = grown(this.slot, terms);
    }
    if (this.length + more > this.term.length) {
      this.term = grown(this.term, this.length + more);
      this.value = grown(this.value, this.length + more);
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
export function countWords(
  entries: Entries,
  ids: Int32Array,
  length: number,
  tags: Int32Array,
  doc: number,
  classify: (word: number) => number,
): void {
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

const NO_RUN = new Uint8Array(0);

/**
 * Each term's postings, encoded as each section is done (varint.ts): the step from the term's
 * last section, then its value (bodyCount << 1 | inHeading). Terms are in the order found.
 */
export class Runs {
  // Dense, every item a Uint8Array (NO_RUN until the term's first entry): a term numbered for a
  // name or tag only, never in a section, had left a hole, and reading past the end or into a
  // hole threw away the builder's optimized code (V8 deoptimized IndexBuilder.add, which inlines this).
  private runs: Uint8Array[] = Array.from({ length: START }, () => NO_RUN);
  length = new Uint32Array(START);
  count = new Uint32Array(START);
  private last = new Int32Array(START).fill(-1);

  /** Add the section's entries to their terms' runs. */
  add(entries: Entries, doc: number): void {
    for (let i = 0; i < entries.length; i++) {
      const term = entries.term[i] ?? 0;
      if (term >= this.length.length) this.grow(term + 1);
      let run = this.runs[term] ?? NO_RUN;
      let at = this.length[term] ?? 0;
      // Two numbers of at most 5 bytes each.
      if (at + 10 > run.length) {
        const bigger = new Uint8Array(Math.max(16, 2 * run.length, at + 10));
        bigger.set(run);
        this.runs[term] = run = bigger;
      }
      at = writeVarint(doc - (this.last[term] ?? -1), run, at);
      this.length[term] = writeVarint(entries.value[i] ?? 0, run, at);
      this.last[term] = doc;
      this.count[term] = (this.count[term] ?? 0) + 1;
    }
  }

  private grow(terms: number): void {
    this.length = grown(this.length, terms);
    this.count = grown(this.count, terms);
    this.last = grown(this.last, terms, -1);
    while (this.runs.length < this.length.length) this.runs.push(NO_RUN);
  }

  /** The runs of the terms in `order`, one after another: per term the start of its entries and bytes, and the bytes. */
  join(order: readonly number[]): { postStart: Uint32Array; postBytes: Uint32Array; bytes: Uint8Array } {
    const postStart = new Uint32Array(order.length + 1);
    const postBytes = new Uint32Array(order.length + 1);
    order.forEach((term, i) => {
      postStart[i + 1] = (postStart[i] ?? 0) + (this.count[term] ?? 0);
      postBytes[i + 1] = (postBytes[i] ?? 0) + (this.length[term] ?? 0);
    });
    const bytes = new Uint8Array(postBytes[order.length] ?? 0);
    order.forEach((term, i) =>
      bytes.set((this.runs[term] ?? new Uint8Array(0)).subarray(0, this.length[term] ?? 0), postBytes[i]),
    );
    return { postStart, postBytes, bytes };
  }
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
