// One question on the shipped topics is a short run: about 100 ms of JavaScript. Three of V8's
// defaults are made for long runs, and cost a short one more than they give:
// - TurboFan compiles the hottest functions again, on a second thread, for code that has
//   finished by the time it is ready (and its own code has to be paged in);
// - the young generation doubles as the topics and rules are read, though they outlive it;
// - a regular expression is compiled twice: to bytecode for its first use, then to machine code
//   for its second. The triage meets about 50 of its rules' patterns in a question, each tried
//   on a word or two. Compiled once, to machine code (--no-regexp-tier-up): the JSON search 3.0
//   ms faster in-process (61 runs alternating, 66.1 -> 63.1 ms), callgrind 280 -> 274M.
// With both off, `npm run bench` (Node 20, 2 cores) measured a search's peak memory at 50 MB
// instead of 56 (1.32 times bare Node instead of 1.49), and a JSON search at 2.20 times bare
// Node's start-up instead of 2.56; each flag alone saved 2 to 3 MB. They are set through V8's
// binding (io/v8-flags.ts), not node:v8, whose loading cost about 4 ms; a command with less to
// do (topics, explain) keeps the defaults.
// Only on the V8 this was measured on (11, Node 20): V8 prints an error for a flag it does not
// know, and another version's trade-offs are its own. A folder of the user's own keeps the
// defaults (a large one is scanned, and there TurboFan is what makes the scan fast; only its
// inlining and pretenuring are off while it is read, io/scan-run.ts), and so does a question
// pages long (program/runtime.ts).
// V8 does not collect the old generation in so short a run, so what start-up leaves there stays
// to the end. Until the fortieth session a short run collected its garbage once by hand, about
// 6 ms, to free 1.6 MB of large strings left from reading the bundle, the rules and the topics'
// bodies. Now the bundle is written already wrapped (bin/load-bundle.js) and the bodies are read
// a topic at a time (library/snapshot-bodies.ts): only the rules' text (0.6 MB) is left, within
// the memory target, and no collection is asked for.
import { setV8Flags } from './v8-flags.js';

const MEASURED_V8 = '11.';
const FLAGS = '--no-turbofan --semi-space-growth-factor=1 --no-regexp-tier-up';

/** Tune V8 for a short run (see above); nothing on another V8 version. */
export function tuneForShortRun(v8Version: string = process.versions.v8): boolean {
  if (!v8Version.startsWith(MEASURED_V8)) return false;
  setV8Flags(FLAGS);
  return true;
}
