import { describe, expect, it } from 'vitest';
import { suggestTopics } from '../../src/search/fuzzy.js';
import { resolveSection } from '../../src/search/resolve.js';
import { resolveTopic } from '../../src/search/resolve.js';
import { loadTopics } from '../../src/topics/load.js';
import type { Topic } from '../../src/topics/types.js';
import { FIXTURES } from '../helpers/io.js';

const topics = loadTopics(FIXTURES).topics;
const resolved = async (name: string): Promise<string> => {
  const r = await resolveTopic(topics, name);
  return r.kind === 'found' ? `${r.topic.id} (${r.via})` : `unknown: ${r.suggestions.join(', ')}`;
};

describe('resolveTopic', () => {
  it.each([
    ['exact id', 'hip-fracture', 'hip-fracture (id)'],
    ['id typed with spaces', 'hip fracture', 'hip-fracture (id)'],
    ['id in capitals', 'CALCIUM', 'calcium (id)'],
    ['exact title', 'Walking and balance', 'walking (name)'],
    ['alias', 'broken hip', 'hip-fracture (name)'],
    ['alias in another word form', 'Broken Hips', 'hip-fracture (name)'],
    ['brand-name alias', 'Fosamax', 'calcium (name)'],
    ['title with accents typed without', 'nerve pain nevralgie', 'nerve-pain (name)'],
    ['a typo', 'calcuim', 'calcium (fuzzy)'],
    ['a typo in an alias', 'sciatca', 'nerve-pain (fuzzy)'],
  ])('%s: %s', async (_name, query, expected) => {
    expect(await resolved(query)).toBe(expected);
  });

  it('gives suggestions, not a guess, when nothing is close', async () => {
    expect(await resolved('xyzzy')).toBe('unknown: ');
  });

  it('does not pick between two equally close topics', async () => {
    const twins = [
      { ...topics[0], id: 'left-knee', title: 'Left knee', aliases: [] },
      { ...topics[0], id: 'left-keen', title: 'Left keen', aliases: [] },
    ] as Topic[];
    const r = await resolveTopic(twins, 'left kene');
    expect(r.kind).toBe('unknown');
    expect(r.kind === 'unknown' && r.suggestions.sort()).toEqual(['left-keen', 'left-knee']);
  });
});

describe('suggestTopics', () => {
  it('lists up to three ids that look like the text, best first', () => {
    expect(suggestTopics(topics, 'walkng')[0]).toBe('walking');
    expect(suggestTopics(topics, 'qqqqqq')).toEqual([]);
  });
});

describe('resolveSection', () => {
  const walking = topics.find((t) => t.id === 'walking');
  if (!walking) throw new Error('fixture missing');
  it.each([
    ['exact heading', 'Balance exercises', 'Balance exercises'],
    ['one word of a heading', 'help', 'When to get help'],
    ['other case and form', 'balance exercise', 'Balance exercises'],
    ['a typo', 'balanse', 'Balance exercises'],
  ])('%s', async (_name, query, heading) => {
    expect((await resolveSection(walking, query))?.heading).toBe(heading);
  });

  it('returns null when no heading is close', async () => {
    expect(await resolveSection(walking, 'zzzz')).toBeNull();
  });
});
