import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, type TermHit } from '../../src/search/memory-index.js';
import { pickResults } from '../../src/search/pick.js';
import { matchQuality, rankSections, type SearchHit } from '../../src/search/search.js';
import { stem } from '../../src/search/normalize.js';
import { compileVocabulary } from '../../src/search/vocabulary.js';
import { loadTopics } from '../../src/topics/load.js';
import { parseTopic } from '../../src/topics/parse.js';
import { readVocabularyFile } from '../../src/topics/vocabulary-file.js';
import { FIXTURES } from '../helpers/io.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const index = buildIndex(loadTopics(FIXTURES).topics);
// The shipped vocabulary, as the CLI reads it.
const shippedVocabulary = compileVocabulary(
  readVocabularyFile(CONTENT) ?? { synonyms: {}, spellings: [], generic: [], questions: [] },
);

/** A folder of topics, each written as `{id: [title, body]}`, indexed as buildIndex does. */
function topicFolder(prefix: string, pages: Record<string, [string, string]>): ReturnType<typeof buildIndex> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [id, [title, body]] of Object.entries(pages))
    writeFileSync(
      join(dir, `${id}.md`),
      `---\nid: ${id}\ntitle: ${title}\nsummary: About ${title}.\nreviewed: 2026-03-10\nsources:\n  - title: NHS\n    url: https://www.nhs.uk/\n---\n${body}\n`,
    );
  return buildIndex(loadTopics(dir).topics);
}

const top = async (query: string): Promise<string | undefined> => {
  const hit = (await rankSections(index, query))[0];
  return hit && `${hit.doc.topic.id} › ${hit.doc.section.heading}`;
};

describe('rankSections', () => {
  it.each([
    ['a heading word', 'balance', 'walking › Balance exercises'],
    ['several words, any order', 'alendronate thigh pain', 'calcium › Thigh pain on alendronate'],
    ['plural and case', 'Broken Hips', 'hip-fracture › Signs of a broken hip'],
    ['an alias (brand name) reaches its topic', 'fosamax', 'calcium › '],
    ['accents ignored', 'nevralgie', 'nerve-pain › '],
    ['a typo', 'alendronte', 'calcium › Thigh pain on alendronate'],
    ['stop words ignored', 'what are the foods rich in calcium', 'calcium › Foods rich in calcium'],
  ])('%s: %s', async (_name, query, expected) => {
    expect(await top(query)).toBe(expected);
  });

  // Not "numbness": the stemmer alone makes that "numb", so the table was never tested by it.
  it('a lay word reaches its topic through the shipped vocabulary, and only through it', async () => {
    const hit = (await rankSections(index, 'wobbly', shippedVocabulary))[0];
    expect(hit && `${hit.doc.topic.id} › ${hit.doc.section.heading}`).toBe('walking › Balance exercises');
    // Neither the stemmer nor the fixtures make the match on their own.
    expect(stem('wobbly')).not.toBe(stem('balance'));
    expect(await rankSections(index, 'wobbly')).toEqual([]);
  });

  it('finds nothing for words the content does not have', async () => {
    expect(await rankSections(index, 'zebra xylophone')).toEqual([]);
    expect(await rankSections(index, 'the and of')).toEqual([]);
    expect(await rankSections(index, '')).toEqual([]);
  });

  it('scores in 0..1 with 1 for every word in a heading', async () => {
    const hits = await rankSections(index, 'balance exercises');
    expect(hits[0]?.score).toBe(1);
    for (const hit of await rankSections(index, 'pain walking calcium')) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
  });

  it('ranks a section matching every word above one matching only the common word', async () => {
    const hits = await rankSections(index, 'thigh pain alendronate');
    const both = hits.find((h) => h.doc.section.heading === 'Thigh pain on alendronate');
    const painOnly = hits.find((h) => h.doc.section.heading === 'Pain when walking');
    expect(both && painOnly && both.score > painOnly.score).toBe(true);
  });

  it('ranks an exact word above a typo match of it', async () => {
    const exact = (await rankSections(index, 'balance'))[0]?.score ?? 0;
    const typo = (await rankSections(index, 'balanse'))[0]?.score ?? 0;
    expect(typo).toBeGreaterThan(0);
    expect(exact).toBeGreaterThan(typo);
  });
});

describe('citation markers', () => {
  it('are not words of a section: an age in a question does not find the section citing source 74', async () => {
    const cited = topicFolder('osteo-cite-', {
      signs: ['Signs', '## Warning signs\n\nA cough with a fever [74]. See also [19, 69].'],
      ages: ['Ages', '## Checks by age\n\nA check at 74 or older.'],
    });
    const hits = await rankSections(cited, '74');
    expect(hits.map((h) => h.doc.topic.id)).toEqual(['ages']);
    expect(await rankSections(cited, '69')).toEqual([]);
  });
});

describe('a question that only names a topic', () => {
  // Topic B uses topic A's name and the question's side words often; the question is still about A.
  const named = topicFolder('osteo-named-', {
    gout: ['Gout', 'Gout is a kind of arthritis.\n\n## Who gets it\nMostly men.'],
    diet: [
      'Eating well',
      'Food matters.\n\n## Plain food\nPlain simple words on gout: plain simple food, simple plain words.',
    ],
  });
  const vocabulary = { expand: {}, spellings: {}, generic: ['simpl', 'plain', 'word'], words: [] };

  it.each(['gout in plain simple words', 'gowt in plain simple words'])(
    '%s: the topic it names comes first, at its opening',
    async (query) => {
      const hits = await rankSections(named, query, vocabulary);
      expect(hits[0]?.doc.topic.id).toBe('gout');
      expect(hits[0]?.doc.position).toBe(0);
      expect(hits.some((h) => h.doc.topic.id === 'diet')).toBe(true);
    },
  );
});

describe('a question that names a topic only by an alias one section covers', () => {
  // The opening never says "sleeping pills" (nor the title's words); the falls section does, twice.
  const aliased = buildIndex([
    parseTopic(
      '---\nid: bone-medicines\ntitle: Medicines and bones\naliases: [sleeping pills]\n---\nRead this before you start a new tablet.\n\n' +
        '## Steroids\nSteroids are medicines that can thin your bones.\n\n## Medicines that cause falls\nSleeping pills make you drowsy, so a fall is more likely. Take sleeping pills only as prescribed.\n',
      'pills.md',
    ),
  ]);

  it('is answered by that section, not by the opening', async () => {
    const hits = await rankSections(aliased, 'sleeping pills', shippedVocabulary);
    expect(hits[0]?.doc.section.heading).toBe('Medicines that cause falls');
  });

  it('a question that says the title still gets the opening, however little it says the words', async () => {
    const hits = await rankSections(aliased, 'bone medicines', shippedVocabulary);
    expect(hits[0]?.doc.position).toBe(0);
  });
});

describe('a title that lists what its topic covers', () => {
  // "Tablets: alendronate, risedronate" names the topic by each item, not by all of them at once.
  const listed = buildIndex([
    parseTopic(
      '---\nid: tablets\ntitle: "Tablets: alendronate, risedronate"\n---\nAlendronate and risedronate are tablets.\n\n' +
        '## Which one do I take?\nAlendronate is weekly; risedronate is weekly or monthly. Alendronate and risedronate work as well.\n\n## When to get help\nAsk your doctor.\n',
      'tablets.md',
    ),
  ]);

  it('a question comparing two of its items is answered by the section that compares them', async () => {
    const hits = await rankSections(listed, 'alendronate vs risedronate', shippedVocabulary);
    expect(hits[0]?.doc.section.heading).toBe('Which one do I take?');
  });

  it.each(['alendronate', 'tablets'])('a question that says only one of them (%s) gets the opening', async (query) => {
    const hits = await rankSections(listed, query, shippedVocabulary);
    expect(hits[0]?.doc.position).toBe(0);
  });
});

describe('a word weighs as its forms together', () => {
  // "broke" is in one section, but "broken" and "break" are everywhere: the rare form must not
  // make "broken" outweigh "recovery", the word that says which section answers.
  const forms = topicFolder('osteo-forms-', {
    hips: [
      'Hips',
      'About hips.\n\n## Getting well\nRecovery takes a few months. Walk a little more each day.\n\n## Another break\nA broken bone raises the chance of another break. She broke it once.',
    ],
    // Four topics where "broken" and "break" are in every section.
    ...Object.fromEntries(
      ['one', 'two', 'three', 'four'].map((n): [string, [string, string]] => [
        n,
        [
          `Topic ${n}`,
          `Intro ${n}.\n\n## Part ${n}\nA broken bone or a break needs care.\n\n## More ${n}\nAnother break can follow a broken arm.`,
        ],
      ]),
    ),
  });

  it('a rare form of a common word does not choose the section', async () => {
    const hits = await rankSections(forms, 'broken recovery', shippedVocabulary);
    expect(hits.map((h) => `${h.doc.topic.id} › ${h.doc.section.heading}`).slice(0, 2)).toEqual([
      'hips › Getting well',
      'hips › Another break',
    ]);
  });
});

describe('a part of a section, headed ###', () => {
  // "### Sleep and pain" says what its section answers as much as the section's own heading does.
  const parts = topicFolder('osteo-parts-', {
    rest: [
      'Rest',
      'About rest.\n\n## Tired all the time\nMany things make you tired.\n\n### Sleep and pain\nGo to bed at the same time.\n\n## Pain at night\nPain can spoil sleep, and poor sleep makes pain worse.',
    ],
  });

  it('counts its heading as a heading of the section', async () => {
    const hits = await rankSections(parts, 'sleep');
    expect(hits[0]?.doc.section.heading).toBe('Tired all the time');
  });
});

describe('matchQuality', () => {
  const hit = (fields: Partial<TermHit>): TermHit => ({
    inName: false,
    inTags: false,
    inHeading: false,
    bodyCount: 0,
    ...fields,
  });

  it('orders a fully named topic > a heading > a partly named topic > a tag > body text', () => {
    const named = matchQuality(hit({ inName: true }), 1);
    const heading = matchQuality(hit({ inHeading: true }));
    const partlyNamed = matchQuality(hit({ inName: true }), 1 / 3);
    const tag = matchQuality(hit({ inTags: true }));
    const body = matchQuality(hit({ bodyCount: 1 }));
    expect(named).toBeGreaterThan(heading);
    expect(heading).toBeGreaterThan(partlyNamed);
    expect(partlyNamed).toBeGreaterThan(tag);
    expect(tag).toBeGreaterThan(body);
  });

  it('rewards the section of a named topic that also uses the word, most of all in its heading', () => {
    const nameOnly = matchQuality(hit({ inName: true }));
    const inBody = matchQuality(hit({ inName: true, bodyCount: 1 }));
    const inHeading = matchQuality(hit({ inName: true, inHeading: true }));
    expect(inBody).toBeGreaterThan(nameOnly);
    expect(inHeading).toBeGreaterThan(inBody);
  });

  it('counts repeated use of a word in the body, up to a point', () => {
    expect(matchQuality(hit({ bodyCount: 3 }))).toBeGreaterThan(matchQuality(hit({ bodyCount: 1 })));
    expect(matchQuality(hit({ bodyCount: 50 }))).toBe(matchQuality(hit({ bodyCount: 5 })));
  });
});

describe('pickResults', () => {
  const hit = (topic: string, heading: string, score: number): SearchHit =>
    ({ doc: { topic: { id: topic }, section: { heading }, position: 0 }, score, terms: [] }) as unknown as SearchHit;

  it('shows the best section of each topic first, then the rest under more', () => {
    const hits = [hit('a', '1', 0.9), hit('a', '2', 0.8), hit('b', '1', 0.5), hit('c', '1', 0.4)];
    const { results, more } = pickResults(hits, 2);
    expect(results.map((h) => `${h.doc.topic.id}${h.doc.section.heading}`)).toEqual(['a1', 'b1']);
    expect(more.map((h) => `${h.doc.topic.id}${h.doc.section.heading}`)).toEqual(['a2', 'c1']);
  });

  it('fills with further sections when fewer topics match than the limit', () => {
    const { results, more } = pickResults([hit('a', '1', 0.9), hit('a', '2', 0.8)], 3);
    expect(results).toHaveLength(2);
    expect(more).toEqual([]);
  });

  it('orders more as a stable sort by score would, for any hits best first', () => {
    // The plain version: more is every hit not shown, sorted by score, ties in list order.
    const reference = (hits: SearchHit[], limit: number): SearchHit[] => {
      const seen = new Set<string>();
      const firsts = hits.filter((h) => !seen.has(h.doc.topic.id) && seen.add(h.doc.topic.id));
      const rest = hits.filter((h) => !firsts.includes(h));
      const results = [...firsts.slice(0, limit), ...rest].slice(0, limit);
      return [...firsts.slice(limit), ...rest].filter((h) => !results.includes(h)).sort((a, b) => b.score - a.score);
    };
    const hits = fc
      .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.integer({ min: 0, max: 8 })), { maxLength: 30 })
      .map((list) => list.map(([topic, s], i) => hit(topic, String(i), s / 8)).sort((x, y) => y.score - x.score));
    fc.assert(
      fc.property(hits, fc.integer({ min: 1, max: 8 }), (list, limit) => {
        expect(pickResults(list, limit).more).toEqual(reference(list, limit));
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });
});

describe('a question that says a topic’s name in full', () => {
  // The injection topic never says "long"; the tablets topic answers "how long to stay on" and
  // names Prolia in passing. The question is about Prolia (without the weight of a full name said
  // in a section that uses it, the tablets came first here).
  const library = buildIndex([
    parseTopic(
      '---\nid: jabs\ntitle: Bone injections\naliases: [prolia]\n---\nProlia is a bone injection every 6 months.\n\n' +
        '## Why Prolia must never just stop\nIf Prolia stops, bone is lost fast. Stay on Prolia until your doctor plans what comes next.\n\n' +
        '## Side effects\nProlia can cause a rash or low calcium.\n',
      'jabs.md',
    ),
    parseTopic(
      '---\nid: tablets\ntitle: Bone tablets\n---\nTablets are taken once a week.\n\n' +
        '## How long to stay on tablets\nMost people stay on tablets for 5 years, then a doctor checks. Some move on to Prolia.\n',
      'tablets.md',
    ),
    // Other topics make "long" a common word, as it is in a real library, and "prolia" a rare one.
    ...['walks', 'sleep', 'rest', 'meals', 'baths', 'trips'].map((id) =>
      parseTopic(
        `---\nid: ${id}\ntitle: About ${id}\n---\nHow long ${id} last.\n\n## How long is enough\nNot too long. Stay as you are.\n\n## More\nAs long as you like.\n`,
        `${id}.md`,
      ),
    ),
  ]);

  it('is answered by that topic, not by another topic’s heading that names it in passing', async () => {
    const hits = await rankSections(library, 'how long can you stay on prolia', shippedVocabulary);
    expect(hits[0]?.doc.topic.id).toBe('jabs');
    expect(hits.some((h) => h.doc.topic.id === 'tablets')).toBe(true);
  });
});

describe('a name the stop list cuts to one word', () => {
  // "Other causes" is "caus" once "other" goes: a question about what causes pain does not name it.
  const library = buildIndex([
    parseTopic(
      '---\nid: other-causes\ntitle: Other reasons legs ache\nsummary: Reasons besides osteoporosis that legs ache.\n---\nMany things make legs ache.\n\n' +
        '## Do statins cause pain?\nStatins can cause pain in the legs.\n\n## Nerves\nNerve pain can cause burning.\n',
      'other-causes.md',
    ),
    parseTopic(
      '---\nid: aches\ntitle: Pain and tiredness\n---\nPain wears you down.\n\n' +
        '## Does osteoporosis cause pain?\nOsteoporosis does not cause pain until a bone breaks. The pain of a break eases in weeks.\n',
      'aches.md',
    ),
    ...['walks', 'sleep', 'meals'].map((id) =>
      parseTopic(
        `---\nid: ${id}\ntitle: About ${id}\n---\nOsteoporosis and ${id}.\n\n## More\nOsteoporosis again.\n`,
        `${id}.md`,
      ),
    ),
  ]);

  it('does not name its topic by that word', async () => {
    const hits = await rankSections(library, 'does osteoporosis cause pain', shippedVocabulary);
    expect(hits[0] && `${hits[0].doc.topic.id} › ${hits[0].doc.section.heading}`).toBe(
      'aches › Does osteoporosis cause pain?',
    );
  });
});

describe('plurals the stemmer does not join', () => {
  const library = buildIndex([
    parseTopic(
      '---\nid: cramp\ntitle: Cramp\n---\nCramp is common.\n\n## Calf cramp\nA calf cramp wakes you at night.\n',
      'cramp.md',
    ),
  ]);

  it('meet through the shipped vocabulary', async () => {
    expect(stem('calves')).not.toBe(stem('calf'));
    const hits = await rankSections(library, 'calves', shippedVocabulary);
    expect(hits[0]?.doc.section.heading).toBe('Calf cramp');
    expect(await rankSections(library, 'calves')).toEqual([]);
  });
});
