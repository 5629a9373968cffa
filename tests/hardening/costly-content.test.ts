// Topic files built to be slow or deep (issue 19): a YAML alias bomb, quadratic patterns for
// regular expressions, the wrapper and marked's lexer, and nesting deep enough to overflow
// marked's stack. Each run of the real bin ends with a documented exit code, in under 5 s and
// 500 MB, with no control character but osteo's own and no "Please report this".
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCalm, measure } from '../helpers/measure.js';
import { useTempDirs } from '../helpers/temp.js';

const GOOD = '---\nid: good\ntitle: Good topic\n---\nLegs and bones.\n\n## When to get help\nSee a doctor.\n';

/** A folder holding a good topic and one more, `id`.md, with `front` matter lines and `body`. */
function folder(temp: () => string, id: string, front: string, body: string): string {
  const dir = temp();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.md'), GOOD);
  writeFileSync(join(dir, `${id}.md`), `---\nid: ${id}\ntitle: Costly ${id}\n${front}---\n${body}\n`);
  return dir;
}

/** A YAML alias bomb: each of 9 levels refers to the one before 9 times (9^9 leaves). */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]'];
  for (let level = 1; level <= 9; level++)
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
}

describe('costly topic files', () => {
  const temp = useTempDirs('costly');

  it('a YAML alias bomb in fields osteo does not read, with a YAML escape: loads, exit 0', () => {
    const dir = folder(temp, 'bomb', `summary: "one backslash \\t here"\n${aliasBomb()}`, 'Text about legs.');
    const topics = measure(['--content-dir', dir, 'topics']);
    expectCalm(topics, [0]);
    expect(topics.stdout).toContain('Costly bomb');
    expectCalm(measure(['--content-dir', dir, 'explain', 'bomb']), [0]);
    expectCalm(measure(['--content-dir', dir, 'check']), [3]);
  });

  it.each([
    [
      'triage.yml',
      'messages: {emergency: Call now, urgent: Today}\nsigns:\n  - {level: emergency, sign: A sign, when: *w}\n',
      ['search', 'legs'],
    ],
    ['vocabulary.yml', 'groups:\n  - *w\n', ['search', 'legs']],
    ['selfchecks.yml', 'checks:\n  falls: *w\n', ['selfcheck', 'falls', '--answers', 'y']],
  ])('an alias bomb in %s (rules osteo reads): one line naming the file, exit 3', (file, rest, args) => {
    const level = (n: number, ref: string): string => `[${Array(n).fill(ref).join(',')}]`;
    const yaml = [
      'slots: &s ["a | b", "c", "d"]',
      `row: &r ${level(2000, '*s')}`,
      `rows: &w ${level(2000, '*r')}`,
      rest,
    ].join('\n');
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'good.md'), GOOD);
    writeFileSync(join(dir, file), yaml);
    const r = measure(['--content-dir', dir, ...args]);
    expectCalm(r, [3]);
    expect(r.stderr).toMatch(
      new RegExp(
        `^osteo: ${file.replace('.', '\\.')}: (file: )?too large: more than 100,000 values \\(YAML aliases repeat them\\)$`,
        'm',
      ),
    );
  });

  it.each([
    ['a FIFO named triage.yml', 'triage.yml', (path: string) => execFileSync('mkfifo', [path])],
    ['vocabulary.yml linked to /dev/zero', 'vocabulary.yml', (path: string) => symlinkSync('/dev/zero', path)],
    ['selfchecks.yml linked to /dev/zero', 'selfchecks.yml', (path: string) => symlinkSync('/dev/zero', path)],
  ])('%s: no hang, no flood; one line naming the file, exit 3', (_name, file, make) => {
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'good.md'), GOOD);
    make(join(dir, file));
    const args = file === 'selfchecks.yml' ? ['selfcheck', 'falls', '--answers', 'y'] : ['search', 'legs'];
    const r = measure(['--content-dir', dir, ...args]);
    expectCalm(r, [3]);
    expect(r.stderr).toMatch(
      new RegExp(`^osteo: ${file.replace('.', '\\.')}: (?:is a symlink|not a regular file)`, 'm'),
    );
  });

  it('an alias bomb inside a front-matter field osteo reads: the topic is skipped with a warning, exit 0', () => {
    const level = (n: number, ref: string): string => `[${Array(n).fill(ref).join(',')}]`;
    const front = ['slots: &s ["a", "b", "c"]', `row: &r ${level(2000, '*s')}`, `tags: ${level(2000, '*r')}`].join(
      '\n',
    );
    const dir = folder(temp, 'deep-bomb', `${front}\n`, 'Text.');
    const r = measure(['--content-dir', dir, 'topics']);
    expectCalm(r, [0]);
    expect(r.stderr).toMatch(/^osteo: skipped deep-bomb\.md: front matter is too large: more than [\d,]+ values/m);
    expect(r.stdout).toContain('Good topic');
    expectCalm(measure(['--content-dir', dir, 'check']), [3]);
  });

  it.each([
    ['a heading with 200,000 spaces', '', `Intro.\n\n## a${' '.repeat(200_000)}b\n\nText.`],
    ['a paragraph with 500,000 spaces', '', `Intro a${' '.repeat(500_000)}b`],
    ['a summary with 200,000 spaces', `summary: "s${' '.repeat(200_000)}t"\n`, 'Intro.'],
    ['"*_a" 100,000 times (quadratic in marked’s lexer)', '', '*_a'.repeat(100_000)],
    ['"_a*" 100,000 times in a list item', '', `- ${'_a*'.repeat(100_000)}`],
    ['">" 2,000 times (deep blockquotes)', '', `${'>'.repeat(2000)} deep`],
    ['"- " 20,000 times (deep lists)', '', `${'- '.repeat(20_000)}deep`],
    ['"1. " 20,000 times (deep ordered lists)', '', `${'1. '.repeat(20_000)}deep`],
    [
      'lists nested by indentation, 700 deep',
      '',
      Array.from({ length: 700 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n'),
    ],
  ])('%s: explain, search and check end calmly', (_name, front, body) => {
    const dir = folder(temp, 'slow', front, body);
    const explain = measure(['--content-dir', dir, 'explain', 'slow']);
    expectCalm(explain, [0]);
    expect(explain.stdout).toContain('Costly slow');
    expectCalm(measure(['--content-dir', dir, 'search', 'costly', 'deep']), [0, 1]);
    expectCalm(measure(['--content-dir', dir, 'check']), [0, 3]);
  });

  it('--section with no match on a topic of 100,000 sections: exit 1, a short hint', () => {
    // 100,000 sections in under the 1 MB cap: headings only.
    const sections = Array.from({ length: 100_000 }, (_, i) => `## ${i}`).join('\n');
    const dir = folder(temp, 'many', '', `Intro.\n\n${sections}`);
    const r = measure(['--content-dir', dir, 'explain', 'many', '--section', 'qqqq']);
    expectCalm(r, [1]);
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.stderr).toMatch(/^osteo: No section "qqqq" in many\.\nSections: 0; 1; 2; .*; and 99,9\d\d more\.\n$/);
    const json = measure(['--content-dir', dir, 'explain', 'many', '--section', 'qqqq', '--json']);
    expectCalm(json, [1]);
    expect(
      (JSON.parse(json.stderr) as { error: { suggestions: string[] } }).error.suggestions.length,
    ).toBeLessThanOrEqual(10);
  });
});
