// osteo export --html DIR: the offline site's files, what it refuses, and its search data.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearch, type SiteData } from '../../src/browser/engine.js';
import { answersJson } from '../../src/search/answers.js';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('export');
const HOSTILE = new URL('../fixtures/hostile', import.meta.url).pathname;

/** The JSON data block and the inline script of search.html. */
function readSearchPage(dir: string): { html: string; data: SiteData; script: string } {
  const html = readFileSync(join(dir, 'search.html'), 'utf8');
  const data = /<script type="application\/json" id="osteo-data">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null';
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return { html, data: JSON.parse(data) as SiteData, script };
}

describe('osteo export --html DIR', () => {
  it('writes an index, the urgent card, the search page and a page per topic into a new folder', async () => {
    const dir = join(tempDir(), 'site');
    const r = await osteo(['export', '--html', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `Wrote 7 pages and the third-party notices to ${dir}. Open ${dir}/index.html in a web browser; it works offline.\n`,
    );
    expect(readdirSync(dir).sort()).toEqual([
      'THIRD-PARTY-NOTICES.txt',
      'index.html',
      'search.html',
      'topics',
      'urgent.html',
    ]);
    // The search page bundles marked and others: their licences go with it.
    expect(readFileSync(join(dir, 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toMatch(/\nmarked@\d+\.\d+\.\d+ \(MIT\)\n/);
    expect(readdirSync(join(dir, 'topics')).sort()).toEqual([
      'calcium.html',
      'hip-fracture.html',
      'nerve-pain.html',
      'walking.html',
    ]);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toContain('<a class="skip" href="#main">Skip to main content</a>');
    expect(index).toContain('<a href="topics/walking.html">Walking and balance</a>');
    expect(index).toContain('Think it is an emergency? Call 999 (UK), 911 (US) or your local emergency number now.');
    const topic = readFileSync(join(dir, 'topics', 'walking.html'), 'utf8');
    expect(topic).toContain('<form class="search" role="search" action="../search.html" method="get">');
    expect(topic).not.toMatch(/<script/);
  });

  it('gives the numbers of the --region', async () => {
    const dir = join(tempDir(), 'site');
    expect((await osteo(['--region', 'us', 'export', '--html', dir])).code).toBe(0);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('Think it is an emergency? Call 911 now.');
    expect(readFileSync(join(dir, 'urgent.html'), 'utf8')).toContain('Call 911 now for any of these:');
  });

  it('search.html carries its script, allowed by its hash, and inert data', async () => {
    const dir = join(tempDir(), 'site');
    await osteo(['export', '--html', dir]);
    const { html, data, script } = readSearchPage(dir);
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'; base-uri 'none'; form-action 'self'`);
    expect(script).toBe(readFileSync(new URL('../../dist/browser/search.js', import.meta.url), 'utf8'));
    expect(data.topics.map((t) => t.id)).toEqual(['calcium', 'hip-fracture', 'nerve-pain', 'walking']);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('refuses a folder that is not empty, on one line, and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = await osteo(['export', '--html', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`osteo: ${dir} is not empty: add --force to write the site into it.\n`);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('with --force, replaces its own files but never follows a link out of the folder', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'precious.html'), 'precious');
    symlinkSync(join(outside, 'precious.html'), join(dir, 'index.html'));
    symlinkSync(outside, join(dir, 'topics'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = await osteo(['export', '--html', dir, '--force']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(outside, 'precious.html'), 'utf8')).toBe('precious');
    expect(readdirSync(outside)).toEqual(['precious.html']);
    expect(lstatSync(join(dir, 'index.html')).isFile()).toBe(true);
    expect(lstatSync(join(dir, 'topics')).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it.each([
    [
      'a file',
      (dir: string) => {
        writeFileSync(join(dir, 'f'), 'x');
        return join(dir, 'f');
      },
      (p: string) => `osteo: ${p} is not a folder.`,
    ],
    [
      'a link to a folder',
      (dir: string) => {
        mkdirSync(join(dir, 'real'));
        symlinkSync(join(dir, 'real'), join(dir, 'link'));
        return join(dir, 'link');
      },
      (p: string) => `osteo: ${p} is a symbolic link: give the folder itself.`,
    ],
  ])('refuses %s', async (_name, make, message) => {
    const path = make(tempDir());
    const r = await osteo(['export', '--html', path]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message(path));
  });

  it('needs --html', async () => {
    const r = await osteo(['export']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("osteo: required option '--html <dir>' not specified");
  });

  it('shows a hostile topic as text', async () => {
    const dir = join(tempDir(), 'site');
    expect((await osteo(['export', '--html', dir], { contentDir: HOSTILE })).code).toBe(0);
    const page = readFileSync(join(dir, 'topics', 'hostile.html'), 'utf8');
    expect(page).not.toMatch(/<script|<img|<b>|href="(?!https:\/\/www\.nhs\.uk\/|#|\.\.\/|[a-z-]+\.html)/i);
    expect(page).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(page).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    const { data } = readSearchPage(dir);
    expect(
      data.topics
        .find((t) => t.id === 'hostile')
        ?.sections.some((s) => s.markdown.includes("<script>alert('x')</script>")),
    ).toBe(true);
  });
});

describe('the site’s search', () => {
  it('answers as search --json does, for the shipped library', async () => {
    const dir = join(tempDir(), 'site');
    expect((await osteo(['export', '--html', dir], { contentDir: null })).code).toBe(0);
    const search = createSearch(readSearchPage(dir).data);
    const queries = (
      JSON.parse(readFileSync(new URL('../relevance/public.json', import.meta.url), 'utf8')) as {
        search: { q: string }[];
      }
    ).search.map((s) => s.q);
    for (const q of [
      ...queries,
      'my mum fell and cannot get up',
      'thigh pain on alendronate',
      'osteoperosis',
      'zzqx',
    ]) {
      const cli = JSON.parse((await osteo(['search', q, '--json'], { contentDir: null })).stdout) as unknown;
      expect(answersJson(await search(q)), q).toEqual(cli);
    }
  });
});
