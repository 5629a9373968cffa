import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { suggestTopics } from '../../src/search/fuzzy.js';
import { resolveSection } from '../../src/search/resolve.js';
import { exactTopic, resolveTopic, startsWords } from '../../src/search/resolve.js';
import { stem, toKey, tokenize, toTerms } from '../../src/search/normalize.js';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { topicNames } from '../../src/topics/names.js';
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

describe('exactTopic, which stems only names that could match', () => {
  // It skips a name whose meaningful words differ in first letter from the question's stems:
  // sound only while a stem keeps its word's first letter.
  it('a stem keeps its first letter, for every English word and every word of the shipped topics', () => {
    const english = createRequire(import.meta.url)('an-array-of-english-words/index.json') as string[];
    const shipped = loadTopics(SHIPPED_CONTENT).topics.flatMap((t) =>
      tokenize([t.title, ...t.aliases, ...t.sections.map((s) => `${s.heading} ${s.markdown}`)].join(' ')),
    );
    const changed = [...new Set([...english, ...shipped])].filter((word) => stem(word)[0] !== word[0]);
    expect(changed).toEqual([]);
  });

  it('finds a topic by each name of the shipped topics, and by their plurals and capitals, as stemming every name did', async () => {
    const shipped = loadTopics(SHIPPED_CONTENT).topics;
    // The lookup as it was: every name of every topic stemmed.
    const before = (name: string): string | undefined => {
      const wanted = name.trim().toLowerCase();
      const byId = shipped.find((t) => t.id === wanted || t.id === tokenize(wanted).join('-'));
      if (byId) return byId.id;
      const key = toKey(name);
      const named = key === '' ? [] : shipped.filter((t) => topicNames(t).some((n) => toKey(n) === key));
      return named.length === 1 ? named[0]?.id : undefined;
    };
    const names = shipped.flatMap((t) => topicNames(t)).flatMap((n) => [n, `${n}s`, n.toUpperCase(), `the ${n}`]);
    expect(names.length).toBeGreaterThan(1000);
    for (const name of names) expect((await exactTopic(shipped, name))?.topic.id, name).toBe(before(name));
  });

  // A name is tokenized only if startsWords lets it through: it must let through every name the
  // words could be read from.
  it('lets through every name its own words come from, however it is written', () => {
    const shipped = loadTopics(SHIPPED_CONTENT).topics.flatMap((t) => topicNames(t));
    const written = [
      "O'Brien's knee test",
      'X-ray: what-to-expect',
      'vitamin D3 (cholecalciferol)',
      'T-score of -2.5',
      '"Brittle" bones',
      'ÉPAULE gelée',
      'mum’s hip',
      'weak_legs',
    ];
    for (const name of [...shipped, ...written, ...shipped.map((n) => n.toUpperCase())]) {
      expect(startsWords(toTerms(name))(name), name).toBe(true);
    }
  });

  it('stops a plain name without a word starting with each first letter', () => {
    const starts = startsWords(toTerms('weak legs'));
    expect(starts('Bone medicines')).toBe(false);
    expect(starts('Weak, heavy or tired legs')).toBe(true);
    // "w" and "l" inside words are not at a word's start.
    expect(starts('slow fall')).toBe(false);
    expect(starts('Walking with less pain')).toBe(true);
  });
});
