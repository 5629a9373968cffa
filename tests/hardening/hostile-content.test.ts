// A topic full of hostile sequences: nothing it holds may reach the terminal as a control.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { osteo } from '../helpers/io.js';

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
    [['topics']],
    [['sources']],
    [['explain', 'hostile', '--json']],
    [['check']],
  ])('%j writes no control but its own styling', async (argv) => {
    const r = await osteo(argv, { ...io, contentDir: HOSTILE });
    // The hostile topic loads (it is not skipped), so its text really is on screen.
    expect(r.stderr).not.toContain('skipped');
    expect(r.stdout).toMatch(/Hostile|hostile/);
    expect(r.stdout.replace(OWN, '')).not.toMatch(CONTROL);
    expect(r.stderr.replace(OWN, '')).not.toMatch(CONTROL);
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
