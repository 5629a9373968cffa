// `osteo check` on files that do not load: every problem of a file at once, sources counted from
// 1, no negative grade, and a report that fits a narrow terminal.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('check');

const SOURCES =
  'sources:\n  - title: One - NHS\n    url: https://www.nhs.uk/one/\n  - title: Two - CDC\n    url: http://www.cdc.gov/two/\n';
const EMPTY_TITLE = `---\nid: empty-title\ntitle: ""\nsummary: ""\nrelated: [nope]\nreviewed: 2026-01-01\n${SOURCES}---\nShort text [3].\n\n## Only one\nText.\n`;
const TINY = `---\nid: tiny\ntitle: Tiny\nsummary: Go.\nreviewed: 2026-01-01\n${SOURCES.replace('http:', 'https:')}---\nGo. Go. Go.\n\n## Up\nGo.\n\n## When to get help\nGo.\n`;

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('osteo check, a file that does not load', () => {
  it('reports every problem of the file at once, the front matter first', async () => {
    const r = await osteo(['check', folder({ 'empty-title.md': EMPTY_TITLE, 'tiny.md': TINY }), '--json']);
    expect(r.code).toBe(3);
    const { findings } = JSON.parse(r.stdout) as { findings: { file: string; field: string; message: string }[] };
    expect(findings.filter((f) => f.file === 'empty-title.md').map((f) => `${f.field}: ${f.message}`)).toEqual([
      'title: is empty',
      'summary: is empty',
      'sources.2.url: must be an https:// address',
      'related: "nope" is not a topic',
      'sections: has 1 ## sections; needs 2 to 6',
      'sections: the last section must be "## When to get help"',
      'citations: [3] names no source (the topic lists 2)',
    ]);
  });

  it('a file whose front matter is not YAML keeps its one finding', async () => {
    const r = await osteo([
      'check',
      folder({ 'bad-yaml.md': '---\ntitle: [unclosed\n---\nText.\n', 'tiny.md': TINY }),
      '--json',
    ]);
    const { findings } = JSON.parse(r.stdout) as { findings: { file: string; field: string; message: string }[] };
    expect(findings.filter((f) => f.file === 'bad-yaml.md')).toEqual([
      expect.objectContaining({ field: 'file', message: expect.stringMatching(/^invalid YAML/) as unknown }),
    ]);
  });

  it('prints no negative grade, and "1 topic"', async () => {
    const r = await osteo(['check', folder({ 'tiny.md': TINY })]);
    expect(r.stdout).toMatch(/^tiny +0\.0 /m);
    expect(r.stdout).not.toMatch(/-\d/);
    expect(r.stdout).toMatch(/^1 topic checked \(reading grade limit 8\): 0 errors, 0 warnings\.$/m);
  });

  it('fits 40 columns: each topic over its figures, each finding wrapped', async () => {
    const r = await osteo(['check', folder({ 'empty-title.md': EMPTY_TITLE, 'tiny.md': TINY }), '--width', '40']);
    expect(r.stdout).toMatch(/^empty-title\n {2}grade \d+\.\d, words \d+, sections 1,\n {4}sources 2$/m);
    expect(r.stdout).toContain('error  empty-title.md: sources.2.url:\n    must be an https:// address\n');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });
});
