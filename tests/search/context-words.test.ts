// The words after "for", "with" or "since" set the scene of a question ("naproxen for a stiff knee"):
// they count less than what is asked, so the medicine answers, not the knee.
import { describe, expect, it } from 'vitest';
import { findAnswers } from '../../src/search/answers.js';
import { ALL_IDEAS } from '../../src/search/ideas.js';
import { parseQuery } from '../../src/search/query.js';
import { openLibrary } from '../../src/library/open.js';
import { openVocabulary } from '../../src/library/vocabulary.js';
import { BUILT_VOCABULARY, PLACES, SHIPPED_CONTENT } from '../../src/paths.js';

const library = await openLibrary(SHIPPED_CONTENT, { search: true }, PLACES);
const index = await library.index?.();
if (!index) throw new Error('the shipped index is needed (npm run build)');
const vocabulary = await openVocabulary(SHIPPED_CONTENT, SHIPPED_CONTENT, BUILT_VOCABULARY);
const context = async (q: string): Promise<string[]> =>
  (await parseQuery(index, q, vocabulary)).filter((w) => w.context).map((w) => w.word);
const firstTopic = async (q: string, contextWords = true): Promise<string | undefined> =>
  (await findAnswers(library.topics, q, { limit: 3, index, vocabulary, ideas: { ...ALL_IDEAS, contextWords } }))
    .results[0]?.doc.topic.id;

describe('words that set the scene', () => {
  it('are the meaningful words after the first "for" or "with" that follows something asked', async () => {
    expect(await context('naproxen for a stiff knee')).toEqual(['stiff', 'knee']);
    expect(await context('swimming with brittle bones')).toEqual(['brittle', 'bones']);
    expect(await context('sad and tearful since my diagnosis')).toEqual(['diagnosis']);
  });

  it('are the words a cause is said to affect: "does smoking affect bone density"', async () => {
    expect(await context('does smoking affect bone density')).toEqual(['bone', 'density']);
    expect(await firstTopic('does smoking affect bone density')).toBe('nutrition');
    expect(await firstTopic('does smoking affect bone density', false)).toBe('diagnosis');
  });

  it('are not what a diagnosis is "with": that is the subject, and "diagnosed" a generic word', async () => {
    const words = await parseQuery(index, 'newly diagnosed with osteoporosis what now', vocabulary);
    expect(words.filter((w) => w.context)).toEqual([]);
    expect(words.find((w) => w.word === 'diagnosed')?.generic).toBe(true);
    expect(await firstTopic('newly diagnosed with osteoporosis what now')).toBe('osteoporosis');
    expect(await firstTopic('newly diagnosed with osteoporosis what now', false)).toBe('diagnosis');
    // Not told "with", it is what is asked.
    expect(
      (await parseQuery(index, 'how is osteoporosis diagnosed', vocabulary)).find((w) => w.word === 'diagnosed')
        ?.generic,
    ).toBe(false);
    expect(await firstTopic('how is osteoporosis diagnosed')).toBe('diagnosis');
    // Other generic words still name a topic: "help someone up" is what carers is called.
    expect(await firstTopic('how to help someone up after a fall')).toBe('carers');
  });

  it('are none when nothing is asked before the "for" or "with", or nothing comes after it', async () => {
    expect(await context('what to do with a broken wrist')).toEqual([]);
    expect(await context('is there anything for')).toEqual([]);
    expect(await context('tired after a hip operation')).toEqual([]);
  });

  it('let what is asked choose the topic (and without the idea, the scene did)', async () => {
    for (const [q, asked, scene] of [
      ['paracetamol for hip arthritis', 'pain-relief', 'osteoarthritis'],
      ['naproxen for a stiff knee', 'pain-relief', 'osteoarthritis'],
    ] as const) {
      expect(await firstTopic(q), q).toBe(asked);
      expect(await firstTopic(q, false), q).toBe(scene);
    }
  });
});

describe('"on" as the scene', () => {
  it('is the medicine or the test a thing asked about comes with', async () => {
    expect(await context('thigh pain on alendronate')).toEqual(['alendronate']);
    expect(await context('what is a z score on a bone density scan')).toEqual(['bone', 'density', 'scan']);
  });

  it('is not being on a medicine, on your feet, or a story before its question', async () => {
    expect(await context('how long can you stay on prolia')).toEqual([]);
    expect(await context('five years on alendronate what next')).toEqual([]);
    expect(await context('unsteady on my feet')).toEqual([]);
    expect(await context('slipped on the ice and hurt my wrist is it broken')).toEqual([]);
    // a space after the question mark is not a sentence of its own
    expect(await context('thigh pain on alendronate? ')).toEqual(['alendronate']);
    expect(await context('broke my wrist slipping on ice do i need a bone scan')).not.toContain('bone');
  });
});

describe('a story told before the question', () => {
  it('sets the scene: its words count less, but not those the question says again', async () => {
    const q = 'Slipped on the ice last winter and broke my wrist. How can I build my strength up again?';
    // ("up" in "build my strength up" is not getting up: see below)
    expect(await context(q)).toEqual(['slipped', 'ice', 'last', 'winter', 'broke', 'wrist', 'up']);
    const again = 'My wrist broke on the ice. Can strength exercises help a wrist?';
    expect(await context(again)).not.toContain('wrist');
  });

  it('is read in one sentence too, from a helping verb and its subject or from how, what or why', async () => {
    expect(await context('slipped on the ice and broke my wrist how can i build my strength up')).toEqual([
      'slipped',
      'ice',
      'broke',
      'wrist',
      'up',
    ]);
    expect(await context('broke my wrist slipping on ice at 58 do i need a bone density test')).toEqual([
      'broke',
      'wrist',
      'slipping',
      'ice',
      '58',
    ]);
    // "when" joins the story's own parts
    expect(await context('my knee hurts and swells up when i walk to the shops')).toEqual(['up']);
  });

  it('is read after a question asked first, too: "Do men get osteoporosis? My husband just broke his wrist"', async () => {
    expect(await context('Do men get osteoporosis? My husband is 72 and just broke his wrist on the ice.')).toEqual([
      'husband',
      '72',
      'broke',
      'wrist',
      'ice',
    ]);
    expect(await firstTopic('Do men get osteoporosis? My husband is 72 and just broke his wrist on the ice.')).toBe(
      'men',
    );
    // "Any tips?" names too little to be the question
    expect(await context('Any tips? My mum has osteoporosis and keeps falling over.')).toEqual([]);
  });

  it('is not the scene when the question names too little of its own, or points back at it', async () => {
    expect(await context('Slipped on the ice and broke my wrist. Is this normal?')).toEqual([]);
    expect(await context('ache all over after my bone infusion how long does it last')).toEqual([]);
    expect(await context('too short a story do i need')).toEqual([]);
  });
});

describe('"up" that is not getting up', () => {
  it('counts as little as a scene word, unless get or help comes just before it', async () => {
    expect(await context('i go dizzy if i stand up too fast')).toEqual(['up']);
    expect(await context('my legs ache walking up the hill')).toEqual(['up']);
    expect(await context('what if i cannot get up after a tumble')).toEqual([]);
    expect(await context('best way to help my husband up from the carpet')).toEqual([]);
  });

  it('lets standing up find the dizzy section, not getting up (without the idea, it did not)', async () => {
    const q = 'going dizzy when standing up, keep nearly falling';
    expect(await firstTopic(q)).toBe('other-causes');
    expect(await firstTopic(q, false)).toBe('falls');
  });
});
