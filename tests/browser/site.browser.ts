// The offline site and the handouts in a real browser (headless Chromium), from file:// with no
// network: search and triage run in the page and answer as the CLI does, axe finds nothing,
// hostile content stays text, and every shipped topic prints on 8 A4 or Letter pages or fewer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { loadTopics } from '../../src/topics/load.js';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';
import { launch, pdfPages, pdfText, runAxe, type Browser } from './chromium.js';

const BIN = new URL('../../bin/osteo.js', import.meta.url).pathname;
const HOSTILE = new URL('../fixtures/hostile', import.meta.url).pathname;
const DOCS = new URL('../../docs/', import.meta.url).pathname;
const EMERGENCY = 'my mum fell and cannot get up';
const topics = loadTopics(SHIPPED_CONTENT).topics;
const tempDir = useTempDirs('browser');
let root = '';
let browser: Browser;
/** The file: address of a path in the temporary folder, with its query (?q=…) as it is. */
const url = (path: string): string => {
  const [file = '', query] = path.split('?');
  return pathToFileURL(join(root, file)).href + (query === undefined ? '' : `?${query}`);
};

/** The real bin, as a user runs it. */
function bin(args: string[]): void {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, OSTEO_CONTENT_DIR: '' },
  });
  if (r.status !== 0) throw new Error(`osteo ${args.join(' ')}: exit ${String(r.status)}: ${r.stderr}`);
}

/** What the search page shows: the banner's level, and each answer's topic and section. */
async function shown(page: Page): Promise<{ triage: string | null; results: { topic: string; section: string }[] }> {
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
  return page.evaluate(() => ({
    triage: document.querySelector('.banner')?.getAttribute('data-level') ?? null,
    results: Array.from(document.querySelectorAll('article.result')).map((a) => ({
      topic: a.getAttribute('data-topic') ?? '',
      section: a.getAttribute('data-section') ?? '',
    })),
  }));
}

beforeAll(async () => {
  root = tempDir();
  bin(['export', '--html', join(root, 'site')]);
  bin(['--content-dir', HOSTILE, 'export', '--html', join(root, 'hostile')]);
  mkdirSync(join(root, 'handouts'));
  for (const t of topics) bin(['explain', t.id, '--format', 'html', '-o', join(root, 'handouts', `${t.id}.html`)]);
  bin(['search', EMERGENCY, '--format', 'html', '-o', join(root, 'handouts', 'search.html')]);
  bin(['urgent', '--format', 'html', '-o', join(root, 'handouts', 'urgent.html')]);
  bin(['explain', 'falls', '--format', 'html', '--large', '-o', join(root, 'handouts', 'falls-large.html')]);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser.close();
  // No page asked for anything but its own files, and nothing went wrong in any of them.
  expect(browser.requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
  expect(browser.problems).toEqual([]);
});

describe('the search box', () => {
  it('finds the right topic for a question typed on the index page', async () => {
    const page = await browser.open(url('site/index.html'));
    await page.fill('#q', 'weak legs');
    await page.press('#q', 'Enter');
    await page.waitForURL(/search\.html\?q=weak\+legs$/);
    const { triage, results } = await shown(page);
    expect(triage).toBeNull();
    expect(results[0]?.topic).toBe('leg-weakness');
    expect(await page.inputValue('#q')).toBe('weak legs');
    await page.close();
  });

  it(`shows the emergency banner first for "${EMERGENCY}"`, async () => {
    const page = await browser.open(url('site/index.html'));
    await page.fill('#q', EMERGENCY);
    await page.click('button[type=submit]');
    const { triage, results } = await shown(page);
    expect(triage).toBe('emergency');
    expect(results[0]?.topic).toBe('red-flags');
    expect(await page.isVisible('.banner.emergency')).toBe(true);
    expect(await page.textContent('.banner.emergency')).toMatch(/Call 999 \(UK\) or 911 \(US\)/);
    await page.close();
  });

  it('answers as search --json does, for every query of the public set', async () => {
    const queries = (
      JSON.parse(readFileSync(new URL('../relevance/public.json', import.meta.url), 'utf8')) as {
        search: { q: string }[];
      }
    ).search.map((s) => s.q);
    const page = await browser.open(url('site/index.html'));
    for (const q of [...queries, EMERGENCY]) {
      const cli = JSON.parse((await osteo(['search', q, '--json'], { contentDir: null })).stdout) as {
        triage: { level: string } | null;
        results: { topic: string; section: string }[];
      };
      await page.goto(`${url('site/search.html')}?q=${encodeURIComponent(q)}`);
      expect(await shown(page), q).toEqual({
        triage: cli.triage?.level ?? null,
        results: cli.results.map(({ topic, section }) => ({ topic, section })),
      });
    }
    await page.close();
  });

  it('shows a question as text, and its script cannot be joined by another', async () => {
    const page = await browser.open(
      `${url('site/search.html')}?q=${encodeURIComponent('<img src=x onerror=alert(1)> weak legs')}`,
    );
    await shown(page);
    expect(await page.textContent('#search-title')).toBe('Your question: “<img src=x onerror=alert(1)> weak legs”');
    expect(await page.locator('main img').count()).toBe(0);
    const blocked = await page.evaluate(async () => {
      const seen = new Promise<string>((resolve) =>
        document.addEventListener(
          'securitypolicyviolation',
          (e) => {
            resolve(e.violatedDirective);
          },
          { once: true },
        ),
      );
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return { directive: await seen, ran: (window as unknown as { injected?: boolean }).injected === true };
    });
    expect(blocked).toEqual({ directive: 'script-src-elem', ran: false });
    // The violation was the test's own doing: take it off the list of problems.
    browser.problems.splice(0);
    await page.close();
  });
});

describe('a hostile topic', () => {
  it('renders as text on its page and in search results', async () => {
    const page = await browser.open(url('hostile/topics/hostile.html'));
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.textContent('main')).toContain("<script>alert('x')</script>");
    expect(await page.locator('a[href^="javascript:"], a[href^="file:"]').count()).toBe(0);
    await page.goto(`${url('hostile/search.html')}?q=links+html+sequences`);
    const { results } = await shown(page);
    expect(results[0]?.topic).toBe('hostile');
    expect(await page.locator('#results script, #results img').count()).toBe(0);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const report: string[] = [];
  afterAll(() => {
    console.log(`axe-core: ${report.join('; ')}`);
  });
  const pages: [string, string][] = [
    ['index', 'site/index.html'],
    ['topic', 'site/topics/fractures.html'],
    ['topic with tables', 'site/topics/diagnosis.html'],
    ['urgent card', 'site/urgent.html'],
    ['search results', `site/search.html?q=${encodeURIComponent(EMERGENCY)}`],
    ['search, no match', 'site/search.html?q=zzqx'],
    ['topic handout', 'handouts/fractures.html'],
    ['large-print handout', 'handouts/falls-large.html'],
    ['search handout', 'handouts/search.html'],
    ['urgent handout', 'handouts/urgent.html'],
  ];
  it.each(pages)('%s: no violations', async (name, path) => {
    const page = await browser.open(url(path));
    if (path.includes('search.html?')) await shown(page);
    const { violations, passes } = await runAxe(page);
    report.push(`${name}: ${violations.length} violations, ${passes} rules passed`);
    expect(violations).toEqual([]);
    expect(passes).toBeGreaterThan(15);
    await page.close();
  });

  it.each([
    ['a phone', { width: 360, height: 740 }],
    ['200 % zoom of a 1280 px window', { width: 640, height: 400 }],
  ])('reads on %s without sideways scrolling', async (_name, size) => {
    for (const path of [
      'site/index.html',
      'site/topics/diagnosis.html',
      `site/search.html?q=${encodeURIComponent(EMERGENCY)}`,
      'handouts/falls-large.html',
    ]) {
      const page = await browser.open(url(path), size);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        path,
      ).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('opens with a skip link that shows when focused, and focus is visible', async () => {
    const page = await browser.open(url('site/index.html'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    const box = await page.locator('.skip').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.focus('#q');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    await page.close();
  });
});

describe('printing', () => {
  const counts: string[] = [];
  afterAll(() => {
    // The figures the README and the issue report: pages per topic on A4 and Letter.
    console.log(`PDF pages (A4/Letter): ${counts.join(', ')}`);
  });

  it.each(topics.map((t) => t.id))('%s prints on 8 A4 and 8 Letter pages or fewer, with its sources', async (id) => {
    const page = await browser.open(url(`handouts/${id}.html`));
    const topic = topics.find((t) => t.id === id);
    const dir = tempDir();
    const pagesBy: number[] = [];
    for (const format of ['A4', 'Letter'] as const) {
      const file = join(dir, `${id}-${format}.pdf`);
      await page.pdf({ path: file, format });
      const pages = pdfPages(file);
      pagesBy.push(pages);
      expect(pages, `${id} on ${format}`).toBeGreaterThan(0);
      expect(pages, `${id} on ${format}`).toBeLessThanOrEqual(8);
      // Where poppler is installed, read the sources off the PDF; else off what it was printed from.
      const text = (pdfText(file) ?? (await page.textContent('body')) ?? '').replace(/\s+/g, '');
      for (const source of topic?.sources ?? []) expect(text, source.url).toContain(source.url.replace(/\s+/g, ''));
    }
    counts.push(`${id} ${pagesBy.join('/')}`);
    await page.close();
  });

  it('prints at 12 pt or larger, and large print larger still', async () => {
    for (const [path, least] of [
      ['handouts/fractures.html', 16],
      ['handouts/search.html', 16],
      ['handouts/falls-large.html', 21],
    ] as const) {
      const page = await browser.open(url(path));
      await page.emulateMedia({ media: 'print' });
      // Every element that holds text itself, and the addresses printed after links.
      const sizes = await page.evaluate(() =>
        Array.from(document.querySelectorAll('body *'))
          .filter((e) =>
            Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
          )
          .map((e) => parseFloat(getComputedStyle(e).fontSize))
          .concat(
            Array.from(document.querySelectorAll('a[href^="http"]')).map((a) =>
              parseFloat(getComputedStyle(a, '::after').fontSize),
            ),
          ),
      );
      expect(Math.min(...sizes), path).toBeGreaterThanOrEqual(least);
      await page.close();
    }
  });
});

describe('screenshots for the README', () => {
  // UPDATE_SCREENSHOTS=1 writes them into docs/; otherwise they are only taken.
  it.each([
    ['handout.png', 'handouts/fractures.html', { width: 820, height: 1000 }],
    ['site-search.png', `site/search.html?q=${encodeURIComponent(EMERGENCY)}`, { width: 820, height: 1000 }],
  ])('%s', async (name, path, size) => {
    const page = await browser.open(url(path), size);
    if (path.includes('?')) await shown(page);
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    if (process.env.UPDATE_SCREENSHOTS === '1') writeFileSync(join(DOCS, name), png);
    await page.close();
  });
});
