// The handout options that explain, search and urgent share: --format, -o, --force, --large.
import { Option, type Command } from 'commander';
import type { HandoutFormat, HandoutRequest } from '../commands/handout.js';
import { UsageError } from '../errors.js';

export interface HandoutFlags {
  format?: 'text' | HandoutFormat;
  output?: string;
  force?: boolean;
  large?: boolean;
  json?: boolean;
}

export function addHandoutOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--format <format>', 'text (the default), or a handout to print or share: md or html').choices([
        'text',
        'md',
        'html',
      ]),
    )
    .option('-o, --output <file>', 'write the handout to this file (an existing one only with --force)')
    .option('--force', 'replace the --output file if it exists')
    .option('--large', 'large print (--format html)');
}

/** The handout asked for, or null for the usual terminal text; a usage error for a mix that makes no sense. */
export function handoutRequest(flags: HandoutFlags, now: Date): HandoutRequest | null {
  const format = flags.format ?? formatOfFile(flags.output);
  if (format === undefined || format === 'text') {
    if (flags.output !== undefined)
      throw new UsageError('-o writes a handout: add --format md or --format html.', 'Or name the file .md or .html.');
    if (flags.large) throw new UsageError('--large is for --format html.');
    return null;
  }
  if (flags.json) throw new UsageError(`--json and --format ${format} cannot be used together.`);
  if (flags.large && format !== 'html') throw new UsageError('--large is for --format html.');
  return { format, output: flags.output, force: flags.force, large: flags.large, now };
}

/** A handout's format from its file name, when --format is not given: notes.md, card.html. */
function formatOfFile(file: string | undefined): HandoutFormat | undefined {
  if (file === undefined) return undefined;
  if (/\.(md|markdown)$/i.test(file)) return 'md';
  if (/\.html?$/i.test(file)) return 'html';
  return undefined;
}
