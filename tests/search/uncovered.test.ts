// Honest limits on the shipped topics: a question whose subject the library lacks is told so,
// even when it also names a topic, and small chatty words are never taken for a subject.
import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../src/search/normalize.js';
import { osteo } from '../helpers/io.js';

const search = (q: string) => osteo(['search', q, '--json', '--limit', '3'], { contentDir: null });
const sections = (stdout: string): string[] =>
  (JSON.parse(stdout) as { results: { topic: string; section: string }[] }).results.map(
    (r) => `${r.topic} › ${r.section}`,
  );

describe('a question that names a topic but asks about something the library lacks', () => {
  it('is told osteo has nothing on it when the unknown words outweigh the known (exit 1)', async () => {
    for (const [q, word] of [
      ['osteoporosis in hamsters', 'hamsters'],
      ['vitamin d for racehorses and ponies', 'racehorses'],
    ] as const) {
      const r = await osteo(['search', q], { contentDir: null });
      expect(r.code, q).toBe(1);
      expect(r.stderr, q).toMatch(new RegExp(`^osteo has nothing on .*'${word}'`));
      expect(r.stdout, q).toBe('');
    }
  });

  it('is answered when it says a medicine by a name few sections use, beside one odd word', async () => {
    // "binosto" is a brand the bisphosphonates topic names; "fizzy" is in no topic.
    const r = await search('binosto fizzy tablet in the morning');
    expect(r.code).toBe(0);
    expect(sections(r.stdout)[0]).toMatch(/^bisphosphonates › /);
  });

  it('is still told so when what it adds outweighs the name', async () => {
    const r = await osteo(['search', 'prolia for hamsters gerbils and rabbits'], { contentDir: null });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^osteo has nothing on /);
  });

  it('is answered when a prefix is typed as a word of its own ("post menopause")', async () => {
    await expectFirstSections([
      ['calcium dose post menopause', /^nutrition › /],
      ['vitamin d intake pre diabetic', /^vitamin-d › /],
    ]);
  });

  it('is answered when only who said it is new to the library, not what they said', async () => {
    // "woman", "youtube" and "myth" say where the claim came from; heel drops are what is asked.
    await expectFirstSections([['the woman on youtube says heel drops build bone, is that a myth', /^exercise › /]]);
    // What was said is still the subject: a claim about hamsters is one the library lacks.
    const r = await osteo(['search', 'my neighbour says hamsters and gerbils get osteoporosis'], { contentDir: null });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^osteo has nothing on 'hamsters', 'gerbils'/);
  });

  it('is still answered when one odd word sits beside what the library knows', async () => {
    const r = await search('weak legs after gardening in the drizzle');
    expect(r.code).toBe(0);
    expect(sections(r.stdout)[0]).toMatch(/gardening/i);
  });
});

/** Each question is answered (exit 0), and its first section is, or matches, the one given. */
async function expectFirstSections(cases: readonly (readonly [string, string | RegExp])[]): Promise<void> {
  for (const [q, want] of cases) {
    const r = await search(q);
    expect(r.code, q).toBe(0);
    if (typeof want === 'string') expect(sections(r.stdout)[0], q).toBe(want);
    else expect(sections(r.stdout)[0], q).toMatch(want);
  }
}

describe('the people, places and feelings a question is told with', () => {
  it('are not its subject: a relative, a country or a dislike never makes it "nothing on"', async () => {
    await expectFirstSections([
      ['how can i get my gran to eat more calcium, she hates milk', /^nutrition › /],
      ['my sister in france is on prolia, how often is the injection', /^denosumab › /],
    ]);
  });

  it('are not a letter, a summary or a contraction: what the letter says is the subject', async () => {
    await expectFirstSections([
      ['what is a vfa scan', /^diagnosis › /],
      ['the letter says nof fracture, what does it mean', /^hip-fracture › /],
      ['weve been told its neurogenic claudication', /^sciatica › /],
      ['report says narrowing at l3 l4, what does that mean', /^sciatica › /],
      ['how do i get to the loo safely at night', /^falls › /],
    ]);
  });

  it('are not a day, a month or a holiday, and a medicine is read as the kind the topics name', async () => {
    await expectFirstSections([
      ['does xanax make you unsteady', 'bone-weakening-medicines › Medicines that make falls more likely'],
      ['flomax making me light headed', 'other-causes › Dizzy, with weak or wobbly legs'],
      [
        'forgot my weekly tablet on friday, can i take it saturday',
        'bisphosphonates › How to take bisphosphonate tablets',
      ],
      ['knee pain going downstairs since the weekend', /^osteoarthritis › /],
    ]);
  });

  it('reads a plant milk, a length of treatment and "lying" in the words the topics use', async () => {
    await expectFirstSections([
      ['lying down straight after my alendronate', 'bisphosphonates › How to take bisphosphonate tablets'],
      ['is almond milk good for calcium', 'nutrition › Foods rich in calcium and vitamin D'],
      ['forteo duration of treatment', 'bone-building-medicines › How each medicine is given'],
    ]);
  });

  it('reads "American" and "British" as the US and UK the topics give guidance for', async () => {
    await expectFirstSections([
      ['american advice on how much calcium a day', 'nutrition › How much calcium and vitamin D you need'],
    ]);
  });
});

describe('who a question is for', () => {
  // vocabulary.yml's generic words: "for beginners" says who asks, not what about.
  it('does not make a question "nothing on" ("for beginners")', async () => {
    const r = await search('balance classes for beginners');
    expect(r.code).toBe(0);
    expect(sections(r.stdout)[0]).toMatch(/^falls › /);
  });
});

describe('chatty small words', () => {
  it("are stop words, as the stock list's own are", () => {
    for (const word of ['till', 'til', 'until', 'gonna', 'pls', 'thanks', 'u', 'whether'])
      expect(isStopWord(word), word).toBe(true);
    expect(isStopWord('wrist')).toBe(false);
  });

  it('include the words like "himself" that the stock list leaves out', () => {
    for (const word of ['itself', 'herself', 'myself', 'yourself', 'themselves', 'ourselves'])
      expect(isStopWord(word), word).toBe(true);
  });

  it('change nothing in what a question finds, and never make it "nothing on"', async () => {
    const plain = await search('how long a broken wrist takes to heal');
    const chatty = await search('pls how long till a broken wrist takes to heal thanks');
    expect(chatty.code).toBe(0);
    expect(sections(chatty.stdout)).toEqual(sections(plain.stdout));
  });
});
