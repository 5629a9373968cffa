// osteo's own search and triage over the data the site carries: the topics, their packed
// search index, the real-word list and the compiled triage rules. The site's search page runs
// this in the browser; the CLI's search runs the same findAnswers, so the answers are the same.
import type { Region } from '../region.js';
import { findAnswers, type Answers } from '../search/answers.js';
import type { SearchIndex } from '../search/memory-index.js';
import { unpackIndex, type PackedIndex } from '../search/site-index.js';
import type { CompiledTriage } from '../search/triage/compile.js';
import { createTriage } from '../search/triage/match.js';
import type { Vocabulary } from '../search/vocabulary.js';
import { lazyWordSet } from '../search/word-set.js';
import type { Topic } from '../topics/types.js';

/** What search.html carries, as JSON. */
export interface SiteData {
  topics: Topic[];
  index: PackedIndex;
  /** Real English words near the content's words (the build's spelling list), when the CLI has them. */
  realWords: string[] | null;
  triage: CompiledTriage;
  /** The lay words, brand names and spellings the CLI reads questions through. */
  vocabulary: Vocabulary;
  /** Whether triage knows the content's words (the CLI's does when it has a ready index). */
  knownWords: boolean;
  region: Region | null;
  limit: number;
}

export function createSearch(data: SiteData): (query: string) => Promise<Answers> {
  const unpacked = unpackIndex(data.index, data.topics);
  const index: SearchIndex = data.realWords ? { ...unpacked, realWords: new Set(data.realWords) } : unpacked;
  // As the CLI's search (commands/search.ts): the content's words made into a set only if a word needs judging.
  const triage = createTriage(data.triage, data.knownWords ? lazyWordSet(() => index.words.keys()) : undefined);
  return (query) =>
    findAnswers(data.topics, query, {
      limit: data.limit,
      index,
      triage,
      vocabulary: data.vocabulary,
      region: data.region,
    });
}
