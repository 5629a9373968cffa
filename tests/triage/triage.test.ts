// Triage on the shipped rules (content/triage.yml), as the CLI runs it: signs fire at their
// level, and the sentence decides, not the word (history, negation, questions, everyday senses).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openTriage } from '../../src/library/triage.js';
import { openLibrary } from '../../src/library/open.js';
import { BUILT_TRIAGE, PLACES } from '../../src/paths.js';
import { compileTriage } from '../../src/search/triage/compile.js';
import { createTriage } from '../../src/search/triage/match.js';
import { correctTypo } from '../../src/search/triage/typos.js';
import { parseTriage } from '../../src/topics/triage-file.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const shippedRules = await openTriage(CONTENT, CONTENT, BUILT_TRIAGE);
// With the content's words known, as the CLI reads a question (a typo is told from a word the
// content uses).
const shipped = await openLibrary(CONTENT, { search: true }, PLACES);
const index = await shipped.index?.();
const contentWords = index?.hasWord ? { has: index.hasWord } : new Set(index?.words.keys());
shipped.close?.();
const triage = createTriage(shippedRules, contentWords);
const level = (text: string): string => triage.match(text)?.level ?? 'none';

interface Item {
  text: string;
  expect: 'emergency' | 'urgent' | 'none';
  why: string;
}

// Written by people who saw neither the rules nor each other's lists (development data: the rules
// were changed after their misses were seen). The held-out sets are scored by `npm run eval`.
const CORPUS = fileURLToPath(new URL('corpus/', import.meta.url));
const corpus = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(`${CORPUS}${f}`, 'utf8')) as Item[]).map((item) => ({ ...item, file: f })));

describe('the development corpus', () => {
  it('has at least 150 phrasings that must fire and 150 that must not', () => {
    expect(corpus.filter((c) => c.expect !== 'none').length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((c) => c.expect === 'none').length).toBeGreaterThanOrEqual(150);
  });

  it.each(corpus.filter((c) => c.expect === 'emergency'))('emergency: $text', ({ text }) => {
    expect(level(text)).toBe('emergency');
  });

  it.each(corpus.filter((c) => c.expect === 'urgent'))('urgent: $text', ({ text }) => {
    expect(level(text)).toBe('urgent');
  });

  it.each(corpus.filter((c) => c.expect === 'none'))('quiet: $text', ({ text }) => {
    expect(level(text)).toBe('none');
  });
});

// A development set whose urgent misses are still open (general-medical urgent signs the rules
// do not cover yet: see the closing note of issue 12). Its emergencies and quiet phrasings are
// held to the same standard as the corpus; its urgent items are counted by `npm run eval`.
const OPEN = fileURLToPath(new URL('open/', import.meta.url));
/** The texts of a list kept beside this file: items still open, each with why. */
function listed(file: string): Set<string> {
  return new Set(
    (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { text: string }[]).map((k) => k.text),
  );
}
const KNOWN_FALSE_ALARMS = listed('known-false-alarms.json');
// Emergencies the rules do not cover yet.
const KNOWN_MISSES = listed('known-missed-emergencies.json');
const open = readdirSync(OPEN)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(`${OPEN}${f}`, 'utf8')) as Item[]);

describe('the development set with open urgent misses', () => {
  it.each(open.filter((c) => c.expect === 'emergency' && !KNOWN_MISSES.has(c.text)))('emergency: $text', ({ text }) => {
    expect(level(text)).toBe('emergency');
  });

  // Listed, not hidden: each is still missed, so a fix fails here until it leaves the list.
  it.each([...KNOWN_MISSES])('known missed emergency, still open: %s', (text) => {
    expect(open.some((c) => c.text === text && c.expect === 'emergency')).toBe(true);
    expect(level(text)).not.toBe('emergency');
  });

  it.each(open.filter((c) => c.expect === 'none' && !KNOWN_FALSE_ALARMS.has(c.text)))('quiet: $text', ({ text }) => {
    expect(level(text)).toBe('none');
  });

  // Listed, not hidden: each still raises an alarm, so a fix fails here until it leaves the list.
  it.each([...KNOWN_FALSE_ALARMS])('known false alarm, still open: %s', (text) => {
    expect(open.some((c) => c.text === text && c.expect === 'none')).toBe(true);
    expect(level(text)).not.toBe('none');
  });
});

describe('the rules file', () => {
  const rules = parseTriage(readFileSync(`${CONTENT}/triage.yml`, 'utf8'));
  const signs = rules.signs.flatMap((sign) => sign.examples.map((text) => ({ id: sign.id, level: sign.level, text })));

  it.each(signs)('$id fires at $level on "$text"', ({ id, level: expected, text }) => {
    expect(triage.match(text)).toMatchObject({ level: expected });
    // The example fires its own sign, or a more serious one.
    const match = triage.match(text);
    if (match?.level === expected)
      expect([id, ...rules.signs.filter((s) => s.level === expected).map((s) => s.id)]).toContain(match.id);
  });

  it.each(rules.quiet)('stays quiet on "%s"', (text) => {
    expect(level(text)).toBe('none');
  });
});

describe('reading the sentence', () => {
  it.each([
    ['a sign now', 'my dad has had a stroke', 'emergency'],
    ['history', 'my dad had a stroke in 2016 and walks with a stick', 'none'],
    ['history, then a new sign', 'my dad had a stroke in 2016 and now his speech is slurred', 'emergency'],
    ['a risk question', 'what is the stroke risk with hrt', 'none'],
    ['a named stroke dated days back: history', 'the lady over the road had a big stroke on saturday', 'none'],
    ['a heart attack dated weeks back: history', 'my uncle had a heart attack three weeks ago, is it catching', 'none'],
    ['dated, then a sign now', 'our neighbour had a stroke last week and now his left arm is dead', 'emergency'],
    ['a dated stroke only guessed at still counts', 'i think my wife had a stroke last weekend', 'emergency'],
    ['a dated stroke of a parent still counts', 'my dad had a stroke last week', 'emergency'],
    [
      'a check found not normal settles nothing',
      'his smile droops on one side, tried the face test and it was not normal',
      'emergency',
    ],
    ['a check found normal settles', 'chest pain this morning, seen by the gp, tests all normal', 'none'],
    ['a place someone went to, then collapsed', 'nan walked down to the greenhouse collapsed by the door', 'emergency'],
    [
      'a negation stops at "since": what follows it happened',
      'she has not been right since she fell and now she cant get up',
      'emergency',
    ],
    ['…and still denies what it names', 'not had any chest pain since the stent', 'none'],
    ['"aint" is "isnt", not "faint"', 'i aint dizzy or anything just tired', 'none'],
    ['…and "aint breathing" is not breathing', 'she aint breathing', 'emergency'],
    // typed without its apostrophe, "that's" is one letter from the rule word "whats"
    ['"thats" is not read as "whats"', 'tylenol all morning, thats 12 pills', 'emergency'],
    [
      'a clause after a "but" of its own is new',
      'dad tripped on the step, no bones broken but hes been on the floor two hours',
      'emergency',
    ],
    [
      '…and a clause joined on to it by "and"',
      'gran tripped on the rug nothing broken but shes wedged and cant get up',
      'emergency',
    ],
    ['passed only in part', 'his chest pain cleared up a little but he looks grey and sweaty', 'emergency'],
    ['passed', 'his chest pain cleared up and he is fine now', 'none'],
    [
      '"it turned out" tells what was found, not a leg turned out',
      'she fell and it turned out she had tripped on the rug',
      'none',
    ],
    ['a building that collapsed', 'the old greenhouse collapsed in the wind', 'none'],
    ['a month told first is past', 'last month my dad had a stroke, how do i help him walk again', 'none'],
    ['…not a month since', 'he has been coughing up blood since last month', 'emergency'],
    ['…nor a sign told now after it', 'last month she was fine but now her face has dropped', 'emergency'],
    ['a whole strip of a named medicine', 'my dad swallowed a whole strip of his gabapentin', 'emergency'],
    ['"run out" at the start of a message', 'run out of her levetiracetam and the chemist is shut', 'urgent'],
    [
      'since starting a medicine is not a sudden onset',
      'since starting the co-codamol she has got more confused over the past few days',
      'urgent',
    ],
    ['weaker over a couple of years is long-standing', 'my thighs got weaker over the last couple of years', 'none'],
    [
      'bleeding on a blood thinner with feeling faint',
      'on edoxaban, my gums keep bleeding and i feel faint and clammy',
      'emergency',
    ],
    ['…and without it, the same day', 'on edoxaban and my gums bleed when i brush', 'urgent'],
    [
      'a blistering rash after a new medicine',
      'new tablets from the gp and now a rash with blisters all over',
      'emergency',
    ],
    ['…and blisters from shoes are not', 'blisters on my heels from new boots', 'none'],
    ['a sore throat on methotrexate', 'sore throat and shivery since last night, i take methotrexate', 'urgent'],
    ['…and a question about it is not', 'can methotrexate cause mouth ulcers', 'none'],
    [
      'a faint come round from at once is for the same day',
      'my wife keeled over in the shop but came round straight away and says she is fine',
      'urgent',
    ],
    [
      '…with a pounding heart, still 999',
      'fainted for a few seconds and my heart was pounding like mad beforehand',
      'emergency',
    ],
    [
      '…or the head hit in the faint',
      'fainted in the kitchen and cracked her head on the worktop, came round at once',
      'emergency',
    ],
    [
      '…and one not waking now, whatever came before',
      'he fainted once before and came round quickly, but today he will not wake up',
      'emergency',
    ],
    ['a charity named for strokes', 'is the stroke association any good for carers', 'none'],
    ['…and a stroke told beside it', 'i rang the stroke association and they said mum is having a stroke', 'emergency'],
    ['a habit for ages is not a cramp that will not stop', 'my feet cramp most nights for ages now', 'none'],
    [
      '…and one that has gone on for ages is',
      'this cramp in my calf has been going for ages and wont let go',
      'urgent',
    ],
    ['weaker through the day as a habit', 'my knees feel weaker throughout the day', 'none'],
    ['weaker through one day, told past', 'both his legs got weaker and weaker during the day', 'emergency'],
    ['not understanding, sudden', 'out of nowhere nan cant understand a thing we say to her', 'emergency'],
    ['not understanding, not sudden', 'grandad is hard of hearing and cant follow what we say', 'none'],
    ['a talk given is not talking', 'went to a talk about strokes at the library', 'none'],
    ['talking on the phone is talking', 'dad cant talk on the phone properly, his words come out wrong', 'emergency'],
    [
      'a sign told past a named history',
      'dad has a history of heart trouble grey and sweating with a crushing pain in his chest',
      'emergency',
    ],
    ['what a history names', 'mum has a history of falls and broken wrists, what exercises are safe', 'none'],
    ['a headache spelt as it sounds', 'suddenly the worst headake i have ever had', 'emergency'],
    ['a mild one spelt so', 'mild headake from reading', 'none'],
    [
      'a dated faint and a head injury on a blood thinner',
      'dad fainted and hit his head on friday and he is on rivaroxaban',
      'emergency',
    ],
    ['an information question', 'what does a clot in the leg feel like', 'none'],
    ['negation', 'no chest pain but my knees ache', 'none'],
    ['negation ends at "but"', 'no fever but i have chest pain', 'emergency'],
    ['prevention', 'how to stop mum falling and not being able to get up', 'none'],
    ['everyday sense: fit', 'keeping fit classes for over 70s', 'none'],
    ['a fit', 'he is having a fit', 'emergency'],
    ['everyday sense: stroke', 'stroke the cat gently', 'none'],
    ['said to be fine', 'calf is hot and swollen, breathing is fine', 'urgent'],
    ['a misspelt alarm word', 'grandad has gone unconsious', 'emergency'],
    ['a real word is not a typo', 'my right knee aches', 'none'],
    // In the big English word list, but in no Hunspell dictionary: a typo, not a word anyone means.
    ['a misspelling that is a rare word', 'my husband is having a seisure on the kitchen floor', 'emergency'],
    [
      'a possible side effect, then a sign the teller has',
      'these pills can cause dizziness and ive fallen and cant get up',
      'emergency',
    ],
    ['a possible side effect asked about', 'can these pills cause bleeding gums on warfarin', 'none'],
    ['a recurrence told', 'she had chest pain this morning, it went, now its come back', 'emergency'],
    ['a recurrence asked about', 'her muddled spell after the anaesthetic cleared up, could it come back', 'none'],
    ['a month named is history', 'she had a heart attack in january and has been well since', 'none'],
    ['two things compared', 'what is the difference between fainting and a fit', 'none'],
    [
      'a difference between two sides',
      'there is a big difference between her left and right arm the left one has suddenly gone weak',
      'emergency',
    ],
    ['a warning asked about', 'is there a stroke warning on the raloxifene leaflet', 'none'],
    ['no warning, told', 'my dad has had a stroke out of the blue without any warning', 'emergency'],
    // A verdict only guessed at, or the person's own word that it passed, settles nothing.
    ['a verdict only guessed', 'he had crushing chest pain all evening and we hoped it was just wind', 'emergency'],
    // "Fine" says a part or a state is all right, not that a medicine taken is.
    ['fine after a fact', 'banged my head on the door frame, i take rivaroxaban, i feel fine', 'emergency'],
    ['a negation in the gap of a phrase', 'her wee has no blood in it, just smells strong', 'none'],
    ["a question about someone's own", 'is it normal for my hernia to go rock hard and not go back in', 'emergency'],
    ["a question about anyone's", 'is it normal for a hernia to go hard sometimes', 'none'],
    // A worried question about now is not a case asked about: no cue may silence these.
    ['a worried question, a fall now', 'what if he has broken his hip he cant get up', 'emergency'],
    ['a worried question, a stroke now', 'what if its a stroke her face is drooping', 'emergency'],
    ['a cause asked, a sign after it', 'could this tablet give her a stroke her face has dropped', 'emergency'],
    [
      'a possibility asked, signs after it',
      'is it possible to have a heart attack without chest pain, my arm is aching and i am sweating',
      'emergency',
    ],
    [
      '"she says she is fine"',
      'nan fell and hit her head, she is on apixaban and she insists she is fine now',
      'emergency',
    ],
    ['"in the past hour" is now', 'she has had a crushing pain in her chest in the past hour', 'emergency'],
    ['worried about a sign someone has now', 'worried about my dads slurred speech since lunch', 'emergency'],
    ['falling out of bed is a fall', 'grandma fell out of bed in the night and cannot get up', 'emergency'],
    [
      'falling out with someone is not',
      'we fell out with the neighbours and i cant get up the nerve to say sorry',
      'none',
    ],
    // "if someone…" reaches over "and" to what the same someone does next, not to a person named.
    ['a question about someone, over "and"', 'what do you do if someone faints and is not breathing right', 'none'],
    ['a person named after "if someone … and"', 'if anyone rings and my husband cant breathe tell them', 'emergency'],
    // Typed without stops: an intensifier starts a new clause, so the negation before it ends.
    [
      'a negation, then a new clause with no stop',
      'he has a chest infection and hasnt eaten all day very drowsy',
      'emergency',
    ],
    ['a negated intensifier', 'he has a chest infection but isnt very drowsy', 'none'],
    ['where a wound came from is not when', 'the wound from last month is oozing and red around it', 'urgent'],
    ['years told by holidays', 'a few christmases ago i choked on a sweet, should i cut food smaller', 'none'],
    ['"incase" is "in case"', 'should i get a pendant alarm incase i fall and cant get up', 'none'],
    ['a hypothetical', 'if i was having a heart attack would my arm hurt', 'none'],
    ['a four-letter word with a letter dropped', 'dad has bad chst pain and is sweating', 'emergency'],
    // "stinging" is a rule word only as one of a pattern's listed words
    ['a dropped g on a word a pattern lists', 'temp of 38 and stingin when i wee', 'urgent'],
    ['a four-letter real word is not a typo', 'my chat with the gp went well', 'none'],
    // Split by dictation: the parts read as the name they make (joins.ts).
    ['a blood thinner named in parts', 'she is on ed ox a ban and knocked her head on the sink', 'emergency'],
    ['a blood thinner split in two', 'grandad takes war farin and banged his head getting into the car', 'emergency'],
    // red-flags: on a blood thinner, A&E even if you feel well; a knock told as fine since still counts.
    [
      'a knock on a blood thinner, fine since',
      'i hit my head this morning, im on warfarin, been fine since',
      'emergency',
    ],
    // A sign told and then said to be all right has passed (counted by an even-if-passed sign);
    // a part alone said to be fine is not there.
    ['a knock on a blood thinner, the head said fine', 'on apixaban bumped head seems ok', 'emergency'],
    ['a part alone said fine', 'her speech is fine, just tired legs', 'none'],
    ['a count of co-codamol typed with its hyphen', 'she has taken 30 co-codamol since lunch', 'emergency'],
    [
      'a count of co-codamol bought, not taken',
      'the chemist sold me 32 co-codamol, can i take them with my calcium',
      'none',
    ],
    [
      'a hand that will not do what it is told for years',
      'her left hand wont do what she tells it, arthritis for years',
      'none',
    ],
    ['a side that will not do what it is told', 'his left arm and leg wont do what he wants since lunch', 'emergency'],
    ['a thunderclap that is weather', 'the thunder clap last night made me jump, only a slight headache now', 'none'],
    // One word for back pain is back pain: too sore to stand straight, not the balance of a stroke.
    [
      'back pain as one word',
      'sudden agonising backpain after picking up the laundry and now i cant stand up straight',
      'urgent',
    ],
    ['looked after in hospital', 'my sister collapsed yesterday and is in hospital, they say she is stable', 'none'],
    [
      'seen to and found all right',
      'went to a&e with chest pain on friday, tests all normal, feeling good now',
      'none',
    ],
    [
      'seen to, then back',
      'went to a&e with chest pain on friday, tests all normal, but the chest pain has come back',
      'emergency',
    ],
    [
      'seen to, then a new sign',
      'the scan was all clear after her fall, now her face has dropped on one side',
      'emergency',
    ],
    ['a character in a story', 'one of the characters had a stroke, face drooping, slurred speech', 'none'],
    ['a sign told while watching a film', 'i was watching a film when my face went numb on one side', 'emergency'],
    [
      'settled, then how to stop it happening again',
      'she choked on toast but coughed it straight up, how do we stop it happening again',
      'none',
    ],
    [
      'asked whether a pet sign is the same',
      'the vet says it will settle, is that the same as a stroke in people',
      'none',
    ],
    ['a sign the same as before', 'she is having a stroke the same as last time', 'emergency'],
    ['an animal opens the sentence', 'our old collie is having a fit on the kitchen floor', 'none'],
    ['an animal, then a person', 'the dog knocked dad flying and he cannot get up', 'emergency'],
    ['an animal later in the sentence', 'i tripped over the cat and cannot get up', 'emergency'],
    [
      'what an animal did to a person',
      'the cat bit her hand, it is hot, swollen and red and she has a fever',
      'urgent',
    ],
    [
      'an animal, then the teller',
      'our spaniel had a fit this morning and now my chest is tight and painful',
      'emergency',
    ],
    ['a double dose by mistake', 'i think i gave mum her heart tablets twice tonight', 'urgent'],
    ['a dose taken twice a day', 'i take my water tablets twice a day, can i take calcium too', 'none'],
    [
      'a sign told while watching a drama',
      'i was watching a hospital drama when my face dropped on one side',
      'emergency',
    ],
    [
      'a story, then someone real',
      'we were watching casualty and there was a stroke storyline and then mum actually started slurring',
      'emergency',
    ],
    ['watched a drama, no one real', 'we watched a hospital drama and a patient had a clot in her lung', 'none'],
    ['someone real, then where it happened', 'my wife blacked out watching the snooker', 'emergency'],
    // A habit or a history is past, but a slip or fall told in its clause is what a sign told
    // now after it comes after.
    [
      'a fall told in a clause about the weather',
      'gran took a tumble in the cold weather and she is unable to get up',
      'emergency',
    ],
    [
      'a fall told after a history of falls',
      'my father has a history of falls he went down in the kitchen and cannot get up',
      'emergency',
    ],
    [
      'a history named, then a fall',
      'grandad has a fall history, he tripped over the rug and cannot get up',
      'emergency',
    ],
    ['the habit itself', 'every winter he falls and cannot get up', 'none'],
    // A story word after someone real has done something names where they were.
    ['a story word naming where someone real was', 'grandad went down at the pub quiz cant get up', 'emergency'],
    ['…a relative of any kind', 'auntie fell at her drama workshop cant get up off the floor', 'emergency'],
    ['a story with no one real before it', 'i watched a drama where a woman fell and couldnt get up', 'none'],
    // An animal named as what a person does with it is not the sentence's subject.
    ['riding, not the horse', 'pony trekking fell off and cannot move my legs', 'emergency'],
    ['a carer telling of a client now', 'this patient who i visit has fallen and cannot get up', 'emergency'],
    // In run-on text, someone told in the present after a past time starts a new statement.
    ['someone told now after a past time', 'he used to smoke years ago he is coughing up blood', 'emergency'],
    ['…another person', 'my dad passed away from a stroke years ago my mum is slurring her words now', 'emergency'],
    ['…not when the past time comes after', 'she is fine, she had a stroke years ago', 'none'],
    ['…nor what is told in the past', 'my dad had a stroke years ago he was slurring his words', 'none'],
    // "as if" tells what it looks like, not a case supposed ("if she was…").
    ['what it looks like', 'grandad is twitching as if he was having a seizure and wont wake up', 'emergency'],
    ['a case supposed', 'what should i do if she was having a stroke', 'none'],
    // "previous" names what follows it as past, not what was told before it.
    ["a sign told before 'previous'", "mum's arm has gone floppy the same as with her previous stroke", 'emergency'],
    ["a sign told after 'previous'", 'previous stroke, arm weak since', 'none'],
    // A verdict the teller only guesses does not settle; "but" goes against one that does.
    [
      'a verdict guessed after it is said',
      'grandad tripped on the step nothing broken i reckon and he cannot get up',
      'emergency',
    ],
    ['"but" after a verdict', 'mum had a fall, nothing serious, but she cannot get up', 'emergency'],
    ['a verdict, and nothing against it', 'nan had a tumble, nothing broken, she is up and about and fine', 'none'],
    // A stay in hospital said of someone else does not settle the first one's sign.
    [
      'someone else in hospital',
      'grandad blacked out on the landing and nan is in hospital herself so its just me here',
      'emergency',
    ],
    ['the same one in hospital', 'mum collapsed yesterday, mum is in hospital now', 'none'],
    // What a "stop" reaches ends at someone told in the present, but a case supposed goes on.
    [
      'someone told now after "stop"',
      'please stop fussing at me grandad has fainted and is not responding',
      'emergency',
    ],
    ['a case supposed, in the present', 'what if my husband has a stroke when im out', 'none'],
    ['a history of falls asked about', 'mum has a history of falls, how can we stop her falling', 'none'],
    ['a condition named with the story', 'i cried at the stroke storyline', 'none'],
    [
      'a negation ends at a body part starting a new statement',
      'she hasnt slept legs weaker each day this week',
      'urgent',
    ],
    ['a negation reaches a body part it leads into', 'she has no swelling in her legs and no pain', 'none'],
    [
      'a negation ends at a new subject',
      'he took something not alcohol hes fitting and not making any sense',
      'emergency',
    ],
    ['told as all right, not as seen to', 'i had chest pain this morning but i feel better now', 'emergency'],
    [
      'a medicine told after the sign, in a new statement',
      'i think grandad is having a stroke he takes pills for his blood pressure',
      'emergency',
    ],
    ['a medicine asked about, the same subject', 'after a stroke which tablets should he take', 'none'],
    ['said to have the signs', 'my wife is showing the symptoms of a heart attack', 'emergency'],
    ['the signs asked about', 'heart attack symptoms in older women', 'none'],
    [
      'stroke signs told as passed by themselves still count',
      'her speech went slurred for a few minutes and she has been fine since',
      'emergency',
    ],
    [
      'stroke signs seen to and all clear, and not come back since',
      'her face went lopsided, the hospital scan was all clear and it has not come back',
      'none',
    ],
    ['a stroke named as over, then fine since', 'had a mini stroke in 2018 and been fine since, can i swim', 'none'],
    // A past time that opens a story reaches over "and" to clauses told in the past, not to one
    // told now, nor to what has begun since.
    ['a past time told over "and"', 'two winters ago she slipped and was stuck on the floor all night', 'none'],
    ['…in words of its own', 'in 2018 dad fell and spent the night on the floor', 'none'],
    [
      '…not to a clause told now',
      'in 2018 dad fell and spent the night on the floor, today he fell and cant get up',
      'emergency',
    ],
    ['…nor to what has begun since', 'had breast cancer in 2016 and ive felt a pain in my back for a week', 'urgent'],
    // Alarming words not happening now, and alarms in everyday words (blind sets s110, s111).
    ['a stuffy place', 'the waiting room is so stuffy you can barely breathe in here', 'none'],
    [
      'someone recovering well',
      'my uncle had a heart attack on friday and is recovering nicely in the cardiac unit',
      'none',
    ],
    ['none since', 'dad fainted at the bus stop three weeks ago, the hospital did tests, none since', 'none'],
    ['a notice about a condition', 'saw a poster at the pharmacy about sepsis', 'none'],
    [
      'fine at a time earlier, and now confused',
      'she was fine at breakfast, now she doesnt know where she is',
      'emergency',
    ],
    [
      'a replaced hip that went clunk',
      'her replacement hip went clunk as she got out of the car and she is in agony',
      'emergency',
    ],
    ['struggling for air', 'grandad is struggling for air and cant lie down', 'emergency'],
    ['no word out of someone about something', 'i cant get a word out of the consultant about my scan results', 'none'],
    // Run-on histories (blind sets s106, s107, s109): what a past time covers, and what it does not.
    [
      'where something came from, in a clause that goes on now',
      'my new knee from last year is suddenly hot, puffy and sore, and i feel feverish',
      'urgent',
    ],
    [
      '…a short clause after one told now is not the past',
      "his elbow from last year's fall is hot, swollen and tender today",
      'urgent',
    ],
    [
      "'couldnt', read as 'cant', still tells the past",
      'in 2019 mum couldnt stand up after a fall and was on the floor till morning',
      'none',
    ],
    ['…and without a past time is told now', 'mum fell in the kitchen and couldnt stand up', 'emergency'],
    [
      "'that was' and a past time, said of what came before",
      'crushing chest pain and sweating, that was back in 2012 before my bypass',
      'none',
    ],
    ['…not a time that is now', 'crushing chest pain and sweating, that was ten minutes ago', 'emergency'],
    ['an age told as then', 'when grandad was in his seventies he blacked out and was on the floor for hours', 'none'],
    [
      'back to their old self',
      'dad was very confused with a chest infection, the antibiotics worked and he is back to his old self',
      'none',
    ],
    [
      'someone who came back home',
      'mum had chest pains on monday, the hospital kept her in two nights and she came back home today feeling well',
      'none',
    ],
    ['…not a time of day', 'found on the floor at 2045 and cant get up', 'emergency'],
    [
      'a story in a magazine',
      'in the parish magazine this month: a reader fell and could not get up for hours',
      'none',
    ],
    [
      'tingling in the saddle area, in everyday words',
      'back ache and pins and needles round my private parts',
      'emergency',
    ],
    [
      'a case supposed after what it would bring',
      'she cant get off the floor by herself if she slips, what grab rails help',
      'none',
    ],
    ['…not the event itself', 'she slipped and cant get off the floor', 'emergency'],
    ["what a condition does to anyone's body", 'does sepsis damage your bones', 'none'],
    ['blotchy skin', 'his legs look blotchy and purple and he is burning up', 'emergency'],
    ['no sense out of someone, with a fever', 'temperature of 39 and i cant get any sense out of her', 'emergency'],
    ['free of fits, said the other way round', 'seizure free since 2010, can i take alendronate', 'none'],
    ['a year alone, in a history', 'hx: stroke 2015, hip fracture 2020. what exercise is safe', 'none'],
    ['numbness told as unchanged', 'numb around my bottom since the op, nothing has changed in years', 'none'],
    ['a fever and breathing very fast', 'temperature of 38.9 and breathing really fast', 'emergency'],
    ['no sight in an eye since waking', 'my right eye has no vision since i woke up', 'emergency'],
    ['a season told as past, before what it tells', 'back in the summer i was very thirsty and muddled', 'none'],
    [
      'whose, what, then a verb in the past, before a past time',
      'my calf was swollen tight and tender in 2013 and they found a clot, all treated',
      'none',
    ],
    ['…after one, past a comma', 'in 2019 i had a clot, my leg was puffy hot and achy', 'none'],
    [
      "…but the word after 'her' is what is hers, even 'left'",
      'her left arm has gone numb and she had a fall last year',
      'emergency',
    ],
    [
      'fine until a time is not fine now',
      'her incision was fine till the weekend now it looks red and is weeping',
      'urgent',
    ],
    [
      'a first fit, even once it has stopped',
      'my brother just had his first ever seizure, it lasted a minute and he is awake',
      'emergency',
    ],
    ['a first fit asked about', 'does a first seizure always mean epilepsy', 'none'],
    ['everyday sense: a fit of temper', 'grandad pitched a fit when the nurse came', 'none'],
    ['more than one fit, one after another', 'third fit in a row this morning', 'emergency'],
    ['muddled straight after a fall', 'grandad slipped in the garden and now he is confused', 'emergency'],
    ['unsure what to do is not muddled', 'after my fall i am confused about the new exercises', 'none'],
    [
      'a pupil bigger than the other after a fall',
      'after he fell his left pupil is bigger than the right',
      'emergency',
    ],
    ['hardly responding', 'my wife is hardly responding to me and very pale', 'emergency'],
    ['a treatment not working is not a person not responding', 'my knee is not responding to the injections', 'none'],
    ['one side that has stopped working', 'suddenly my left arm and leg have stopped working', 'emergency'],
    ['other signs told as passed by themselves settle', 'choked on a sweet, coughed and been fine since', 'none'],
    [
      'stopped on its own is not seen to (a mini-stroke needs help too)',
      'one side of his face dropped for a few minutes, it stopped and he seems himself again',
      'emergency',
    ],
    ['sight gone on waking', 'woke up this morning unable to see with my right eye', 'emergency'],
    ['a bout of coughing is not a fit', 'mum had a coughing fit at lunch, she has a cold', 'none'],
    ['something coming out of a thing is not muddled', 'the blister has yellow stuff leaking out of it', 'none'],
    ['out of it is still muddled', 'nan is totally out of it today', 'emergency'],
    [
      'doubt is not denial, strengthened or not',
      'not quite sure if dad banged his head, he is on edoxaban',
      'emergency',
    ],
    ['a denial strengthened is still a denial', 'not really any pain in her hip now, she is walking fine', 'none'],
    ['a strengthening word inside a sign', 'dad is burning up and not really making any sense', 'emergency'],
    [
      'a strengthening word does not make a sign pass',
      'knocked her head on the cupboard, she is on apixaban and has been really well since',
      'emergency',
    ],
    ['a breathing rate counted with a fever', 'she has a fever and her breathing is about 32 a minute', 'emergency'],
    ['a pulse is not a breathing rate', 'temp 38.3, pulse 64, breathing fine, bit of a cold', 'none'],
    [
      'a meal while on a blood thinner is not an overdose',
      'grandad ate some of his dinner tonight, he takes apixaban',
      'none',
    ],
    ['an appointment not to be had is not sight lost', 'the optician cant see me until friday', 'none'],
    // Not read as asked for anyone: the person asking may be the one it is happening to.
    [
      'advice asked with "you", about someone now',
      'what to do if you think your mum is having a stroke her face has dropped',
      'emergency',
    ],
    ['advice asked with "you", maybe now', 'what to do when you cant breathe', 'emergency'],
    [
      'an ambulance on its way does not settle a sign',
      'she is not breathing, the ambulance is now coming down the street',
      'emergency',
    ],
    [
      'bone out of a wound is not gunk out of a thing',
      'fell off his bike and his arm has bone sticking out of it',
      'emergency',
    ],
    [
      'sight lost up close is not an appointment',
      'grandad cant see me until i am next to him since this morning',
      'emergency',
    ],
    ['weight gained is not weight refused', 'my son refuses to put on weight, is he at risk of weak bones', 'none'],
    [
      'the heating turned up is not a fever',
      'grandad gets confused by the remote, how do i turn the temp up on his heating',
      'none',
    ],
    [
      'a relative clause keeps its own time',
      'there is bone showing in my gum where a tooth was pulled 3 months ago, i take alendronate',
      'urgent',
    ],
    ['an ache in the jaw on a bone medicine', 'on prolia and an ache in my jaw', 'urgent'],
    ['jerking on the ground (a fit)', 'dad was on the ground jerking for two minutes', 'emergency'],
    ['a leg that started dragging, on one side', 'my right leg started dragging half an hour ago', 'emergency'],
    [
      'where an injection went, red, hot and swollen',
      'where I had my injection last week is red and hot and swollen',
      'urgent',
    ],
    [
      'a big vitamin D dose and thirst (high calcium)',
      'taking 60,000 units of vitamin d daily by mistake and very thirsty',
      'urgent',
    ],
    ['twitching after a thyroid operation (low calcium)', 'twitching round my mouth since my thyroid op', 'urgent'],
    ['a fit of temper told by what set it off', 'grandma had a fit when she saw the state of the kitchen', 'none'],
    ['advice asked for someone named', 'what do i do my mum hit her head and shes on apixaban', 'emergency'],
    ['barely answering', 'grandad is barely answering us and very sleepy', 'emergency'],
    ['a fever told as a temperature that is up', 'chesty cough since monday and her temp is up', 'urgent'],
    ['an ache told as a niggle on a bone medicine', 'niggling groin on alendronate for a month', 'urgent'],
    [
      'a finger at an angle after a fall is same-day',
      'tripped on the stairs and my finger is pointing sideways',
      'urgent',
    ],
    ['a shin out of shape after a fall', 'slipped off the step and her shin looks out of shape', 'emergency'],
    ['a programme about a sign', 'there was a documentary on the bbc about sepsis in care homes', 'none'],
    ['an infected break in the skin told as a list', 'his elbow graze is swollen, hot and has pus', 'urgent'],
    ['leaking with redness, in another part', 'her bed sore has opened up. its red and seeping', 'urgent'],
    ['a wound told as not infected', 'the cut looks clean, not red or hot, no pus', 'none'],
    ['weight refused on a hurt ankle', 'he went over on his ankle and he wont put any weight on it', 'urgent'],
    ['a collapse told in the present tense', 'my wife collapse on kitchen floor', 'emergency'],
    ['barely able to wake', 'we can barely wake grandad this afternoon', 'emergency'],
    ['breathing told as strange', 'her breathing sounds really weird and shes grey', 'emergency'],
    [
      'an infection with confusion and fast breathing (sepsis)',
      'he has a chest infection, hes muddled and his breathing is getting very fast',
      'emergency',
    ],
    ['a new hip that has popped', 'my new hip popped when i stood up from the toilet', 'emergency'],
    ['two parts said all right together', 'i fell and hurt my shoulder. hips and head are fine', 'none'],
    ['two parts said all right, then taken back', 'i fell, my hip and knee are fine but they hurt', 'emergency'],
    ['two parts said all right-ish', 'fell, my hip and knee are fine-ish, sore', 'emergency'],
    ['one part of two said all right', 'fell, sore hip and head is fine', 'emergency'],
    [
      'a recent time restarts after a past one',
      'she had a flu jab in january, she fell last night and her back is really sore',
      'emergency',
    ],
    ['a past time alone stays past', 'she fell in january and hurt her back', 'none'],
    [
      'a bruise on a blood thinner still growing, told as a list',
      'on warfarin, a big bruise on my leg, and it is still spreading',
      'urgent',
    ],
    ['a toe at an angle after kicking a door', 'kicked the door and my toe points a different way', 'urgent'],
    ['a jaw ache on a bone medicine, with words between', 'my jaw has been aching for days, im on prolia', 'urgent'],
    ['a scar leaking fluid with redness', 'the scar on my knee has fluid coming out and is red', 'urgent'],
    ['a worry about a condition', 'i am worried about a stroke since my sister had one', 'none'],
    ['a worry about a feared event', 'concerned about falling on the ice this winter', 'none'],
    ['a worry about a symptom the teller has', 'worried about chest pain that started an hour ago', 'emergency'],
    ['a symptom asked about with "should I worry"', 'should i worry about a hot swollen calf', 'urgent'],
    ['back pain after a fall (red-flags: 999)', 'tripped over the hose and my lower back is really sore', 'emergency'],
    ['a slipped disc is not a fall', 'i have a slipped disc and my back aches in the morning', 'none'],
    // A checklist answered "no": the symptom asked is denied, the rest still read.
    ['a symptom asked and answered no', 'fever? no. chest pain? nope. my knee is stiff', 'none'],
    ['a symptom asked and answered no, then a sign', 'chest pain - no, but my calf is swollen and hot', 'urgent'],
    ['a symptom asked and answered yes', 'chest pain? yes, since lunch', 'emergency'],
    ['a sign that is an absence, answered no', 'he went down in the kitchen. responding? no', 'emergency'],
    ['"can she…? no" is not a denial of a sign', 'can she get up? no, she fell and cant get up', 'emergency'],
    ['an onset told as slow is not sudden', 'her arms have felt weak for ages, it came on gradually', 'none'],
    ['a stroke plainly in the past', 'he has walked with a frame since his stroke, any exercises', 'none'],
    ['a stroke that may be now', 'i think grandad has had a stroke', 'emergency'],
    ['a fall asked about, "if … should"', 'if grandma tripped and could not stand should we phone 999', 'none'],
    ['a fall told, then asked about', 'grandma tripped and could not stand, should we phone 999', 'emergency'],
    // twentieth session: ways of telling found in its blind sets (phrasings of our own)
    ['chest pain told as "killing"', 'her chest is killing her since she sat down', 'emergency'],
    ['"killing me" said of a cold', 'this cold is killing me, my nose wont stop running', 'none'],
    [
      'still unable to get out where she fell',
      'nan slipped in the shower an hour ago and still cannot get out',
      'emergency',
    ],
    ['"still cant work out" is not being stuck', 'she fell last week and we still cant work out why', 'none'],
    [
      'a bone medicine named by what it does',
      'she has an injection for her bones and now her jaw aches when she eats',
      'urgent',
    ],
    ['"what if" someone gets a sign later', 'what if she gets chest pain on the plane', 'none'],
    ['"what if it is" a sign now', 'what if its a stroke, her face has dropped', 'emergency'],
    [
      'a cause asked about in general ("ever be caused by")',
      'can a sudden weak arm ever be caused by low sodium',
      'none',
    ],
    [
      'a cause told of someone now',
      'the paramedic thinks his sudden confusion might be caused by a stroke',
      'emergency',
    ],
    ['how to tell, asked of someone now', 'how do i know if her arm is weak from a stroke', 'emergency'],
    ['how to tell, asked of any case', 'how can i tell if a wound is infected', 'none'],
    ['a sign told after "since her heart attack"', 'since her heart attack she has chest pain again', 'emergency'],
    [
      'how to tell, asked, then a sign told',
      'how do i tell if its a stroke? his arm has suddenly gone weak',
      'emergency',
    ],
    [
      'a faint since seen by the GP',
      'dad blacked out in church on sunday, he has seen his gp since and is fine',
      'none',
    ],
    [
      '"since my husband\'s stroke" is where a time began',
      'ever since my husbands stroke i have been frightened of him having another',
      'none',
    ],
    [
      'an age told as when it happened',
      'she had a heart attack at 58 and is 80 now, is it safe for her to fly',
      'none',
    ],
    [
      'a temperature "at 40" is not an age',
      'he had a temp at 40 all night, shivering and breathing really fast',
      'emergency',
    ],
    [
      'what someone said on a website',
      'on facebook someone said their calf went hot and swollen after flying, is that common',
      'none',
    ],
    [
      "a forum read, then one's own sign",
      'i read about clots on a forum, now my own calf is hot and swollen',
      'urgent',
    ],
    [
      'someone real saying it during a story',
      'we were watching a film and mum said her chest feels tight and heavy',
      'emergency',
    ],
    [
      "a story, then the teller's own sign",
      'a lady on a forum wrote that a swollen red calf means a clot, mine is hot and swollen today',
      'urgent',
    ],
    ['a low sugar with drowsiness', 'her sugars have crashed and she is too sleepy to eat', 'emergency'],
    [
      'two words that describe one thing, split by a comma',
      'found a hot, painful lump in my groin this morning',
      'urgent',
    ],
    ['a comma before a new clause still ends one', 'she had a fall, she is fine now and walking about', 'none'],
    [
      'a comma after a word that names a thing still ends a part',
      'burning when i pee and a high temperature, otherwise feeling alright',
      'urgent',
    ],
    ['a hot tender swelling', 'a hot tender swelling has come up under his arm', 'urgent'],
    [
      'heart failure with both ankles and breath worse',
      'with my heart failure my ankles are more swollen and im more breathless each day',
      'urgent',
    ],
    [
      'heart failure with one calf swollen and sudden breathlessness',
      'she has heart failure and one calf is swollen and she is suddenly short of breath',
      'emergency',
    ],
    // twenty-first session: classes from its blind sets (phrasings of our own)
    [
      'angina named, its spray used, the pain not gone',
      'two sprays for his angina and the tightness has not eased',
      'emergency',
    ],
    [
      'angina and a spray, with another pain that goes on',
      'i have angina and a spray for it, my hip pain is still there',
      'none',
    ],
    ['a nasal spray beside angina', 'the nasal spray is not helping, i also have angina', 'none'],
    ['a low blood sugar as a number, with confusion', 'his glucose is 2.8 and he is really confused', 'emergency'],
    ['a low number that has been treated', 'her sugar was 3.2 before lunch, she ate and is fine now', 'none'],
    ['too muddled, with a low sugar', 'she has gone low with her sugar and is too muddled to eat', 'emergency'],
    [
      'eyes hard to keep open, breathing slow',
      'dad can hardly keep his eyes open and his breathing has gone slow',
      'emergency',
    ],
    [
      'bleeding on and on for hours',
      'on apixaban and my gum has been bleeding for two hours after the dentist',
      'emergency',
    ],
    ['a mouth filling up with blood', 'since the extraction her mouth keeps filling with blood', 'emergency'],
    [
      "a verdict said, then the teller's own word that it passed",
      'mum blacked out at the shops on friday, the gp said anaemia, shes fine now',
      'none',
    ],
    [
      'a painkiller not touching a pain is no denial of the pain',
      'the painkillers arent touching her hip pain since she fell yesterday',
      'emergency',
    ],
    [
      'weight lost on purpose is not self-harm',
      'lost a stone on purpose since the summer, could that thin my bones',
      'none',
    ],
    [
      'a scan for a clot that came back negative',
      'her dvt scan came back negative, what else makes a calf ache',
      'none',
    ],
    ['a swelling checked by the GP', 'her swollen calf was checked by the gp this morning, it is a cyst', 'none'],
    [
      "someone's own word that they are fine, then a sign",
      'she says shes fine now but she fainted an hour ago and is grey',
      'emergency',
    ],
    [
      'a nasal spray twice, with angina named',
      'used my nasal spray twice for hay fever, i have angina too, the pain in my face hasnt eased',
      'none',
    ],
    [
      'breathing slowly, told with -ly, and very drowsy',
      'nan is so drowsy today and breathing really slowly',
      'emergency',
    ],
  ])('%s: "%s" → %s', (_name, text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it('says which sign, what to do, and which section of which topic gives the advice', () => {
    expect(triage.match('sudden weakness in my left arm')).toMatchObject({
      level: 'emergency',
      id: 'stroke',
      topic: 'red-flags',
      section: 'Call 999 or 911 now',
      advice: { uk: expect.stringContaining('999') as unknown, us: expect.stringContaining('911') as unknown },
    });
  });

  it('reads a last letter typed twice as the word with one, when the content uses that word', () => {
    // As the CLI runs it: the content's words are known (here, the two the sentences need).
    const withWords = createTriage(shippedRules, new Set(['numb', 'small']));
    expect(withWords.match('all of a sudden his left arm and leg went numbb')?.level).toBe('emergency');
    expect(withWords.match('all of a sudden his left arm and leg went numb')?.level).toBe('emergency');
    // A real word that ends in a double letter is left as it is, even where the word with one is
    // known: "butt" is not "but" (a clause break), "thee" is not "the".
    expect(withWords.match('the dress is too small and she is still cold')).toBeNull();
    const none = (): string[] => [];
    expect(correctTypo('butt', none, new Set(), new Set(), new Set(['but']))).toBeNull();
    expect(correctTypo('thee', none, new Set(), new Set(), new Set(['the']))).toBeNull();
    expect(correctTypo('numbb', none, new Set(), new Set(), new Set(['numb']))).toBe('numb');
  });

  it('reads no typos without the build table (a folder compiled at run time)', () => {
    const plain = createTriage(compileTriage(parseTriage(readFileSync(`${CONTENT}/triage.yml`, 'utf8'))));
    expect(plain.match('grandad has gone unconsious')).toBeNull();
    expect(plain.match('grandad has gone unconscious')?.level).toBe('emergency');
  });
});

describe('which sign the banner names', () => {
  // "back" as in returned is not the back: a chest pain that has come back is told as chest
  // pain, not as back pain with chest pain (a torn artery), though both are emergencies.
  it.each([
    ['the chest pain is back again', 'chest'],
    ['had chest pain this morning, it went off and has come back', 'chest'],
    ['chest pain that goes right through to my back', 'aneurysm'],
    ['my back and my chest both hurt', 'aneurysm'],
    // "out of it" said of an eye is what the eye sees, not someone muddled
    ['his eye is red and painful and things look blurry out of it', 'red-eye-sight'],
  ])('"%s" names %s', (text, id) => {
    expect(triage.match(text)?.id).toBe(id);
  });
});
