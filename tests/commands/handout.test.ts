// explain, search and urgent as handouts (--format md|html, -o FILE), run in-process.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/render/html/parts.js';
import { splitSections } from '../../src/topics/parse.js';
import { loadTopics } from '../../src/topics/load.js';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('handout');
const shipped = (argv: string[]) => osteo(argv, { contentDir: null });
const topics = loadTopics(SHIPPED_CONTENT).topics;

describe('explain --format', () => {
  it('html: a page on stdout, with today’s date, exit 0', async () => {
    const r = await shipped(['explain', 'fosamax', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(r.stdout).toContain('<h1>Bisphosphonates');
    expect(r.stdout).toContain(`From osteo, ${formatDate(isoDate(new Date()))}.`);
    expect(r.paged).toEqual([]);
  });

  it.each(topics.map((t) => t.id))('md: %s splits back into the same sections (parse.ts)', async (id) => {
    const topic = topics.find((t) => t.id === id);
    const r = await shipped(['explain', id, '--format', 'md']);
    expect(r.code).toBe(0);
    const back = splitSections(r.stdout);
    const named = topic?.sections.filter((s) => s.heading !== '') ?? [];
    // The topic's sections, then the handout's own: its questions (when it has any) and sources.
    expect(back.map((s) => s.heading)).toEqual([
      '',
      ...named.map((s) => s.heading),
      ...((topic?.questions.length ?? 0) > 0 ? ['Questions to ask your doctor'] : []),
      'Sources',
    ]);
    for (const s of named) expect(back.find((b) => b.heading === s.heading)?.markdown).toBe(s.markdown);
    expect(back[0]?.markdown.endsWith(topic?.sections[0]?.markdown ?? '')).toBe(true);
    expect(back.at(-1)?.markdown).toContain(
      `- \\[1\\] ${topic?.sources[0]?.title ?? ''}: <${topic?.sources[0]?.url ?? ''}>`,
    );
  });

  it('--section: one section, still with the sources and questions', async () => {
    const r = await shipped(['explain', 'fractures', '--section', 'help', '--format', 'md']);
    expect(splitSections(r.stdout).map((s) => s.heading)).toEqual([
      '',
      'When to get help',
      'Questions to ask your doctor',
      'Sources',
    ]);
  });

  it('md shows raw HTML in content as text', async () => {
    const hostile = new URL('../fixtures/hostile', import.meta.url).pathname;
    const r = await osteo(['explain', 'hostile', '--format', 'md'], { contentDir: hostile });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("&lt;script>alert('x')&lt;/script>");
    expect(r.stdout).not.toMatch(/<script|<img|<b>/);
  });
});

describe('-o FILE', () => {
  it('writes the handout, says where, and never replaces a file without --force', async () => {
    const file = join(tempDir(), 'fractures.html');
    const first = await shipped(['explain', 'fractures', '--format', 'html', '-o', file]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(`Saved the handout to ${file}. Open it in a web browser to read or print it.\n`);
    expect(readFileSync(file, 'utf8')).toContain('<h1>Fractures and broken bones</h1>');

    writeFileSync(file, 'mine');
    const again = await shipped(['explain', 'falls', '--format', 'html', '-o', file]);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(`osteo: ${file} already exists: add --force to replace it.\n`);
    expect(readFileSync(file, 'utf8')).toBe('mine');

    const forced = await shipped(['explain', 'falls', '--format', 'html', '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<h1>Falls');
  });

  it('takes the format from the file name', async () => {
    const file = join(tempDir(), 'card.md');
    expect((await shipped(['urgent', '-o', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Urgent signs: when to get help now\n/);
  });

  it('a folder that does not exist is a usage error, on one line', async () => {
    const file = join(tempDir(), 'no', 'such', 'x.html');
    const r = await shipped(['explain', 'falls', '--format', 'html', '-o', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`osteo: Cannot write ${file}: no such folder.\nChoose another file or folder.\n`);
  });

  it.each([
    [['explain', 'falls', '-o', 'x.txt'], '-o writes a handout: add --format md or --format html.'],
    [['explain', 'falls', '--format', 'md', '--large'], '--large is for --format html.'],
    [['explain', 'falls', '--large'], '--large is for --format html.'],
    [
      ['explain', 'falls', '--format', 'pdf'],
      "option '--format <format>' argument 'pdf' is invalid. Allowed choices are text, md, html.",
    ],
  ])('%j is a usage error', async (argv, message) => {
    const r = await shipped(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`osteo: ${message}`);
  });
});

it('--json with --format is a usage error, said in JSON', async () => {
  const r = await shipped(['explain', 'falls', '--format', 'html', '--json']);
  expect(r.code).toBe(2);
  expect(JSON.parse(r.stderr)).toEqual({
    error: { code: 'usage', message: '--json and --format html cannot be used together.', suggestions: [] },
  });
});

describe('search --format', () => {
  it('opens with the emergency banner for an emergency, in html and md', async () => {
    const html = await shipped(['search', 'my', 'mum', 'fell', 'and', 'cannot', 'get', 'up', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<div class="banner emergency" data-level="emergency">');
    const md = await shipped(['search', 'my mum fell and cannot get up', '--format', 'md']);
    expect(md.stdout).toMatch(
      /^# Your question: “my mum fell and cannot get up”\n\nFrom osteo, .*\n\n> \[!CAUTION\]\n> \*\*Emergency: Call 999/,
    );
  });

  it('shows the same sections as search --json, in the same order', async () => {
    const json = JSON.parse((await shipped(['search', 'weak legs', '--json', '--limit', '4'])).stdout) as {
      results: { topic: string; section: string }[];
    };
    const html = (await shipped(['search', 'weak legs', '--format', 'html', '--limit', '4'])).stdout;
    const shown = [...html.matchAll(/data-topic="([^"]+)" data-section="([^"]*)"/g)].map((m) => ({
      topic: m[1],
      section: m[2],
    }));
    expect(shown).toEqual(json.results.map(({ topic, section }) => ({ topic, section })));
  });

  it('no match: the same message as search, exit 1, and no file written', async () => {
    const file = join(tempDir(), 'none.html');
    const r = await shipped(['search', 'zzqx', '--format', 'html', '-o', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^osteo has nothing on 'zzqx'/);
    expect(r.stderr).toBe((await shipped(['search', 'zzqx'])).stderr);
    expect(existsSync(file)).toBe(false);
  });
});

describe('urgent --format', () => {
  it('html: the card with the red-flags sources, for the region asked for', async () => {
    const r = await shipped(['--region', 'uk', 'urgent', '--format', 'html', '--large']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<html lang="en" class="large">');
    expect(r.stdout).toContain('Call 999 now for any of these:');
    expect(r.stdout).toContain('<h2 id="sources">Sources</h2>');
  });

  it('still prints the card when the topic folder cannot be read', async () => {
    const r = await osteo(['urgent', '--format', 'md'], { contentDir: join(tempDir(), 'missing') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Call 999 (UK) or 911 (US) now for any of these:');
    expect(r.stdout).not.toContain('## Sources');
  });
});
