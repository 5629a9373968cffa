// What every command gets: the loaded topics and the output settings decided for this run.
import type { Output } from '../io.js';
import type { Theme } from '../render/theme.js';
import type { Topic } from '../topics/types.js';

export interface CommandContext {
  topics: readonly Topic[];
  output: Output;
  theme: Theme;
}

/** What a command hands back to run(): the text for stdout (and stderr) and the exit code. */
export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: number;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
