// A topic read back from an index file, whose record (everything but its id) is parsed and
// checked the first time any of it is asked for: a search of 10,000 indexed topics reads the
// ids and titles of all of them and the records of the dozen it shows. The title is read with
// the id: ranking asks it of every topic a query word names (word-matches.ts, answers.ts), which
// in a large library is hundreds of records parsed for one word each. A record found bad then is an
// IndexDoubt, which the search answers from the files (program/search.ts); `osteo topics`
// reads every record before it trusts the index (folder-index.ts).
//
// The fields are getters on the prototype, not own properties: `{ ...topic }` would copy the
// id alone. Read the fields by name (the export's `{ ...t }` copies topics read from the
// files, never from an index).
//
// A record keeps its sources and headings as the index holds them, checked: the Source and
// Section objects are made when `sources` or `sections` is first read. `osteo topics` checks
// all 10,000 records of a large index and shows none of their sections: making 80,000 objects
// it never read was a sixth of what it allocated, all of it live until the end.
import type { Section, Source, Topic } from '../topics/types.js';

/** A topic's fields other than its id and title, checked. */
export type TopicRecord = Omit<Topic, 'id' | 'title'>;

/** A record as checked from an index: sources as [title, url] pairs, sections as headings. */
export type CheckedRecord = Omit<TopicRecord, 'sources' | 'sections'> & {
  sourcePairs: readonly (readonly [title: string, url: string])[];
  headings: readonly string[];
};

export class StoredTopic implements Topic {
  declare readonly summary: string;
  declare readonly aliases: string[];
  declare readonly tags: string[];
  declare readonly related: string[];
  declare readonly reviewed: string | null;
  declare readonly questions: string[];
  declare readonly searches: Record<string, string[]> | undefined;
  declare readonly file: string;
  #record: CheckedRecord | undefined;
  #sources: Source[] | undefined;
  #sections: Section[] | undefined;
  /** `load(index)` reads and checks the record of the topic at `index` (one loader for all). */
  constructor(
    readonly id: string,
    readonly title: string,
    private readonly index: number,
    private readonly load: (index: number) => CheckedRecord,
  ) {}
  /** The record, parsed and checked once. */
  get record(): CheckedRecord {
    return (this.#record ??= this.load(this.index));
  }
  get sources(): Source[] {
    return (this.#sources ??= this.record.sourcePairs.map(([title, url]) => ({ title, url })));
  }
  /** Headings only, the text empty: a search fills in the text of those it shows (hydrate). */
  get sections(): Section[] {
    return (this.#sections ??= this.record.headings.map((heading) => ({ heading, markdown: '' })));
  }
  /** Read and check the record now: throws IndexDoubt if it is bad. */
  check(): void {
    this.#record ??= this.load(this.index);
  }
}

// Each other field a getter of the record (the fields declared above).
const FIELDS = [
  'summary',
  'aliases',
  'tags',
  'related',
  'reviewed',
  'questions',
  'searches',
  'file',
] as const satisfies readonly (keyof CheckedRecord)[];
for (const field of FIELDS)
  Object.defineProperty(StoredTopic.prototype, field, {
    get(this: StoredTopic) {
      return this.record[field];
    },
  });
