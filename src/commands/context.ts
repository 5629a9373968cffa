// What every command gets: the loaded topics and the output settings decided for this run.
import type { Output } from '../output.js';
import type { Region } from '../region.js';
import type { Theme } from '../render/theme.js';
import type { SearchIndex } from '../search/index.js';
import type { StoredIndex } from '../search/store.js';
import type { Triage } from '../search/triage/match.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { Topic } from '../topics/types.js';

export interface CommandContext {
  topics: readonly Topic[];
  output: Output;
  theme: Theme;
  /** The folder's stored search index (osteo index), when it has a current one. */
  stored?: StoredIndex | undefined;
  /** A ready search index of `topics`, when there is one: the stored one, or the build's for the shipped topics. */
  index?: (() => SearchIndex) | undefined;
  /** The triage rules for this folder (its own triage.yml, else the shipped ones). */
  triage?: ((known?: ReadonlySet<string>) => Promise<Triage>) | undefined;
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
