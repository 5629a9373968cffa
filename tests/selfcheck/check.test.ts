// osteo check on selfchecks.yml: each way of breaking the file gives an error naming the field.
// Each case starts from the shipped file and breaks one thing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkSelfchecks } from '../../src/check/selfchecks.js';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { loadTopics } from '../../src/topics/load.js';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const SHIPPED = readFileSync(join(SHIPPED_CONTENT, 'selfchecks.yml'), 'utf8');
const { topics } = loadTopics(SHIPPED_CONTENT);
const tempDir = useTempDirs('selfcheck-check');

type Data = {
  checks: Record<
    string,
    Record<string, unknown> & {
      items: { answers: Record<string, unknown>[] }[];
      results: Record<string, Record<string, string>>;
    }
  >;
} & Record<string, unknown>;

/** The shipped file with one change made by `edit`. */
function broken(edit: (data: Data) => void): string {
  const data = load(SHIPPED) as Data;
  edit(data);
  return dump(data);
}

function check(d: Data, id: string): Data['checks'][string] {
  const found = d.checks[id];
  if (!found) throw new Error(`no ${id} in the shipped file`);
  return found;
}
const falls = (d: Data): Data['checks'][string] => check(d, 'falls');
const muscle = (d: Data): Data['checks'][string] => check(d, 'muscle');
const chair = (d: Data): Data['checks'][string] => check(d, 'chair-stand');
const LONG_WORDS =
  'Considerable musculoskeletal deterioration necessitates comprehensive multidisciplinary evaluation, incorporating standardised physiological assessments and individualised rehabilitation interventions.';

describe('osteo check on selfchecks.yml', () => {
  it('the shipped file passes', () => {
    expect(checkSelfchecks(SHIPPED, topics)).toEqual([]);
  });

  it.each([
    ['not YAML', () => 'checks: [unclosed', 'file', /^invalid YAML: /],
    ['a missing threshold', () => broken((d) => delete falls(d).threshold), 'checks.falls.threshold', 'is missing'],
    [
      'a threshold of 0',
      () => broken((d) => (falls(d).threshold = 0)),
      'checks.falls.threshold',
      'must be more than 0',
    ],
    ['a missing check', () => broken((d) => delete d.checks['chair-stand']), 'checks.chair-stand', 'is missing'],
    [
      'a missing result',
      () => broken((d) => delete muscle(d).results['not-at-risk']),
      'checks.muscle.results.not-at-risk',
      'is missing',
    ],
    [
      'an empty meaning',
      () => broken((d) => ((muscle(d).results['at-risk'] ?? {}).meaning = ' ')),
      'checks.muscle.results.at-risk.meaning',
      'is empty',
    ],
    [
      'an answer without points',
      () => broken((d) => delete falls(d).items[0]?.answers[0]?.points),
      'checks.falls.items.0.answers.0.points',
      'is missing',
    ],
    [
      'points that are not whole',
      () => broken((d) => ((falls(d).items[3]?.answers[0] ?? {}).points = 1.5)),
      'checks.falls.items.3.answers.0.points',
      'must be a whole number',
    ],
    [
      'negative points',
      () => broken((d) => ((muscle(d).items[1]?.answers[2] ?? {}).points = -2)),
      'checks.muscle.items.1.answers.2.points',
      'must be 0 or more',
    ],
    [
      'a key of two letters',
      () => broken((d) => ((falls(d).items[0]?.answers[0] ?? {}).key = 'yes')),
      'checks.falls.items.0.answers.0.key',
      'must be one lowercase letter or digit',
    ],
    [
      'an item with one answer',
      () => broken((d) => falls(d).items[5]?.answers.pop()),
      'checks.falls.items.5.answers',
      'needs at least 2 answers',
    ],
    [
      'an http source',
      () => broken((d) => (falls(d).sources = [{ title: 'CDC', url: 'http://www.cdc.gov/steadi/' }])),
      'checks.falls.sources.0.url',
      'must be an https:// address',
    ],
    [
      'a chair stand judged at-least',
      () => broken((d) => (chair(d)['at-risk-when'] = 'at-least')),
      'checks.chair-stand.at-risk-when',
      'must be more-than',
    ],
    [
      'an item whose keys differ',
      () => broken((d) => ((falls(d).items[3]?.answers[1] ?? {}).key = 'x')),
      'checks.falls.items.3.answers',
      'has keys y, x; the first item has y, n',
    ],
    [
      'a key given twice',
      () => broken((d) => ((muscle(d).items[2]?.answers[2] ?? {}).key = '1')),
      'checks.muscle.items.2.answers',
      'key "1" is given twice',
    ],
    [
      'q as an answer key',
      () => broken((d) => falls(d).items.forEach((item) => ((item.answers[1] ?? {}).key = 'q'))),
      'checks.falls.items.0.answers',
      'b and q are taken',
    ],
    [
      'a max that is not the sum',
      () => broken((d) => (falls(d).max = 15)),
      'checks.falls.max',
      'is 15, but the items add up to 14',
    ],
    [
      'a weight changed but not the max',
      () => broken((d) => ((falls(d).items[0]?.answers[0] ?? {}).points = 1)),
      'checks.falls.max',
      'is 14, but the items add up to 13',
    ],
    [
      'a cut-off above the most',
      () => broken((d) => (muscle(d).threshold = 11)),
      'checks.muscle.threshold',
      '11 can never be reached: the most is 10',
    ],
    [
      'a cut-off everyone reaches',
      () => broken((d) => muscle(d).items.forEach((item) => item.answers.forEach((a) => (a.points = 1)))),
      'checks.muscle.threshold',
      '4 is reached by every set of answers: the least is 5',
    ],
    [
      'a cut-off every set of answers just reaches',
      () =>
        broken((d) => {
          muscle(d).threshold = 5;
          muscle(d).items.forEach((item) => item.answers.forEach((a) => (a.points = 1)));
        }),
      'checks.muscle.threshold',
      '5 is reached by every set of answers: the least is 5',
    ],
    [
      'a topic that does not exist',
      () => broken((d) => (muscle(d).read = ['muscle-loss', 'gym'])),
      'checks.muscle.read',
      '"gym" is not a topic',
    ],
    [
      'hard advice',
      () => broken((d) => ((falls(d).results['at-risk'] ?? {}).advice = LONG_WORDS)),
      'checks.falls.results.at-risk',
      /^reads at grade \d+(\.\d)?; the limit is 8/,
    ],
    [
      'hard safety steps',
      () => broken((d) => (chair(d).safety = [LONG_WORDS])),
      'checks.chair-stand.safety',
      /^reads at grade/,
    ],
    [
      'a hard introduction',
      () => broken((d) => (muscle(d).intro = LONG_WORDS)),
      'checks.muscle.intro',
      /^reads at grade/,
    ],
  ])('%s', (_name, text, field, message) => {
    const findings = checkSelfchecks(text(), topics);
    const named = findings.filter((f) => f.field === field);
    expect(named, JSON.stringify(findings)).toHaveLength(1);
    expect(named[0]).toMatchObject({ level: 'error', file: 'selfchecks.yml' });
    expect(named[0]?.message).toMatch(message);
  });

  it('osteo check DIR reports them and exits 3; a folder without the file is not faulted for it', async () => {
    const dir = tempDir();
    for (const id of ['falls', 'exercise', 'leg-weakness', 'muscle-loss'])
      writeFileSync(join(dir, `${id}.md`), `---\nid: ${id}\ntitle: ${id}\n---\nText.\n`);
    const without = await osteo(['check', dir, '--json'], { contentDir: null });
    expect(
      (JSON.parse(without.stdout) as { findings: { file: string }[] }).findings.filter(
        (f) => f.file === 'selfchecks.yml',
      ),
    ).toEqual([]);
    writeFileSync(
      join(dir, 'selfchecks.yml'),
      broken((d) => (falls(d).max = 15)),
    );
    const r = await osteo(['check', dir], { contentDir: null });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('error  selfchecks.yml: checks.falls.max: is 15, but the items add up to 14\n');
  });

  it('a selfchecks.yml that cannot be read is one error naming the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'falls.md'), '---\nid: falls\ntitle: Falls\n---\nText.\n');
    mkdirSync(join(dir, 'selfchecks.yml'));
    const r = await osteo(['check', dir, '--json'], { contentDir: null });
    expect(r.code).toBe(3);
    const findings = (JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.filter(
      (f) => f.file === 'selfchecks.yml',
    );
    expect(findings).toEqual([
      { level: 'error', file: 'selfchecks.yml', field: 'file', message: 'not a regular file' },
    ]);
  });
});
