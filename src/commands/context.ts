// What every command gets: the loaded topics and the output settings decided for this run.
import type { Output } from '../output.js';
import type { Region } from '../region.js';
import type { Theme } from '../render/theme.js';
import type { SearchIndex, SectionDoc } from '../search/memory-index.js';
import type { Triage } from '../search/triage/match.js';
import type { WordSet } from '../search/word-set.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { Section, Topic } from '../topics/types.js';

export interface CommandContext {
  topics: readonly Topic[];
  /** Where the topics came from (see library/open.ts). */
  from?: 'snapshot' | 'index' | 'cache' | 'scan' | 'files' | undefined;
  output: Output;
  theme: Theme;
  /** A ready search index of `topics`, when there is one (see library/open.ts). */
  index?: (() => Promise<SearchIndex>) | undefined;
  /**
   * Read the text of these sections, when `topics` hold headings only (an index, a cache, a scan).
   * Throws IndexDoubt when a file is no longer as it was indexed.
   */
  hydrate?: ((docs: readonly SectionDoc[]) => Promise<void>) | undefined;
  /** marked's tokens of a section, when the build made them (the renderer then skips its lexer). */
  lexed?: ((section: Section) => string | undefined) | undefined;
  /** Let go of any file the library holds open. */
  close?: (() => void) | undefined;
  /** Keep what was read for the next search (the cache), once the answer is out. */
  save?: (() => void) | undefined;
  /** The triage rules for this folder (its own triage.yml, else the shipped ones). */
  triage?: ((known?: WordSet) => Promise<Triage>) | undefined;
  /** The lay words, brand names and spellings search reads a question through. */
  vocabulary?: (() => Promise<Vocabulary>) | undefined;
  /** Whose numbers, services and names come first; null: both, labelled. */
  region?: Region | null | undefined;
}

/** What a command hands back to run(): the text for stdout (and stderr) and the exit code. */
export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: number;
  /** Rendered text for a person (not JSON): long output of it goes through the pager. */
  pageable?: boolean;
}
