// Builds a search index a topic at a time into flat arrays: what buildIndex() finds, term by term
// and section by section, in a few numbers per posting instead of a Map and an object each. The
// folder scan, `osteo index` and the cache all make their index here; IndexData is what the
// index file holds (store/format.ts) and what view.ts turns into a SearchIndex.
import { topicNames } from '../topics/names.js';
import type { Topic } from '../topics/types.js';
import { indexableText } from './index.js';
import { isStopWord, stem, tokenize, toTerms } from './normalize.js';
import { scanWords, WordList, WordTable } from './words.js';

export interface IndexData {
  /** Each topic's number of sections; sections are numbered topic by topic, as buildIndex does. */
  sectionCounts: Uint32Array;
  /** Each topic's names as stemmed terms (buildIndex's `names`), in topic order. */
  names: string[][][];
  /** Every stem, sorted (code unit order). */
  terms: string[];
  /** The vocabulary: each surface word once, in the order buildIndex learns them, and its term. */
  words: string[];
  wordTerms: Uint32Array;
  /** Per term t, its entries are [postStart[t], postStart[t+1]). */
  postStart: Uint32Array;
  /** A term's entries as pairs: section (ascending), then bodyCount << 1 | inHeading. */
  postings(t: number): Uint32Array;
  /** Per term, the topics (with sections) whose names hold it, and whose tags do. */
  nameStart: Uint32Array;
  nameTopic: Uint32Array;
  tagStart: Uint32Array;
  tagTopic: Uint32Array;
}

/** A growable list of 32-bit numbers. */
class Numbers {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

function pushPair(list: Numbers, a: number, b: number): void {
  list.push(a);
  list.push(b);
}

export class IndexBuilder {
  private readonly table = new WordTable();
  private readonly stems: string[] = [];
  private readonly termOf = new Map<string, number>();
  /** Vocabulary words (numbers in the table) in first-seen order. */
  private readonly vocabulary = new Numbers();
  private readonly sectionCounts = new Numbers();
  private readonly names: string[][][] = [];
  // Postings as (term, doc, value) in doc order; name and tag hits as (term, topic).
  private readonly postTerm = new Numbers();
  private readonly postDoc = new Numbers();
  private readonly postValue = new Numbers();
  private readonly nameHits = new Numbers();
  private readonly tagHits = new Numbers();
  // Per term, for the section being read: the doc it was last seen in, and its value there.
  private lastDoc = new Int32Array(1024).fill(-1);
  private value = new Uint32Array(1024);
  private readonly touched: number[] = [];
  private docs = 0;
  private readonly body = new WordList();

  add(topic: Topic): void {
    const topicNumber = this.names.length;
    const nameList = topicNames(topic);
    this.names.push(nameList.map(toTerms).filter((terms) => terms.length > 0));
    const nameTerms = this.termsOf(nameList.join(' \n '));
    const tagTerms = this.termsOf(topic.tags.join(' \n '));
    this.sectionCounts.push(topic.sections.length);
    if (topic.sections.length > 0) {
      for (const term of nameTerms) pushPair(this.nameHits, term, topicNumber);
      for (const term of tagTerms) pushPair(this.tagHits, term, topicNumber);
    }
    topic.sections.forEach((section, position) => {
      for (const term of this.termsOf(section.heading)) this.touch(term, 1);
      // The summary is the topic's own one-line answer, so it reads as part of the opening section.
      scanWords(indexableText(position === 0 ? `${topic.summary}\n${section.markdown}` : section.markdown), this.table, this.body);
      const { ids, length } = this.body;
      const tags = this.table.tags;
      for (let k = 0; k < length; k++) {
        const word = ids[k] ?? 0;
        const known = tags[word] ?? -1;
        const term = known === -1 ? this.termOfWord(word) : known;
        if (term >= 0) this.touch(term, 2);
      }
      for (const term of this.touched) {
        this.postTerm.push(term);
        this.postDoc.push(this.docs);
        this.postValue.push(this.value[term] ?? 0);
      }
      this.touched.length = 0;
      this.docs++;
    });
  }

  /** Distinct terms of a short text (names, tags, a heading), learning its words. */
  private termsOf(text: string): Set<number> {
    const terms = new Set<number>();
    for (const token of tokenize(text)) {
      const term = this.termOfWord(this.table.intern(token));
      if (term >= 0) terms.add(term);
    }
    return terms;
  }

  /** The term of a word in the table, -1 for a stop word; a new word joins the vocabulary. */
  private termOfWord(word: number): number {
    const known = this.table.tags[word] ?? -1;
    if (known !== -1) return known;
    const text = this.table.words[word] ?? '';
    let term = -2;
    if (!isStopWord(text)) {
      const s = stem(text);
      term = this.termOf.get(s) ?? this.newTerm(s);
      this.vocabulary.push(word);
    }
    this.table.tags[word] = term;
    return term < 0 ? -1 : term;
  }

  private newTerm(s: string): number {
    const term = this.stems.push(s) - 1;
    this.termOf.set(s, term);
    if (term >= this.lastDoc.length) {
      const lastDoc = new Int32Array(this.lastDoc.length * 2).fill(-1);
      lastDoc.set(this.lastDoc);
      this.lastDoc = lastDoc;
      const value = new Uint32Array(this.value.length * 2);
      value.set(this.value);
      this.value = value;
    }
    return term;
  }

  /** `amount` 1 marks the heading; 2 counts one more use in the body. */
  private touch(term: number, amount: number): void {
    if (this.lastDoc[term] !== this.docs) {
      this.lastDoc[term] = this.docs;
      this.value[term] = 0;
      this.touched.push(term);
    }
    const was = this.value[term] ?? 0;
    this.value[term] = amount === 1 ? was | 1 : was + 2;
  }

  /** The index of every topic added, its terms sorted. */
  finish(): IndexData {
    const order = this.stems.map((_, i) => i).sort((a, b) => compare(this.stems[a] ?? '', this.stems[b] ?? ''));
    const rank = new Uint32Array(order.length);
    order.forEach((term, i) => (rank[term] = i));
    const [postStart, pairs] = invert(rank, this.postTerm.view(), this.postDoc.view(), this.postValue.view());
    const [nameStart, nameTopic] = invertPairs(rank, this.nameHits.view());
    const [tagStart, tagTopic] = invertPairs(rank, this.tagHits.view());
    const vocabulary = this.vocabulary.view();
    return {
      sectionCounts: this.sectionCounts.view(),
      names: this.names,
      terms: order.map((term) => this.stems[term] ?? ''),
      words: Array.from(vocabulary, (word) => this.table.words[word] ?? ''),
      wordTerms: Uint32Array.from(vocabulary, (word) => rank[this.table.tags[word] ?? 0] ?? 0),
      postStart,
      postings: (t) => pairs.subarray(2 * (postStart[t] ?? 0), 2 * (postStart[t + 1] ?? 0)),
      nameStart,
      nameTopic,
      tagStart,
      tagTopic,
    };
  }
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Entries grouped by the rank of their term, keeping their order within a term (a counting
 * sort: linear, and stable, so sections stay ascending): the start of each term, and the entries
 * as pairs of `first` and `second`.
 */
function invert(rank: Uint32Array, terms: Uint32Array, first: Uint32Array, second: Uint32Array): [Uint32Array, Uint32Array] {
  const start = new Uint32Array(rank.length + 1);
  for (let i = 0; i < terms.length; i++) bump(start, (rank[terms[i] ?? 0] ?? 0) + 1);
  for (let t = 0; t < rank.length; t++) start[t + 1] = (start[t + 1] ?? 0) + (start[t] ?? 0);
  const next = start.slice(0, rank.length);
  const pairs = new Uint32Array(2 * terms.length);
  for (let i = 0; i < terms.length; i++) {
    const at = 2 * bump(next, rank[terms[i] ?? 0] ?? 0);
    pairs[at] = first[i] ?? 0;
    pairs[at + 1] = second[i] ?? 0;
  }
  return [start, pairs];
}

/** (term, topic) pairs grouped by term: the start of each term, and the topics. */
function invertPairs(rank: Uint32Array, pairs: Uint32Array): [Uint32Array, Uint32Array] {
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
