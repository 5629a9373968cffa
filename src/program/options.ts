// Small helpers for defining commands: option parsers and the examples block of --help.
import { InvalidArgumentError } from 'commander';

export function examples(lines: string[]): string {
  // Commander adds the final newline.
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
}

/** A whole number within [min, max], or a usage error that says so. */
export function integer(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} takes a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}
