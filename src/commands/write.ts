// The only files osteo writes on request besides an index: a handout (-o FILE) and the offline
// site (export --html DIR). Neither replaces anything without --force, and the site's files
// are created fresh (O_EXCL), so no symbolic link inside DIR is ever followed out of it.
import { lstatSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { UsageError } from '../errors.js';
import { printable } from '../safe-text.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

function cannotWrite(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new UsageError(
    `Cannot write ${printable(path, 200)}: ${REASONS[code] ?? (code || String(error))}.`,
    'Choose another file or folder.',
  );
}

/** Write a handout to `file`; an existing file is replaced only with `force`. */
export function writeHandout(file: string, text: string, force: boolean): void {
  try {
    writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${printable(file, 200)} already exists: add --force to replace it.`, '');
    }
    throw cannotWrite(file, error);
  }
}

/**
 * Write `files` (paths relative to `dir`, with "/") into `dir`, made if missing. A folder that
 * exists and is not empty is refused without `force`; with it, osteo's own files in it are
 * replaced and nothing else is touched.
 */
export function writeSite(dir: string, files: readonly { path: string; html: string }[], force: boolean): void {
  prepareFolder(dir, force);
  const made = new Set<string>();
  for (const { path, html } of files) {
    const parts = normalize(path).split(/[\\/]/);
    if (isAbsolute(path) || parts.includes('..')) throw new Error(`site path outside the folder: ${path}`);
    let at = dir;
    for (const part of parts.slice(0, -1)) {
      at = join(at, part);
      if (!made.has(at)) ensureFolder(at);
      made.add(at);
    }
    const target = join(dir, ...parts);
    try {
      if (exists(target)) unlinkSync(target);
      writeFileSync(target, html, { flag: 'wx' });
    } catch (error) {
      throw cannotWrite(target, error);
    }
  }
}

function prepareFolder(dir: string, force: boolean): void {
  let stats;
  try {
    stats = lstatSync(dir);
  } catch {
    try {
      mkdirSync(dir, { recursive: true });
      return;
    } catch (error) {
      throw cannotWrite(dir, error);
    }
  }
  if (stats.isSymbolicLink())
    throw new UsageError(`${printable(dir, 200)} is a symbolic link: give the folder itself.`);
  if (!stats.isDirectory())
    throw new UsageError(`${printable(dir, 200)} is not a folder.`, 'Give a new or empty folder for the site.');
  if (!force && readdirSync(dir).length > 0) {
    throw new UsageError(`${printable(dir, 200)} is not empty: add --force to write the site into it.`, '');
  }
}

/** A real folder at `path`: whatever else is there (a link, a file) is removed first, never followed. */
function ensureFolder(path: string): void {
  try {
    const stats = exists(path);
    if (stats && (stats.isSymbolicLink() || !stats.isDirectory())) unlinkSync(path);
    if (!stats || stats.isSymbolicLink() || !stats.isDirectory()) mkdirSync(path);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

function exists(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
