// A large folder's topic files read one after another on this thread to list them (`osteo topics`
// of a folder with no index: topics/read-topics.ts loadPlainFirst). Three of V8's defaults for a
// long run cost this short loop more than they give:
// - the young generation doubles each time as much as it holds has survived: the topics kept
//   for the list (about 1 KB each) grew it from 1 to 16 MB a half, and each new page of it costs
//   a page fault (about 12 µs on the project's virtual machine). With a growth factor of 1 it
//   stays at 1 MB a half, whose pages are reused: the same survivors are copied, by more and
//   smaller collections;
// - pretenuring and TurboFan's inlining, as for a search's scan (io/scan-run.ts): the read's
//   functions inlined into one large unit compile later, and allocation sites switching to the
//   old generation throw optimized code away.
// 10,000 generated topics, `OSTEO_CACHE=0`, the same build with and without (flags set from an
// environment variable, 11 runs alternating, load 5-6): CPU 0.64-0.66 -> 0.55 s, peak RSS 77 ->
// 65 MB, page faults 12,300 -> 7,950; the growth factor alone 0.61 s, the other two alone 0.61 s;
// 1,000 topics 0.25 -> 0.21 s. (An earlier note, from a harness, found the growth factor set at
// run time changed nothing; in the CLI, `new_space` at exit is 2.1 MB with it, 16.8 without.)
// Set for the rest of the run, not restored after the read: the list is made and printed next,
// and the process ends (restoring the defaults after the read, 15 runs alternating at load 6:
// CPU 0.90 s against 0.84 s kept, page faults 9,070 against 8,340: the young generation grew
// again while the 10,000 rows were made). As for the scan (scan-run.ts setForRead), only from
// MIN_FILES files and on the V8 it was measured on (11, Node 20), as io/short-run.ts.
import { setForRead } from './scan-run.js';

const FOR_LIST = '--semi-space-growth-factor=1 --no-allocation-site-pretenuring --no-turbo-inlining';
// Flags someone set on purpose (node's own options or NODE_OPTIONS) are theirs: left as they are.
const SET_BY_HAND = /semi[-_]space|pretenuring|turbo[-_]inlining/;

/** Tune V8 for the rest of a run that lists a folder of `files` topic files (see above); whether it did. */
export function tuneForList(
  files: number,
  v8Version: string = process.versions.v8,
  given: string = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '),
): boolean {
  return setForRead(FOR_LIST, SET_BY_HAND, files, v8Version, given);
}
