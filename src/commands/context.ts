// What every command gets: the loaded topics and the output settings decided for this run.
import type { Output } from '../io.js';
import type { Theme } from '../render/theme.js';
import type { SearchIndex, SectionDoc } from '../search/index.js';
import type { Section, Topic } from '../topics/types.js';

export interface CommandContext {
  topics: readonly Topic[];
  /** Where the topics came from (see library/open.ts). */
  from?: 'snapshot' | 'index' | 'cache' | 'scan' | 'files' | undefined;
  output: Output;
  theme: Theme;
  /** A ready search index of `topics`, when there is one (see library/open.ts). */
  index?: (() => Promise<SearchIndex>) | undefined;
  /** Read the text of these sections, when `topics` hold headings only (an index, a scan). */
  hydrate?: ((docs: readonly SectionDoc[]) => void) | undefined;
  /** marked's tokens of a section, when the build made them (the renderer then skips its lexer). */
  lexed?: ((section: Section) => string | undefined) | undefined;
  /** Let go of any file the library holds open. */
  close?: (() => void) | undefined;
  /** Keep what was read for the next search (the cache), once the answer is out. */
  save?: (() => void) | undefined;
}

/** What a command hands back to run(): the text for stdout (and stderr) and the exit code. */
export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: number;
  /** Rendered text for a person (not JSON): long output of it goes through the pager. */
  pageable?: boolean;
}

// JSON.stringify leaves these raw; escaped, they cannot reach a terminal as controls.
const RAW_IN_JSON = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** JSON for stdout (pretty) or stderr (one line), with every control character escaped. */
export function json(value: unknown, indent = 2): string {
  const text = JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}
