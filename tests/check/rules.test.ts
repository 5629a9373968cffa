import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTopics, type Finding } from '../../src/check/rules.js';
import { loadTopics } from '../../src/topics/load.js';

const BROKEN = fileURLToPath(new URL('../fixtures/broken', import.meta.url));
const TODAY = new Date('2026-11-28T12:00:00Z');
const loaded = loadTopics(BROKEN);
const report = checkTopics(loaded.topics, loaded.skipped, TODAY);
const about = (file: string): string[] =>
  report.findings.filter((f) => f.file === file).map((f: Finding) => `${f.level} ${f.field}: ${f.message}`);

describe('checkTopics', () => {
  it('finds nothing wrong with a good topic but the alias another topic also claims', () => {
    expect(about('good-topic.md')).toEqual(['error aliases: "fine words" is also an alias of bad-links']);
  });

  it('reports a file that does not load as an error', () => {
    expect(about('broken-yaml.md')).toEqual([expect.stringMatching(/^error file: invalid YAML/)]);
  });

  it.each([
    ['http source and too few', 'error sources.1.url: must be an https:// address'],
    ['too few sources', 'error sources: needs at least 2 sources'],
    ['alias used by another topic', 'error aliases: "fine words" is also an alias of good-topic'],
    ['alias that is another topic’s title', 'error aliases: "a good topic" is already a name of good-topic'],
    ['related id that does not exist', 'error related: "no-such-topic" is not a topic'],
    ['related to itself', 'error related: a topic cannot be related to itself'],
    ['too few sections', 'error sections: has 1 ## sections; needs 2 to 6'],
    ['wrong last section', 'error sections: the last section must be "## When to get help"'],
    [
      'searches listed for a heading it does not have',
      'error searches: "A heading since renamed" is not a section heading of this topic (or "(intro)")',
    ],
  ])('bad-links.md: %s', (_name, finding) => {
    expect(about('bad-links.md')).toContain(finding);
  });

  it('takes "(intro)" as the key of the text before the first heading', () => {
    expect(about('bad-links.md').filter((f) => f.includes('(intro)":'))).toEqual([]);
  });

  it.each([
    ['id not the file name', 'error id: "not-the-file-name" does not match the file name (wrong-name.md)'],
    ['empty summary', 'error summary: is empty'],
    ['review date in the future', 'error reviewed: 2999-01-01 is in the future'],
    ['hard words', expect.stringMatching(/^error body: reads at grade \d+(\.\d)?; the limit is 8/) as string],
  ])('wrong-name.md: %s', (_name, finding) => {
    expect(about('wrong-name.md')).toContainEqual(finding);
  });

  it('warns, without failing, about a review over two years old', () => {
    expect(about('old-review.md')).toEqual(['warning reviewed: last reviewed 2020-05-01, over 2 years ago']);
  });

  it('reports grade, words, sections and sources per topic', () => {
    expect(report.topics.find((t) => t.id === 'good-topic')).toEqual({
      id: 'good-topic',
      file: 'good-topic.md',
      grade: expect.any(Number) as number,
      words: 19,
      sections: 2,
      sources: 2,
    });
  });

  it('an empty folder is an error', () => {
    expect(checkTopics([], [], TODAY).findings).toEqual([
      { level: 'error', file: '.', field: 'folder', message: 'has no topic files (*.md)' },
    ]);
  });
});
