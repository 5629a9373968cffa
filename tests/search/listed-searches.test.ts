// A topic's front matter may list, by heading, the searches each section answers (topics/
// searches.ts): people's words, searched as the section's own and never shown. Every way osteo
// reads a folder (in full, for a query's words, through its index) must search them alike.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/memory-index.js';
import { rankSections } from '../../src/search/search.js';
import { parseTopic } from '../../src/topics/parse.js';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';

const temp = useTempDirs('searches');

const topic = (searches: string): string => `---
id: calcium
title: Calcium
summary: How much calcium you need.
${searches}---
Your bones store most of the calcium in your body.

## Foods rich in calcium
Milk, yogurt, cheese and tofu are good sources.

## Calcium tablets
Take them with a meal, as your doctor says.

## When to get help
Ask your doctor before you take supplements.
`;
const LISTED =
  'searches:\n  Calcium tablets: [chalky pills upset my stomach]\n  (intro): [why do bones need minerals]\n';

describe('listed searches', () => {
  it('are read by heading, "(intro)" for the opening', () => {
    expect(parseTopic(topic(LISTED), 'calcium.md').searches).toEqual({
      'Calcium tablets': ['chalky pills upset my stomach'],
      '(intro)': ['why do bones need minerals'],
    });
  });

  it('find the section they are listed for, by words its prose lacks; without them, nothing', async () => {
    const first = async (text: string, query: string): Promise<string | undefined> =>
      (await rankSections(buildIndex([parseTopic(text, 'calcium.md')]), query))[0]?.doc.section.heading;
    expect(await first(topic(LISTED), 'chalky pills')).toBe('Calcium tablets');
    expect(await first(topic(LISTED), 'minerals')).toBe('');
    expect(await first(topic(''), 'chalky pills')).toBeUndefined();
  });

  it('are searched alike by every read of a folder, and never shown', async () => {
    const dir = temp();
    const plain = join(dir, 'plain');
    const indexed = join(dir, 'indexed');
    for (const folder of [plain, indexed]) {
      mkdirSync(folder);
      writeFileSync(join(folder, 'calcium.md'), topic(LISTED));
    }
    expect((await osteo(['index', indexed], { contentDir: null })).code).toBe(0);
    const answers: string[] = [];
    for (const folder of [plain, indexed]) {
      const json = await osteo(['--content-dir', folder, 'search', '--json', 'chalky pills'], { contentDir: null });
      expect(json.code).toBe(0);
      const results = (JSON.parse(json.stdout) as { results: { section: string }[] }).results;
      expect(results[0]?.section).toBe('Calcium tablets');
      answers.push(json.stdout);
      const text = await osteo(['--content-dir', folder, 'search', 'chalky pills'], { contentDir: null });
      expect(text.stdout).toContain('Take them with a meal');
      expect(text.stdout).not.toContain('upset my stomach');
    }
    expect(answers[1]).toBe(answers[0]);
    const shown = await osteo(['--content-dir', plain, 'explain', 'calcium', '--json'], { contentDir: null });
    expect(shown.code).toBe(0);
    expect(shown.stdout).not.toContain('upset my stomach');
  });
});
