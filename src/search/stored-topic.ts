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
import type { Section, Source, Topic } from '../topics/types.js';

/** A topic's fields other than its id and title, checked. */
export type TopicRecord = Omit<Topic, 'id' | 'title'>;

export class StoredTopic implements Topic {
  declare readonly summary: string;
  declare readonly aliases: string[];
  declare readonly tags: string[];
  declare readonly related: string[];
  declare readonly reviewed: string | null;
  declare readonly sources: Source[];
  declare readonly questions: string[];
  declare readonly searches: Record<string, string[]> | undefined;
  declare readonly sections: Section[];
  declare readonly file: string;
  #record: TopicRecord | undefined;
  /**
   * `load(number)` reads topic `number`'s record: one function shared by all the index's topics,
   * not a closure each (10,000 of them were made, and kept, at every open of a large index).
   */
  constructor(
    readonly id: string,
    readonly title: string,
    private readonly load: (number: number) => TopicRecord,
    private readonly number: number,
  ) {}
  /** The record, parsed and checked once. */
  get record(): TopicRecord {
    return (this.#record ??= this.load(this.number));
  }
  /** Read and check the record now: throws IndexDoubt if it is bad. */
  check(): void {
    this.#record ??= this.load(this.number);
  }
}

// Each field a getter of the record (the fields declared above).
const FIELDS = [
  'summary',
  'aliases',
  'tags',
  'related',
  'reviewed',
  'sources',
  'questions',
  'searches',
  'sections',
  'file',
] as const satisfies readonly (keyof TopicRecord)[];
for (const field of FIELDS)
  Object.defineProperty(StoredTopic.prototype, field, {
    get(this: StoredTopic) {
      return this.record[field];
    },
  });
