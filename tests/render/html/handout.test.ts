// Handouts as HTML: self-contained, strict policy, and holding everything a handout promises.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openTriage } from '../../../src/library/triage.js';
import { BUILT_TRIAGE, SHIPPED_CONTENT } from '../../../src/paths.js';
import { DISCLAIMER as TERMINAL_DISCLAIMER } from '../../../src/render/answer.js';
import { searchHandout, topicHandout, urgentHandout } from '../../../src/render/html/handout.js';
import { DISCLAIMER, EMERGENCY_NUMBERS, formatDate } from '../../../src/render/html/parts.js';
import { STYLE } from '../../../src/render/html/style.js';
import { findAnswers } from '../../../src/search/answers.js';
import { createTriage } from '../../../src/search/triage/match.js';
import { loadTopics } from '../../../src/topics/load.js';

const NOW = new Date(2026, 11, 5);
const shipped = loadTopics(SHIPPED_CONTENT).topics;
const rules = await openTriage(SHIPPED_CONTENT, SHIPPED_CONTENT, BUILT_TRIAGE);
const topic = (id: string) => {
  const found = shipped.find((t) => t.id === id);
  if (!found) throw new Error(`no topic ${id}`);
  return found;
};
const hostile = loadTopics(fileURLToPath(new URL('../../fixtures/hostile', import.meta.url))).topics.find(
  (t) => t.id === 'hostile',
);

describe('topicHandout', () => {
  const fractures = topic('fractures');
  const page = topicHandout(fractures, fractures.sections, { now: NOW, region: null });

  it('is one self-contained page: no script, no remote or linked resource', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  });

  it('allows its own stylesheet by hash and nothing else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(STYLE).digest('base64');
    expect(csp).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; script-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    expect(page).toContain(`<style>${STYLE}</style>`);
  });

  it('holds the date, every section, the questions, the numbered sources in full, the review date, the numbers and the disclaimer', () => {
    expect(page).toContain('From osteo, 5 December 2026. Medical review: 1 December 2026.');
    for (const s of fractures.sections.filter((x) => x.heading !== ''))
      expect(page).toMatch(new RegExp(`<h2 id="[a-z0-9-]+">${s.heading.replace(/[()]/g, '.')}</h2>`));
    expect(page).toContain('<h2 id="questions">Questions to ask your doctor</h2>');
    for (const q of fractures.questions) expect(page).toContain(q.replace(/'/g, '&#39;'));
    fractures.sources.forEach((s, i) => {
      expect(page).toContain(`<li id="source-${i + 1}" value="${i + 1}">`);
      expect(page).toContain(`<a class="url" href="${s.url}">${s.url}</a>`);
    });
    expect(page).toContain(EMERGENCY_NUMBERS.both);
    expect(page).toContain(DISCLAIMER);
  });

  it('gives the emergency numbers of the reader’s country when it is known, and large print on request', () => {
    const uk = topicHandout(fractures, fractures.sections, { now: NOW, region: 'uk', large: true });
    expect(uk).toContain(EMERGENCY_NUMBERS.uk);
    expect(uk).toContain('<html lang="en" class="large">');
  });

  it('keeps a short section whole in print', () => {
    expect(page).toMatch(/<section class="short" aria-labelledby="when-to-get-help">|<section class="short"/);
  });

  it('shows a hostile topic as text', () => {
    if (!hostile) throw new Error('the hostile fixture did not load');
    const out = topicHandout(hostile, hostile.sections, { now: NOW, region: null });
    expect(out).not.toMatch(/<script|<img|<b>|href="(?!https:\/\/www\.nhs\.uk\/|#)/i);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(out).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(out).toContain('javascript link (javascript:alert(1))');
    expect(out).toContain('<span class="url">javascript:alert(1)</span>');
  });
});

describe('searchHandout', () => {
  const triage = createTriage(rules);
  const answer = (query: string) => findAnswers(shipped, query, { limit: 3, triage, region: null });

  it('opens with the question and the emergency banner when the question raises one', async () => {
    const page = searchHandout(await answer('my mum fell and cannot get up'), { now: NOW, region: null });
    expect(page).toContain('<h1>Your question: “my mum fell and cannot get up”</h1>');
    expect(page).toMatch(
      /<div class="banner emergency" data-level="emergency">\n<p class="banner-label">Emergency<\/p>\n<p><strong>Call 999/,
    );
    expect(page.indexOf('banner emergency')).toBeLessThan(page.indexOf('<article'));
    expect(page).toContain('data-topic="red-flags"');
  });

  it('lists each answer’s cited sources with their own numbers and addresses', async () => {
    const found = await answer('calcium rich foods');
    const page = searchHandout(found, { now: NOW, region: null });
    const first = found.results[0];
    if (!first) throw new Error('no result');
    const cited = [...first.doc.section.markdown.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    for (const n of cited) expect(page).toContain(`<li id="r1-source-${n}" value="${n}">`);
    expect(page).not.toContain('class="banner');
    expect(page).toContain('<h2 id="questions">Questions to ask your doctor</h2>');
  });

  it('escapes the question', async () => {
    const page = searchHandout(await answer('<script>alert(1)</script> weak legs'), { now: NOW, region: null });
    expect(page).toContain('Your question: “&lt;script&gt;alert(1)&lt;/script&gt; weak legs”');
    expect(page).not.toMatch(/<script/i);
  });
});

describe('urgentHandout', () => {
  it('lists every sign of the card under its level, with the sources of red-flags', () => {
    const page = urgentHandout(rules, topic('red-flags'), { now: NOW, region: 'us' });
    expect(page).toContain('Call 911 now for any of these:');
    for (const { sign } of [...rules.levels.emergency.card, ...rules.levels.urgent.card])
      expect(page).toContain(sign.replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
    expect(page).toContain('<h2 id="sources">Sources</h2>');
    expect(page).toContain(EMERGENCY_NUMBERS.us);
  });
});

it('says the same disclaimer as the terminal', () => {
  expect(DISCLAIMER).toBe(TERMINAL_DISCLAIMER);
  expect(formatDate('2026-03-09')).toBe('9 March 2026');
  expect(formatDate('not a date')).toBe('not a date');
});
