// -o FILE: the one file a self-check writes, and only when asked. An existing file is kept
// unless --force says to replace it, and that is known before any question is asked.
import { existsSync, writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { printable } from '../safe-text.js';

const alreadyThere = (file: string): UsageError =>
  new UsageError(`${printable(file)} already exists; add --force to replace it`, '');

/** Refuse early, before the questions, when `file` is there and --force was not given. */
export function checkCanSave(file: string, force: boolean): void {
  if (!force && existsSync(file)) throw alreadyThere(file);
}

export function saveResult(file: string, text: string, force: boolean): void {
  try {
    // wx: a file that appeared while the questions were asked is still not overwritten.
    writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyThere(file);
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (code ?? 'unknown error');
    throw new UsageError(`cannot write ${printable(file)}: ${why}`, '');
  }
}
