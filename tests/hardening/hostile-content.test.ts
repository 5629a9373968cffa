// A topic full of hostile sequences: nothing it holds may reach the terminal as a control.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));
// osteo's own styling (SGR) and its own OSC 8 links to http(s) addresses are the only escapes.
const OWN = /\u001B\[[0-9;]*m|\u001B\]8;;(?:https?:\/\/[^\u0007\u001B]*)?\u0007/g;
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe.each([
  ['plain pipe', {}],
  ['colour terminal with hyperlinks', { isTTY: true, hyperlinks: true }],
])('hostile content, %s', (_name, io) => {
  it.each([
    [['explain', 'hostile']],
    [['search', 'links', 'html', 'sequences']],
    [['explain', 'entities']],
    [['search', 'entity', 'dose', 'lists']],
    [['explain', 'entities', '--section', 'lists']],
    [['topics']],
    [['sources']],
    [['explain', 'hostile', '--json']],
    [['check']],
  ])('%j writes no control but its own styling', async (argv) => {
    const r = await osteo(argv, { ...io, contentDir: HOSTILE });
    // The hostile topic loads (it is not skipped), so its text really is on screen.
    expect(r.stderr).not.toContain('skipped');
    expect(r.stdout).toMatch(/Hostile|hostile|Entities/);
    expect(r.stdout.replace(OWN, '')).not.toMatch(CONTROL);
    expect(r.stderr.replace(OWN, '')).not.toMatch(CONTROL);
  });
});

describe('HTML character references that decode to controls (marked decodes them after the file is read)', () => {
  it.each([
    ['plain pipe', {}],
    ['colour terminal with hyperlinks', { isTTY: true, hyperlinks: true }],
  ])(
    '%s: no reset, no clipboard or title write, no alternate screen, no file: link, no hidden or reversed text',
    async (_name, io) => {
      const r = await osteo(['explain', 'entities'], { ...io, contentDir: HOSTILE });
      expect(r.code).toBe(0);
      for (const bad of [
        '\r',
        '\b',
        '\u001Bc',
        '\u001B]52',
        '\u001B]0',
        '\u001B[?1049h',
        '\u001B[2J',
        '\u001B[8m',
        '\u001B[5m',
        '\u001B[7m',
        '\u001B]8;;file:',
        '\u009B',
        '\u202E',
      ]) {
        expect(r.stdout, JSON.stringify(bad)).not.toContain(bad);
      }
      // The decoded text is shown, without the controls: "1&#13;0 mg" reads as the dose it is.
      expect(r.stdout).toContain('Take 10 mg of the entity dose 5 a day');
      expect(r.stdout).toContain('txet desrever and c a reset 2J.');
      expect(r.stdout.replace(OWN, '')).not.toMatch(CONTROL);
    },
  );

  it('escapes in content cannot colour text either: only osteo styles it', async () => {
    const r = await osteo(['explain', 'entities'], { isTTY: true, contentDir: HOSTILE });
    expect(r.stdout).toContain('[31m');
    expect(r.stdout).not.toContain('\u001B[31m');
  });
});

describe('hostile content, what is shown instead', () => {
  it('links to anything but http(s) are plain text, never hyperlinks', async () => {
    const r = await osteo(['explain', 'hostile'], { isTTY: true, hyperlinks: true, contentDir: HOSTILE });
    expect(r.stdout).toContain('javascript link (javascript:alert(1))');
    expect(r.stdout).toContain('file link (file:///etc/passwd)');
    expect(r.stdout).not.toMatch(/\u001B\]8;;(?!https?:|\u0007)/);
    expect(r.stdout).toContain('\u001B]8;;https://www.nhs.uk/\u0007');
  });

  it('raw HTML is shown as text', async () => {
    const r = await osteo(['explain', 'hostile'], { contentDir: HOSTILE });
    expect(r.stdout).toContain("<script>alert('x')</script>");
    expect(r.stdout).toContain('<b>bold?</b>');
  });

  it('sources with unsafe addresses are listed as text', async () => {
    const r = await osteo(['sources', 'hostile'], { contentDir: HOSTILE, isTTY: true, hyperlinks: true });
    expect(r.stdout).toContain('javascript:alert(1)');
    expect(r.stdout).not.toContain('\u001B]8;;javascript');
    expect(r.stdout).not.toContain('\u001B]8;;file');
  });
});

describe('hostile file names, names typed and messages: every output path is filtered', () => {
  const temp = useTempDirs('names');
  const dir = temp();
  copyFileSync(join(HOSTILE, 'walking.md'), join(dir, 'walking.md'));
  // File names are bytes a folder can hold: escapes, a bell, a bidi override.
  writeFileSync(join(dir, '\u001B]0;pwned\u0007\u001B[2J.md'), '---\nid: [\n---\nx\n');
  writeFileSync(join(dir, 'evil\u202Egnp.md'), '---\nid: evil\n---\nno title\n');
  writeFileSync(join(dir, 'ok\u001B[8m.md'), '---\nid: okay\ntitle: "Okay \\e]52;c;eA==\\a"\n---\n## \\e[31mHeading\n');

  it.each([
    ['topics: warnings name each file', ['topics'], {}],
    ['check: findings name each file', ['check'], {}],
    ['check --json', ['check', '--json'], {}],
    ['explain with an escape in the name typed', ['explain', '\u001B]52;c;eA==\u0007walk\u202Eing'], {}],
    ['explain --json, not found', ['explain', '\u001B[31mnope\u0085', '--json'], {}],
    ['search, no match', ['search', '\u001B]0;x\u0007zzzq\u009B2J'], {}],
    [
      'explain a topic whose heading and title hold YAML escapes',
      ['explain', 'okay'],
      { isTTY: true, hyperlinks: true },
    ],
    ['help for an unknown option', ['topics', '--\u001B[31mbad'], {}],
  ])('%s', async (_name, argv, io) => {
    const r = await osteo(argv, { ...io, contentDir: dir });
    expect(r.stdout.replace(OWN, '')).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stdout + r.stderr).not.toMatch(/\u001B\](?:0|52)|\u001B\[(?:2J|8m|31m)/);
  });

  it('the warnings still name the files, as far as they are text', async () => {
    const r = await osteo(['topics'], { contentDir: dir });
    // An escape sequence goes whole, so what is left is what a terminal would have shown.
    expect(r.stderr).toContain('osteo: skipped .md: invalid YAML in front matter');
    expect(r.stderr).toContain('osteo: skipped evilgnp.md: title: is missing');
  });
});
