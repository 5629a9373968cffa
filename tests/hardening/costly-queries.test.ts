// Queries built to cost (issue 19): thousands of made-up words, each of which used to wake the typo
// matcher, as arguments, as one long query, and on a large indexed library. Each ends with the
// documented exit code in under 5 s and 500 MB; a normal question is answered as before.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectCalm, measure } from '../helpers/measure.js';
import { useTempDirs } from '../helpers/temp.js';

const BIN = fileURLToPath(new URL('../../bin/osteo.js', import.meta.url));

/** `count` made-up words of 5 to 9 of `letters`, the same on every run. */
function madeUpWords(count: number, letters = 'abcdefghijklmnopqrstuvwxyz'): string[] {
  let seed = 19;
  const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
  return Array.from({ length: count }, () =>
    Array.from({ length: 5 + next(5) }, () => letters[next(letters.length)]).join(''),
  );
}
// Words of these letters are no typo of any English word: nothing matches, and the search
// goes on to look for topics to suggest.
const NOWHERE = 'qxzjv';
// The query echoed cut short: a few words named and the rest counted, or 80 characters at most.
const NO_ANSWER =
  /^(?:No match for ".{1,80}"\.|osteo has nothing on (?:'[^']{1,40}', ){4}'[^']{1,40}' and \d+ more words: )/;

describe('costly queries on the shipped topics', () => {
  // Exit 0 or 1: a made-up word may be a typo away from a real one.
  it('search with 100,000 made-up arguments: exit 0 or 1, the query echoed cut short', () => {
    const r = measure(['search', ...madeUpWords(100_000)]);
    expectCalm(r, [0, 1]);
    if (r.code === 1) expect(r.stderr.split('\n')[0]).toMatch(NO_ANSWER);
  });

  it('search with 100,000 arguments that match nothing: exit 1, suggestions looked for in a few', () => {
    const r = measure(['search', ...madeUpWords(100_000, NOWHERE)]);
    expectCalm(r, [1]);
    expect(r.stderr.split('\n')[0]).toMatch(NO_ANSWER);
  });

  it('explain with 100,000 made-up arguments: exit 1', () => {
    expectCalm(measure(['explain', ...madeUpWords(100_000)]), [1]);
  });

  it('a 100,000-character query of made-up words: exit 0 or 1', () => {
    expectCalm(measure(['search', madeUpWords(20_000).join(' ').slice(0, 100_000)]), [0, 1]);
  });

  it('made-up words around a real question: the question is still answered, its urgent sign seen', () => {
    type Response = { triage: unknown; results: { topic: string }[] };
    const plain = JSON.parse(measure(['search', '--json', 'thigh pain on alendronate']).stdout) as Response;
    const r = measure(['search', '--json', ...madeUpWords(3), 'thigh pain on alendronate', ...madeUpWords(1000)]);
    expectCalm(r, [0]);
    const padded = JSON.parse(r.stdout) as Response;
    expect(padded.triage).toEqual(plain.triage);
    expect(plain.results.map((x) => x.topic)).toContain('bisphosphonates');
    expect(padded.results.map((x) => x.topic)).toContain('bisphosphonates');
  });
});

describe('costly queries on an indexed library of 1,000 topics', () => {
  const temp = useTempDirs('queries');
  let dir = '';
  beforeAll(() => {
    dir = temp();
    const words = [
      'bone',
      'legs',
      'weak',
      'calcium',
      'walking',
      'balance',
      'pain',
      'muscle',
      'vitamin',
      'fall',
      'hip',
      'spine',
      'tired',
      'strength',
    ];
    for (let i = 0; i < 1000; i++) {
      const text = (n: number): string =>
        Array.from({ length: n }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ');
      const sections = Array.from({ length: 5 }, (_, s) => `## ${text(2)} ${s}\n${text(120)}.`).join('\n\n');
      writeFileSync(
        join(dir, `topic-${i}.md`),
        `---\nid: topic-${i}\ntitle: ${text(2)} ${i}\n---\n${text(60)}.\n\n${sections}\n`,
      );
    }
    const built = spawnSync(process.execPath, [BIN, 'index', dir], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
  }, 180_000);

  it('1,000 made-up words: exit 0 or 1', () => {
    expectCalm(measure(['--content-dir', dir, 'search', ...madeUpWords(1000)]), [0, 1]);
  });

  it('a normal question still finds its topic', () => {
    const r = measure(['--content-dir', dir, 'search', 'weak legs balance']);
    expectCalm(r, [0]);
  });
});
