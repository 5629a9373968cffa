// Builds a search index a topic at a time into flat arrays: what buildIndex() finds, term by term
// and section by section, in a few numbers per posting instead of a Map and an object each. The
// folder scan, `osteo index` and the cache all make their index here; IndexData is what the
// index file holds (format.ts) and what view.ts turns into a SearchIndex.
import { searchNames } from '../topics/names.js';
import { searchesOf, withSearches } from '../topics/searches.js';
import type { Topic } from '../topics/types.js';
import { headingText, indexableText } from './memory-index.js';
import { isStopWord, keepsName, stem } from './normalize.js';
import { countWords, Entries, invertPairs, Numbers, pushPair, Runs } from './entries.js';
import { decodePairs } from './varint.js';
import { scanSelected } from './select-words.js';
import { scanWords, WordList, WordTable } from './words.js';

/** An index as plain arrays: what a worker hands back, what an index file holds. */
export interface IndexParts {
  /** Each topic's number of sections; sections are numbered topic by topic, as buildIndex does. */
  sectionCounts: Uint32Array;
  /** Each topic's names as stemmed terms (buildIndex's `names`), in topic order. */
  names: string[][][];
  /** Every stem, sorted (code unit order). */
  terms: string[];
  /** The vocabulary: each surface word once, in the order buildIndex learns them, and its term. */
  words: string[];
  wordTerms: Uint32Array;
  /** Per term t, how many entries it has before it (postStart[t+1] - postStart[t] its own)… */
  postStart: Uint32Array;
  /** …and where they are in `bytes`: [postBytes[t], postBytes[t+1]). */
  postBytes: Uint32Array;
  /** Every term's entries, encoded (varint.ts): section steps and values (bodyCount << 1 | inHeading). */
  bytes: Uint8Array;
  /** Per term, the topics (with sections) whose names hold it, and whose tags do. */
  nameStart: Uint32Array;
  nameTopic: Uint32Array;
  tagStart: Uint32Array;
  tagTopic: Uint32Array;
}

/** Each topic's names as terms, by topic number: an array, or read when asked for (meta.ts lazyNames). */
export interface NameList {
  readonly length: number;
  at(topic: number): string[][] | undefined;
}

/** An index a term at a time: in memory (dataOf), or read from a file (search/stored.ts). */
export interface IndexData extends Omit<IndexParts, 'bytes' | 'names'> {
  names: NameList;
  /** Term t's entries as (section, value) pairs, decoded. */
  postings(t: number): Uint32Array;
  /** Term t's entries as they are encoded (what an index file holds). */
  encoded(t: number): Uint8Array;
}

export class IndexBuilder {
  private readonly table = new WordTable();
  private readonly stems: string[] = [];
  private readonly termOf = new Map<string, number>();
  /** Vocabulary words (numbers in the table) in first-seen order. */
  private readonly vocabulary = new Numbers();
  private readonly sectionCounts = new Numbers();
  private readonly names: string[][][] = [];
  /** The terms of the section being read, then every term's postings. */
  private readonly entries = new Entries();
  private readonly runs = new Runs();
  private docs = 0;
  /** (term, topic) of the terms of each topic's names, and of its tags. */
  private readonly nameHits = new Numbers();
  private readonly tagHits = new Numbers();
  private readonly body = new WordList();
  private readonly short = new WordList();
  /** Per term, the topic (plus one) it was last recorded for in nameHits, and in tagHits. */
  private readonly named = new Numbers();
  private readonly tagged = new Numbers();

  /**
   * With `patterns` (select-words.ts), a section's text counts only the words that hold one:
   * the index is then sound for the terms those patterns cover, and for no other.
   */
  constructor(private readonly patterns?: readonly string[]) {}

  add(topic: Topic): void {
    const topicNumber = this.names.length;
    // Names, tags and summary, learnt in buildIndex's order: each name, the tags, the summary.
    const names: string[][] = [];
    for (const name of searchNames(topic)) {
      const terms = this.termsOf(name);
      if (keepsName(name, terms.length)) names.push(terms.map((term) => this.stems[term] ?? ''));
      if (topic.sections.length > 0) for (const term of terms) this.once(this.nameHits, this.named, term, topicNumber);
    }
    this.names.push(names);
    // The summary says what the whole topic covers, as its tags do (see buildIndex).
    for (const tag of [...topic.tags, topic.summary]) {
      const terms = this.termsOf(tag);
      if (topic.sections.length > 0) for (const term of terms) this.once(this.tagHits, this.tagged, term, topicNumber);
    }
    this.sectionCounts.push(topic.sections.length);
    for (const section of topic.sections) {
      const doc = this.docs++;
      const heading = this.termsOf(headingText(section));
      const text = withSearches(indexableText(section.markdown), searchesOf(topic, section));
      if (this.patterns) scanSelected(text, this.patterns, this.table, this.body);
      else scanWords(text, this.table, this.body);
      this.entries.reserve(this.stems.length + this.body.length, heading.length + this.body.length);
      for (const term of heading) this.entries.add(term, doc, 1);
      countWords(this.entries, this.body.ids, this.body.length, this.table.tags, doc, this.classify);
      this.runs.add(this.entries, doc);
      this.entries.length = 0;
    }
  }

  private readonly classify = (word: number): number => this.termOfWord(word);

  /** The terms of a short text (a name, a tag, a heading) in order, repeats kept, learning its words. */
  private termsOf(text: string): number[] {
    scanWords(text, this.table, this.short);
    const terms: number[] = [];
    for (let k = 0; k < this.short.length; k++) {
      const term = this.termOfWord(this.short.ids[k] ?? 0);
      if (term >= 0) terms.push(term);
    }
    return terms;
  }

  /** Record (term, topic) in `hits` once per topic, `last` keeping the topic each term was last recorded for. */
  private once(hits: Numbers, last: Numbers, term: number, topic: number): void {
    while (last.length <= term) last.push(0);
    if (last.data[term] === topic + 1) return;
    last.data[term] = topic + 1;
    pushPair(hits, term, topic);
  }

  /** The term of a word in the table, -1 for a stop word; a new word joins the vocabulary. */
  private termOfWord(word: number): number {
    const known = this.table.tags[word] ?? -1;
    if (known !== -1) return known < 0 ? -1 : known;
    const text = this.table.words[word] ?? '';
    let term = -2;
    if (!isStopWord(text)) {
      const s = stem(text);
      term = this.termOf.get(s) ?? this.stems.push(s) - 1;
      this.termOf.set(s, term);
      this.vocabulary.push(word);
    }
    this.table.tags[word] = term;
    return term < 0 ? -1 : term;
  }

  /** The index of every topic added, its terms sorted. */
  finish(): IndexData {
    return dataOf(this.finishParts());
  }

  /** finish() as plain arrays (for a worker to hand back). */
  finishParts(): IndexParts {
    const order = this.stems.map((_, i) => i).sort((a, b) => compare(this.stems[a] ?? '', this.stems[b] ?? ''));
    const rank = new Uint32Array(order.length);
    order.forEach((term, i) => (rank[term] = i));
    const { postStart, postBytes, bytes } = this.runs.join(order);
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
      postBytes,
      bytes,
      nameStart,
      nameTopic,
      tagStart,
      tagTopic,
    };
  }
}

/** IndexData over plain parts: a term's postings are decoded from `bytes` when asked for. */
export function dataOf(parts: IndexParts): IndexData {
  const { bytes, ...rest } = parts;
  const { postStart, postBytes } = parts;
  const sections = parts.sectionCounts.reduce((a, b) => a + b, 0);
  const encoded = (t: number): Uint8Array => bytes.subarray(postBytes[t] ?? 0, postBytes[t + 1] ?? 0);
  return {
    ...rest,
    encoded,
    postings(t) {
      const pairs = decodePairs(encoded(t), (postStart[t + 1] ?? 0) - (postStart[t] ?? 0), sections);
      if (!pairs) throw new Error(`index: the postings of term ${t} are malformed`);
      return pairs;
    },
  };
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
