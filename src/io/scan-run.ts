// A large folder read on this thread (library/scan.ts, for a search with no index; `osteo index`
// keeps V8's defaults)
// is a few hundred milliseconds of one loop over thousands of files, where V8's defaults for a
// long run cost more than they give. IndexBuilder.add inlines the whole word pipeline, so
// TurboFan compiles it as one large function (50-180 ms each time, on V8's background thread),
// and V8 threw that code away and compiled it again four to six times a scan: each time its
// pretenuring (allocation sites whose objects outlive the young generation, such as the kept
// topics and file stamps, switching to the old generation) invalidated the code that allocates
// there. With pretenuring and inlining off while the folder is read, each small function is
// compiled once; both are back on for ranking. 10,000 generated topics, `search "weak legs"`
// with the cache off, the same build with and without (9 runs alternating, load 3.4): process
// CPU 1.67 -> 1.47 s, wall 1.69 -> 1.49 s; 1,000 topics 0.49 -> 0.44 s CPU (11 runs); 20,000
// topics the same within noise (a longer scan pays for its compiles). Only from MIN_FILES files
// (a short read gains nothing from it), and only on the V8 it was measured on (11, Node 20), as
// io/short-run.ts. The flags are read when a function is compiled or a collection ends,
// so switching them between two files is safe.
import { setV8Flags } from './v8-flags.js';

const MEASURED_V8 = '11.';
/** Below this many files, the scan is too short for the flags to pay. */
export const MIN_FILES = 1000;
const FOR_SCAN = '--no-allocation-site-pretenuring --no-turbo-inlining';
const DEFAULTS = '--allocation-site-pretenuring --turbo-inlining';
// Flags someone set on purpose (node's own options or NODE_OPTIONS) are theirs: the restore would
// undo them, so then nothing is changed.
const SET_BY_HAND = /pretenuring|turbo[-_]inlining/;

/**
 * Tune V8 for reading a folder of `files` topic files on this thread (see above); the function
 * that restores its defaults, or null when nothing was changed.
 */
export function tuneForScan(
  files: number,
  v8Version: string = process.versions.v8,
  given: string = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '),
): (() => void) | null {
  return setForRead(FOR_SCAN, SET_BY_HAND, files, v8Version, given)
    ? () => {
        setV8Flags(DEFAULTS);
      }
    : null;
}

/**
 * Set V8 `flags` for a read of `files` files; whether it did. Nothing is set below MIN_FILES, on
 * a V8 other than the one measured, or when `given` (node's own options and NODE_OPTIONS) holds
 * a flag `byHand` names: those are the person's.
 */
export function setForRead(flags: string, byHand: RegExp, files: number, v8Version: string, given: string): boolean {
  if (files < MIN_FILES || !v8Version.startsWith(MEASURED_V8) || byHand.test(given)) return false;
  setV8Flags(flags);
  return true;
}
