// A search answer on one screen: the best section in full with a line of its sources, then the
// next answers numbered, each with the command that opens it; explain resolves [n] on screen.
import { describe, expect, it } from 'vitest';
import { loadTopics } from '../../src/topics/load.js';
import { resolveSection } from '../../src/search/resolve.js';
import { sectionKey } from '../../src/search/section-key.js';
import { citedSources, shortSourceName } from '../../src/render/sources.js';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { osteo } from '../helpers/io.js';

const shipped = { contentDir: null };
const { topics } = loadTopics(SHIPPED_CONTENT);

describe('osteo search, text view', () => {
  it('shows one section in full and lists the next three by number, with the command to open each', async () => {
    const r = await osteo(['search', 'can', 'i', 'do', 'yoga', 'with', 'osteoporosis'], shipped);
    expect(r.code).toBe(0);
    const labels = r.stdout.split('\n').filter((l) => l.includes(' › '));
    expect(labels).toHaveLength(1);
    const listed = [...r.stdout.matchAll(/^(\d)\. .+?(?:\n {3})?((?:osteo explain [\w-]+)(?: --section [\w']+)?)$/gm)];
    expect(listed.map((m) => m[1])).toEqual(['2', '3', '4']);
    expect(r.stdout.replace(/\n +/g, ' ')).toMatch(/\nSources: \[\d+\] [^\n]+ · reviewed \d{4}-\d{2}-\d{2}\n/);
  });

  it('each listed command opens the section it names', async () => {
    const r = await osteo(['search', 'can', 'i', 'stop', 'taking', 'alendronic', 'acid'], shipped);
    const listed = [...r.stdout.matchAll(/^\d\. (.+?)(?:\n {3}| {2})(osteo explain .+)$/gm)];
    expect(listed).toHaveLength(3);
    for (const [, label = '', command = ''] of listed) {
      const opened = await osteo(
        command
          .replace(/^osteo /, '')
          .replace(/'/g, '')
          .split(' '),
        shipped,
      );
      expect(opened.code).toBe(0);
      const heading = opened.stdout.slice(0, opened.stdout.indexOf('\n\n')).replace(/\s+/g, ' ');
      expect(heading).toContain(label.replace(/\s+/g, ' '));
    }
  });

  it('--limit n shows n sections in full', async () => {
    const r = await osteo(['search', 'weak', 'legs', '--limit', '2'], shipped);
    expect(r.stdout.split('\n').filter((l) => /^Sources: /.test(l))).toHaveLength(2);
    expect(r.stdout).toMatch(/\n3\. /);
  });

  it('--json still returns --limit results (3 by default), in full', async () => {
    const r = await osteo(['search', 'weak', 'legs', '--json'], shipped);
    expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toHaveLength(3);
  });

  it('a typical answer fits an 80×30 screen', async () => {
    const r = await osteo(['search', 'can', 'i', 'do', 'yoga', 'with', 'osteoporosis'], { ...shipped, columns: 80 });
    expect(r.stdout.split('\n').length - 1).toBeLessThanOrEqual(30);
  });

  it.each([40, 60, 80])('every line fits %i columns, web addresses aside', async (columns) => {
    for (const query of [
      ['weak', 'legs'],
      ['can', 'i', 'stop', 'taking', 'alendronic', 'acid'],
      ['fell', 'and', 'cant', 'get', 'up'],
    ]) {
      const r = await osteo(['search', ...query], { ...shipped, columns });
      const wide = r.stdout.split('\n').filter((line) => line.length > columns && !line.includes('http'));
      expect(wide, query.join(' ')).toEqual([]);
    }
  });

  it('an empty query is a usage error', async () => {
    const r = await osteo(['search', ' '], shipped);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "osteo: search needs words to look for, such as: osteo search weak legs\nRun 'osteo --help' for usage.\n",
    );
  });
});

describe('osteo explain, sources', () => {
  it('lists the numbered sources, title and address, so every [n] resolves on screen', async () => {
    const r = await osteo(['explain', 'fractures'], shipped);
    expect(r.stdout).not.toContain('Sources: osteo sources');
    expect(r.stdout).toMatch(/\nSources\n1\. {2}Osteoporosis[^\n]*\n {4}https:\/\/www\.nhs\.uk\/[^\n]*\n2\. {2}/);
    const highest = Math.max(...[...r.stdout.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(r.stdout).toMatch(new RegExp(`\\n${highest}\\. +\\S`));
  });

  it('--section lists only the sources that section cites', async () => {
    const r = await osteo(['explain', 'fractures', '--section', 'hip'], shipped);
    expect(r.stdout).toMatch(/\nSources\n2\. {2}/);
    expect(r.stdout).not.toMatch(/\n1\. {2}/);
  });
});

describe('source names and section keys', () => {
  it.each([
    [{ title: 'Broken hip - NHS', url: 'https://www.nhs.uk/conditions/broken-hip/' }, 'NHS'],
    [{ title: 'Atypical thigh fracture - Royal Osteoporosis Society', url: 'https://theros.org.uk/' }, 'ROS'],
    [
      {
        title: 'Drug Safety Update - Medicines and Healthcare products Regulatory Agency (MHRA)',
        url: 'https://www.gov.uk/',
      },
      'MHRA',
    ],
    [
      { title: 'A trial - JAMA Internal Medicine (PMC)', url: 'https://pmc.ncbi.nlm.nih.gov/' },
      'JAMA Internal Medicine',
    ],
    [
      { title: 'Acetaminophen - MedlinePlus, US National Library of Medicine', url: 'https://medlineplus.gov/' },
      'MedlinePlus',
    ],
    [{ title: 'No publisher in this title', url: 'https://www.example.org/page' }, 'example.org'],
  ])('%j is called %s', (source, name) => {
    expect(shortSourceName(source)).toBe(name);
  });

  it('cites only numbers the topic has, each once', () => {
    const topic = topics.find((t) => t.id === 'fractures');
    if (!topic) throw new Error('no fractures topic');
    expect(citedSources(topic, [{ heading: 'x', markdown: 'A [2]. B [1, 2]. C [99]. D [0].' }])).toEqual([1, 2]);
  });

  it('the key of every shipped section opens that section', async () => {
    for (const topic of topics) {
      for (const section of topic.sections.filter((s) => s.heading !== '')) {
        expect(
          (await resolveSection(topic, sectionKey(topic, section.heading)))?.heading,
          `${topic.id} › ${section.heading}`,
        ).toBe(section.heading);
      }
    }
  });
});
