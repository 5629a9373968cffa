// Does a query describe an emergency or urgent sign in a person now? Concepts are found as
// phrases of words; those the sentence does not assert as happening now are set aside
// (negated, in the past, asked about, feared, said to be fine, or an everyday sense of the
// word); a sign fires when every concept of one of its patterns is still standing.
import type { TriageLevel } from '../../topics/types.js';
import type { ConceptKind } from '../../topics/triage-schema.js';
import { isStopWord, stem } from '../normalize.js';
import { readClauses, sameWords, type Token } from './clauses.js';
import { startsOf, startTable, type CompiledTriage, type CueKind, type Element } from './compile.js';
import { findSpans, lazyPhrases, lazyTable, type PhraseIndex, type Ready, type Span } from './phrases.js';
import { wordTest, type WordTest } from './word-test.js';
import { correctTypo } from './typos.js';
import { joinSplitWords, type JoinTable } from './joins.js';
import { lazyWordSet, scannedWordSet, type WordSet } from '../word-set.js';

export type { TriageLevel };

export interface TriageMatch {
  level: TriageLevel;
  /** The sign's id in the rules. */
  id: string;
  /** One line naming the sign ("This can be a stroke"). */
  sign: string;
  /** What to do, by region ("Call 999 now…"). */
  advice: Record<'uk' | 'us' | 'both', string>;
  /** The topic, and its section, whose advice is at this level. */
  topic: string;
  section: string;
}

export interface Triage {
  /** The topic whose sections give the advice (red-flags). */
  topic: string;
  /** The most serious sign `text` describes, or null. */
  match(text: string): TriageMatch | null;
}

// Words that may sit between a concept and "fine": "breathing is fine", "legs are both ok".
const LINKING = new Set([
  'is',
  'are',
  'was',
  'were',
  'seems',
  'seem',
  'feel',
  'feels',
  'still',
  'both',
  'all',
  'and',
  'look',
  'looks',
  'otherwise',
]);

/**
 * A triage of `rules`. Emergency beats urgent; the first sign listed wins a tie. `known` words
 * (the content's own) are never read as typos.
 */
export function createTriage(rules: CompiledTriage, known: WordSet = new Set()): Triage {
  const patterns = new Map<string, WordTest>();
  const ready = (elements: Element[]): Ready =>
    elements.map((e) => {
      if (!('pattern' in e)) return e;
      let pattern = patterns.get(e.pattern);
      if (!pattern) patterns.set(e.pattern, (pattern = wordTest(e.pattern)));
      return { pattern };
    });
  const written = Object.entries(rules.concepts);
  const lists = written.map(([, c]) => c.phrases);
  const table = lazyTable(lists, rules.conceptStarts ?? startTable(lists), ready);
  const concepts = written.map(([name, c], list) => ({ name, kind: c.kind, fact: c.fact === true, list }));
  // The concepts a phrase of which may start at one of the words: no other can be found in them.
  const met = (tokens: readonly Token[]): Concept[] =>
    table.met(tokens).flatMap((list) => {
      const concept = concepts[list];
      return concept ? [{ ...concept, phrases: table.list(list) }] : [];
    });
  const cues = Object.fromEntries(
    Object.entries(rules.cues).map(([kind, list]) => [
      kind,
      lazyPhrases(list, rules.cueStarts?.[kind as CueKind] ?? startsOf(list), ready),
    ]),
  ) as Record<CueKind, PhraseIndex>;
  const breaks = new Set(rules.breaks);
  const openers = { opens: new Set(rules.opens ?? []), links: new Set(rules.links ?? []) };
  const same = sameWords(rules.same);
  const reach: Reach = {
    carries: new Set(rules.carries),
    subjects: new Set(rules.subjects),
    restarts: new Set(rules.restarts ?? []),
    links: openers.links,
  };
  const { spell, joins } = typoReader(rules, known);
  const { signs } = rules;

  const matchTokens = (tokens: readonly Token[]): TriageMatch | null => {
    const { present, unpassed, settled, settledUnpassed, fresh, habitual, afterHabit } = presentConcepts(
      met(tokens),
      cues,
      tokens,
      reach,
    );
    let found: TriageMatch | null = null;
    for (const sign of signs) {
      if (found && (found.level === 'emergency' || sign.level === 'urgent')) continue;
      const now = sign.evenIfPassed ? unpassed : present;
      const before = sign.evenIfPassed ? settledUnpassed : settled;
      // Every need told now, or told before a settling word while another need is told as new
      // ("…but today"): what was seen to is what the new sign comes after.
      // …or told in a habit's clause while another need goes on now after it ("took a tumble in
      // the cold weather and she is unable to get up").
      // A `when` line names the concepts it needs, and, written !name, those it must not meet. It
      // is read as written: splitting every line of every sign into the two once, at start-up,
      // cost a search about 1 ms.
      const holds = (line: readonly string[]): boolean =>
        line.every((n) => isWithout(n) || now.has(n)) ||
        (line.every((n) => isWithout(n) || now.has(n) || before.has(n)) &&
          line.some((n) => fresh.has(n) && now.has(n))) ||
        (line.every((n) => isWithout(n) || now.has(n) || habitual.has(n)) &&
          line.some((n) => afterHabit.has(n) && now.has(n)));
      if (sign.when.some((line) => holds(line) && !line.some((n) => isWithout(n) && now.has(n.slice(1))))) {
        const { advice, section } = rules.levels[sign.level];
        found = { level: sign.level, id: sign.id, sign: sign.sign, advice, topic: rules.topic, section };
      }
    }
    return found;
  };
  const match = (text: string): TriageMatch | null => {
    const typed = readClauses(text, breaks, same, openers);
    const tokens = typed.map(spell);
    if (tokens.length === 0) return null;
    const found = matchTokens(tokens);
    if (found?.level === 'emergency' || joins === null) return found;
    // Split words joined ("war farin", "a pixie ban") are a second reading, taken when it finds
    // a more serious sign: the words as typed are never read less seriously for it.
    const joined = joinSplitWords(typed, tokens, joins, stem);
    const rejoined = joined === null ? null : matchTokens(joined);
    return rejoined !== null && (found === null || rejoined.level === 'emergency') ? rejoined : found;
  };
  return { topic: rules.topic, match };
}

/** Whether a name in a sign's `when` line is one it must not meet (!name). */
function isWithout(name: string): boolean {
  return name.charCodeAt(0) === EXCLAMATION;
}

const EXCLAMATION = 33;

/** A concept of the rules, with its phrases. */
interface Concept {
  name: string;
  kind: ConceptKind;
  fact: boolean;
  phrases: PhraseIndex;
}

/**
 * Each token, or the rule word it is a misspelling of (judged once per word); and the table
 * that joins split words (null without the build's typo table).
 */
function typoReader(
  rules: CompiledTriage,
  known: WordSet,
): { spell: (token: Token) => Token; joins: JoinTable | null } {
  const { typos } = rules;
  if (!typos) return { spell: (token) => token, joins: null };
  let list: string[] | undefined;
  const wordList = (): string[] => (list ??= typos.words.split(' '));
  let realWords: string[] | undefined;
  // One set of each list for the typo check and the join pass alike, looked through, not made
  // into a set, for the first few words asked: a short question asks a few, and making both
  // sets costs about 1 ms.
  const words = scannedWordSet(wordList);
  const real = scannedWordSet(() => (realWords ??= typos.real.split(' ')));
  let names: string[] | undefined;
  const nameList = (): string[] => (names ??= typos.names.split(' '));
  const joins: JoinTable = {
    words,
    spaced: lazyWordSet(() => typos.spaced.split(' ')),
    names: nameList,
    isName: (word) => nameList().includes(word),
    // Not the content's words: a run is not a word of the question, and a folder read for the
    // question's words alone can say nothing of others.
    real,
    // A small word ("for", "be") is no content word, so the stop words count as in use.
    familiar: (word) => isStopWord(word) || words.has(word) || real.has(word) || known.has(word),
    isSmall: isStopWord,
  };
  const corrected = new Map<string, string | null>();
  const spell = (token: Token): Token => {
    let word = corrected.get(token.word);
    if (word === undefined) corrected.set(token.word, (word = correctTypo(token.word, wordList, words, real, known)));
    return word === null ? token : { ...token, word, stem: stem(word) };
  };
  return { spell, joins };
}

/**
 * How far a fear or a purpose reaches: across these breaks, up to a new subject. How far a
 * negation reaches: not past a word of `restarts` typed with no link word just before it.
 */
interface Reach {
  carries: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  restarts: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

/**
 * The names of the concepts the text asserts as happening now (`present`), and the same read for a
 * sign marked even-if-passed (`unpassed`), where symptoms told as having passed by themselves
 * still count.
 */
function presentConcepts(
  concepts: readonly Concept[],
  cues: Record<CueKind, PhraseIndex>,
  tokens: readonly Token[],
  reach: Reach,
): {
  present: Set<string>;
  unpassed: Set<string>;
  settled: Set<string>;
  settledUnpassed: Set<string>;
  fresh: Set<string>;
  habitual: Set<string>;
  afterHabit: Set<string>;
} {
  const found = concepts.flatMap(({ name, kind, fact, phrases }) =>
    findSpans(tokens, phrases, true).map((span) => ({ name, kind, fact, span })),
  );
  // Read as the signs' phrases are, so a sense still covers its sign's words: "cant really wake up
  // in the mornings" is the everyday sense of "cant wake up".
  const senses = findSpans(tokens, cues.senses, true);
  // An everyday sense wins over a concept that is no longer than it: "keep fit" over "fit", but
  // "had a fit" over "fit a". It also wins over a longer one that reached its word by jumping
  // the rest of it: "have * fit" in "have osteoporosis but im quite fit" is still "quite fit".
  const standing = found.filter(
    ({ span }) => !senses.some((s) => overlapsKeys(span, s) && (length(span) <= length(s) || jumpedOver(span, s))),
  );
  // A cue word that is itself part of a concept ("no feeling", "not responding") is not a cue; one
  // a concept's gap passed over is ("wee has no blood": "no blood" in "wee * blood"), and so is a
  // cue that reaches past the concept ("nothing sudden" is not the concept "nothing").
  const partOf = (cue: Span): boolean =>
    cue.keys.some((i) =>
      standing.some(({ span }) => span.start <= i && i < span.end && !span.gaps.includes(i) && span.end >= cue.end),
    );
  const cue = (kind: CueKind): Span[] => findSpans(tokens, cues[kind]).filter((s) => !partOf(s));
  const negations = cue('negation');
  const preventions = cue('prevention');
  const worries = cue('worry');
  const definings = cue('defining');
  // The place past the qualifiers (up to two) that start at `from`.
  const pastQualifiers = (from: number): number => {
    let at = from;
    while (at < from + MAX_QUALIFIERS && DENIED_QUALIFIERS.has(tokens[at]?.word ?? '')) at++;
    return at;
  };
  // Whether a negation denies the word at `start`, with up to two qualifiers between them ("no
  // history", "no known history", "no past medical history").
  const deniedAt = (start: number): boolean =>
    negations.some(
      (n) => tokens[n.start]?.scope === tokens[start]?.scope && n.start < start && start <= pastQualifiers(n.start + 1),
    );
  // A denied history reaches over what it lists ("no history of heart attack, stroke or
  // diabetes"), up to the end of its clause or to something told as going on now: a word such as
  // "now" or "still", how long it has lasted ("6 mins"), or someone told in the present. An -ing
  // word just before that is what goes on now: "no history of epilepsy fitting now 5 min" tells a
  // fit. "No known epilepsy" denies as a history does.
  const deniedReach = (c: Span): number => {
    const at = pastQualifiers(c.start + 1);
    const qualified = at > c.start + 1;
    let from: number;
    if (tokens[at]?.word === 'history') from = tokens[at + 1]?.word === 'of' ? at + 2 : at + 1;
    else if (tokens[at + 1]?.word === 'history') from = at + 2;
    else if (qualified && tokens[at - 1]?.word === 'known') from = at + 1;
    else return Infinity;
    const scope = tokens[c.start]?.scope;
    for (let i = from; i < tokens.length && tokens[i]?.scope === scope; i++) {
      const word = tokens[i]?.word ?? '';
      const lasted = /^\d+$/.test(word) && TIME_UNITS.has(tokens[i + 1]?.word ?? '');
      if (!NOW_WORDS.has(word) && !lasted && !presentRestart(tokens, i, reach.subjects)) continue;
      let end = i;
      while (end > from && DURATION_LEADS.has(tokens[end - 1]?.word ?? '')) end--;
      while (end > from && (tokens[end - 1]?.word ?? '').endsWith('ing')) end--;
      return end;
    }
    return Infinity;
  };
  // Negated by a denied history: told within its reach, or part of a phrase that starts there
  // ("no past history of blood clots": "clots" is in "blood clots").
  const inDeniedReach = (c: Span, span: Span): boolean => {
    const end = deniedReach(c);
    return (
      span.start < end ||
      standing.some(({ span: o }) => o.start >= c.end && o.start < end && o.start <= span.start && o.end >= span.end)
    );
  };
  // A history or a condition the text says is not there does not make its clause past or a
  // question: "fitting 6 min no history of epilepsy", "no known epilepsy" tell a fit now; nor
  // does a condition named in such a history ("no known history of epilepsy").
  const deniedCue = (c: Span): boolean =>
    deniedAt(c.start) ||
    (tokens[c.start - 1]?.word === 'of' && tokens[c.start - 2]?.word === 'history' && deniedAt(c.start - 2));
  // A clause that says when in the past and then "today" or "now" is about now: "after her
  // stroke last year her left side is weaker today".
  const nowCues = findSpans(tokens, cues.present);
  const pastCues = (kind: 'past' | 'habits'): Span[] =>
    findSpans(tokens, cues[kind])
      // Where something came from, not when its clause happened, when the clause goes on in the
      // present: "my knee replacement from last year has suddenly gone hot" (but "my tia from last
      // year" is told as past).
      .filter((p) => tokens[p.start - 1]?.word !== 'from' || !presentFrom(tokens, p.end, tokens[p.start]?.scope))
      // …or one that says it in more words: "in the past hour" is now, "in the past" is not; "at
      // 2015" is a time of day, "2015" alone a year.
      .filter(
        (p) =>
          !nowCues.some(
            (n) =>
              tokens[n.start]?.scope === tokens[p.start]?.scope &&
              ((n.start >= p.start && n.end > p.end) ||
                (n.start < p.start && n.end >= p.end && n.end - n.start > p.end - p.start)),
          ),
      );
  const scopesFrom = (spans: readonly Span[]): Set<number> =>
    carriedPast(
      tokens,
      spans.map((p) => tokens[p.start]?.scope ?? -1),
      nowCues,
      reach.subjects,
    );
  const toldPast = pastCues('past');
  const past = scopesFrom(toldPast);
  // In run-on text, someone told in the present after a past time starts a new statement: "he
  // used to smoke years ago he is coughing up blood". Not when the past time comes after it.
  const pastFor = (span: Span): boolean => {
    const scope = tokens[span.start]?.scope;
    // "Previous" names what follows it as past: "her arm has gone floppy the same as with her
    // previous stroke" tells the floppy arm now.
    const here = toldPast.filter(
      (c) => tokens[c.start]?.scope === scope && !(tokens[c.start]?.word === 'previous' && c.start >= span.end),
    );
    if (here.length === 0) return !toldPast.some((c) => tokens[c.start]?.scope === scope);
    if (here.some((c) => c.end > span.start)) return true;
    const from = Math.max(...here.map((c) => c.end));
    for (let i = from; i + 1 <= span.start; i++) if (presentRestart(tokens, i, reach.subjects)) return false;
    return true;
  };
  // A habit or a history ("a history of falls", "in cold weather") is past too, but what its
  // clause tells can still be what a sign told now, later in the sentence, comes after.
  const habitCues = pastCues('habits').filter((c) => !deniedCue(c));
  const habitual = scopesFrom(habitCues);
  // "A history of" names what follows it, not the rest of its clause: in text typed without
  // stops, a sign told a few words on is told now ("history of heart problems crushing chest
  // pain sweating"). Only where every habit of the clause is such a history.
  const pastHistory = (span: Span): boolean => {
    const scope = tokens[span.start]?.scope;
    const here = habitCues.filter((c) => tokens[c.start]?.scope === scope);
    return (
      here.length > 0 &&
      here.every((c) => tokens[c.start]?.word === 'history' && tokens[c.start + 1]?.word === 'of') &&
      here.every((c) => span.start > c.end + HISTORY_REACH)
    );
  };
  const inHabit = (span: Span): boolean => habitual.has(tokens[span.start]?.scope ?? -1) && !pastHistory(span);
  // "Went to A&E with chest pain… all normal, feeling good now": what was told up to the last
  // word that says it was seen to and settled is over, unless the text goes on to say it is back.
  // Not a verdict the teller only guessed at: "we thought it was just indigestion", "hopefully
  // nothing serious".
  // …nor one the teller adds a guess to: "nothing broken i reckon".
  const guessed = (s: Span): boolean =>
    saidJustBefore(tokens, s, 3, DOUBT, true) ||
    [s.end, s.end + 1].some(
      (i) => DOUBT.has(tokens[i]?.word ?? '') && tokens[i]?.sentence === tokens[s.start]?.sentence,
    );
  // …nor one said of someone else than the one named first: "grandad blacked out on the landing
  // and nan is in hospital herself".
  const someoneElse = (s: Span): boolean => {
    let at = s.start - 1;
    if (tokens[at]?.word === 'is' || tokens[at]?.word === 'was') at--;
    const who = tokens[at]?.word ?? '';
    if (!RELATIVES.has(who)) return false;
    const first = tokens.slice(0, at).find((t) => RELATIVES.has(t.word))?.word;
    return first !== undefined && first !== who;
  };
  // …nor one the text says is not so: "did the fast test and its not ok" ("test * ok" with "not"
  // in its gap), "hasn't been discharged".
  const denied = (s: Span): boolean =>
    negations.some(
      (c) => s.gaps.includes(c.start) || (c.start === s.start - 1 && tokens[c.start]?.scope === tokens[s.start]?.scope),
    );
  const seenTo = findSpans(tokens, cues.settled).filter((s) => !guessed(s) && !someoneElse(s) && !denied(s));
  // …nor "she says she's fine now": the person's own word that it passed is not a check ("says"
  // and "she's" fall in different clauses, so any clause).
  // …nor one that passed only in part: "it's cleared up a bit now but he is grey and sweating".
  const partly = (s: Span): boolean => {
    const next = tokens[s.end]?.word ?? '';
    return PARTLY.has(next) || (next === 'a' && A_LITTLE.has(tokens[s.end + 1]?.word ?? ''));
  };
  const passed = findSpans(tokens, cues.passed).filter(
    (s) => !guessed(s) && !saysOwnWord(tokens, s) && !denied(s) && !partly(s),
  );
  const recurring = findSpans(tokens, cues.recurring);
  const overAt = (settled: readonly Span[]): number => {
    const firstSettled = Math.min(...settled.map((s) => s.start));
    // "hasn't come back" settles, or tells it passed; it is not "come back", nor is "how to stop it
    // happening again".
    const back = (r: Span): boolean =>
      r.start > firstSettled &&
      ![...seenTo, ...passed].some((s) => s.start <= r.start && r.end <= s.end) &&
      !preventions.some((c) => c.end <= r.start && tokens[c.start]?.scope === tokens[r.start]?.scope);
    return recurring.some(back) ? -1 : Math.max(-1, ...settled.map((s) => tokens[s.start]?.scope ?? -1));
  };
  const over = overAt([...seenTo, ...passed]);
  // A clause told as now ("she has chest pain") is not settled by a later word about a visit or
  // a verdict, which may be about another time ("…she was discharged home yesterday").
  const current = new Set(findSpans(tokens, cues.current).map((c) => tokens[c.start]?.scope ?? -1));
  // Read for a sign that counts even if it passed: symptoms told as passed by themselves still
  // count ("her face drooped, it hasn't come back"); a condition named as over does not ("had a
  // TIA in 2019, been fine since").
  const overForSymptoms = passed.length > 0 ? overAt(seenTo) : over;
  // The story reaches the whole sentence, but not past "when" ("watching a drama when my arm went
  // numb"), "then", someone real ("a stroke storyline and then mum actually started slurring"),
  // or an "and" that goes on with the teller's day, not the story's (storyEnds).
  const storyCues = findSpans(tokens, cues.story);
  // Someone real told as doing or feeling it before the story is named: "my uncle fainted
  // watching the cricket". Not a condition named there ("i cried at the stroke storyline": the
  // stroke is the story's).
  const realBefore = (span: Span, kind: ConceptKind): boolean => {
    if (kind === 'condition') return false;
    const sentence = tokens[span.start]?.sentence;
    for (let i = span.start - 1; i >= 0 && tokens[i]?.sentence === sentence; i--) {
      const word = tokens[i]?.word ?? '';
      if (RELATIVES.has(word) || reach.subjects.has(word)) return true;
    }
    return false;
  };
  // …and then the story word names where that someone was, not a story: "grandad went down at the
  // pub quiz cant get up" goes on about grandad.
  const realActsBefore = (cue: Span): boolean =>
    standing.some(
      ({ span, kind }) =>
        kind !== 'context' &&
        span.end <= cue.start &&
        tokens[span.start]?.sentence === tokens[cue.start]?.sentence &&
        realBefore(span, kind),
    );
  const inStory = (span: Span, kind: ConceptKind): boolean =>
    storyCues.some(
      (c) =>
        tokens[c.start]?.sentence === tokens[span.start]?.sentence &&
        // "about an old lady who got sepsis": "who" tells who the character is, not someone real.
        !between(tokens, c, span, storyEnds(tokens, reach.subjects)) &&
        !(c.start >= span.end && realBefore(span, kind)) &&
        !(c.end <= span.start && realActsBefore(c)),
    );
  // A sentence that opens with an animal ("our old sheepdog collapsed", "my cat is having a fit")
  // is about the animal, up to a person: "the dog knocked mum over and she cannot get up" is a
  // sign. An animal later in the sentence is not its subject: "tripped over the cat, cant get up".
  // Not an animal named as what a person does with it: "pony trekking, fell off", "horse riding,
  // came off".
  const animals = findSpans(tokens, cues.animals).filter(
    (c) => opensSentence(tokens, c) && !WITH_AN_ANIMAL.has(tokens[c.end]?.word ?? ''),
  );
  // Where the sentence turns from the animal to a person, or to a later time. The concept's own
  // words count: in "the dog knocked dad flying" the fall is dad's.
  const turnsAt = (i: number): boolean => {
    const word = tokens[i]?.word ?? '';
    return PEOPLE.has(word) || ACTS_ON.has(word) || LATER.has(word) || WHEN.has(word) || reach.subjects.has(word);
  };
  const aboutAnimal = (span: Span): boolean =>
    animals.some((c) => {
      if (tokens[c.start]?.sentence !== tokens[span.start]?.sentence || c.end > span.start) return false;
      for (let i = c.end; i < span.end; i++) if (turnsAt(i)) return false;
      return true;
    });
  const asking = findSpans(tokens, cues.information).filter((c) => !deniedCue(c));
  // "watched a show about strokes" is general; "I was watching TV when my face went numb" is not:
  // a general cue does not reach past "when" or "while". One that opens with "if" carries, like a
  // fear, over "and" to what the same someone does next ("if someone collapses and isn't
  // breathing"), not past a new subject ("if anyone asks and mum cannot breathe" is about mum).
  const generalCues = findSpans(tokens, cues.general);
  const inGeneral = (span: Span): boolean =>
    generalCues.some(
      (c) =>
        (tokens[c.start]?.scope === tokens[span.start]?.scope ||
          (tokens[c.start]?.word === 'if' &&
            feared(tokens, c, span, reach) &&
            !between(tokens, c, span, (word) => RELATIVES.has(word)))) &&
        !between(tokens, c, span, (word) => WHEN.has(word)),
    );
  // Not "fine till yesterday", "ok until this morning": all right up to then, not now.
  const fineAt = new Set(
    findSpans(tokens, cues.fine)
      .filter((s) => !UNTIL.has(tokens[s.end]?.word ?? ''))
      .map((s) => s.start),
  );

  const present = new Set<string>();
  const unpassed = new Set<string>();
  // Told before a word that it was seen to, and so set aside: a sign that also needs something
  // told after that word still counts them ("fell last week, x-ray clear, but today her groin
  // is agony and she cannot walk": the fall is what the new pain comes after).
  const settled = new Set<string>();
  const settledUnpassed = new Set<string>();
  // …when that is told as new: after "today", "now", "this morning" in its sentence.
  const fresh = new Set<string>();
  // Told in a clause of a habit or a history, and the concepts told now in a later clause of its
  // sentence (their names, when there are both).
  const habits: { name: string; sentence: number; scope: number }[] = [];
  const nowAt: { name: string; sentence: number; scope: number }[] = [];
  const toldNow = (span: Span): boolean =>
    nowCues.some((n) => n.start <= span.start && tokens[n.start]?.sentence === tokens[span.start]?.sentence);
  for (const { name, kind, fact, span } of standing) {
    const scope = tokens[span.start]?.scope ?? -1;
    // After the cue, or at a word its pattern took in ("nothing sudden": "sudden" is negated).
    const after = (c: Span): boolean =>
      (c.end <= span.start || (c.start < span.start && span.start < c.end && !c.keys.includes(span.start))) &&
      tokens[c.start]?.scope === scope;
    // "what does 'saddle numbness' mean": the words asked about come before the question word.
    const before = (c: Span): boolean => span.end <= c.start && tokens[c.start]?.scope === scope;
    // …or inside it, in a gap, up to its end: "wee has no blood" is no "wee * blood".
    const inGap = (c: Span): boolean => span.gaps.includes(c.start) && c.end >= span.end;
    if (
      negations.some(
        (c) => (after(c) && inDeniedReach(c, span) && !restartsBetween(tokens, c, span, reach)) || inGap(c),
      )
    )
      continue;
    // Said to be all right: a part alone ("breathing is fine") is not there at all; a sign told
    // in more words and then said to be all right ("hit head feels ok", "slurred speech is fine
    // now") has passed, which a sign marked even-if-passed still counts.
    const fine = !fact && saidToBeFine(tokens, span, fineAt);
    if (fine && span.keys.length < 2) continue;
    // Told in a story, of an animal, in general, as feared, or as what a word means.
    const setAside = (): boolean =>
      inStory(span, kind) ||
      aboutAnimal(span) ||
      inGeneral(span) ||
      preventions.some((c) => feared(tokens, c, span, reach) || supposedAfter(tokens, c, span, reach)) ||
      definings.some(before);
    // Only an event told as over ("tripped", "has fallen"): "every winter he falls and can't get
    // up" tells the habit itself.
    if (kind !== 'context' && !past.has(scope) && inHabit(span) && toldAsEvent(tokens, span) && !setAside()) {
      habits.push({ name, sentence: tokens[span.start]?.sentence ?? -1, scope });
      continue;
    }
    if (kind !== 'context' && ((past.has(scope) && pastFor(span)) || inHabit(span) || setAside())) continue;
    if (
      kind === 'condition' &&
      (asking.some((c) => asks(tokens, c, span, reach.subjects)) || worries.some((c) => feared(tokens, c, span, reach)))
    )
      continue;
    const now = kind === 'context' || current.has(scope);
    // A sign said to be all right since counts only in the even-if-passed reading below.
    const holds = !fine && (now || scope > over);
    if (holds) present.add(name);
    else if (!fine) settled.add(name);
    if (holds && kind !== 'context') nowAt.push({ name, sentence: tokens[span.start]?.sentence ?? -1, scope });
    // Told as new after "now", "today"; or after a "but" that goes against what was settled:
    // "nothing serious, but she cannot get up".
    if (kind !== 'context' && holds && (toldNow(span) || (scope > over && opensWithBut(tokens, scope))))
      fresh.add(name);
    if (now || scope > (kind === 'symptom' ? overForSymptoms : over)) unpassed.add(name);
    else settledUnpassed.add(name);
  }
  const afterHabit = new Set(
    nowAt.filter((n) => habits.some((h) => h.sentence === n.sentence && h.scope < n.scope)).map((n) => n.name),
  );
  const habitNames = new Set(afterHabit.size > 0 ? habits.map((h) => h.name) : []);
  return { present, unpassed, settled, settledUnpassed, fresh, habitual: habitNames, afterHabit };
}

/**
 * The scopes told in the past: those with a past time in them ("last year", "in 2019"), and the
 * clauses after one in its sentence that go on telling that time ("Last year I fell and lay on
 * the floor for hours"): each opens with a word in the past ("and lay", "and she was", "and
 * couldn't"), after "and" and a subject at most. Not one with a word for now in it, nor one told
 * in the present ("…and can't get up", "…but now"): that is today.
 */
function carriedPast(
  tokens: readonly Token[],
  scopes: readonly number[],
  nowCues: readonly Span[],
  subjects: ReadonlySet<string>,
): Set<number> {
  const past = new Set(scopes);
  const nowScopes = new Set(nowCues.map((n) => tokens[n.start]?.scope ?? -1));
  const firstOf = new Map<number, number>();
  tokens.forEach((token, i) => {
    if (!firstOf.has(token.scope)) firstOf.set(token.scope, i);
  });
  for (const from of scopes) {
    const sentence = tokens[firstOf.get(from) ?? -1]?.sentence;
    for (let scope = from + 1; firstOf.has(scope) && !nowScopes.has(scope); scope++) {
      const first = firstOf.get(scope) ?? 0;
      if (tokens[first]?.sentence !== sentence) break;
      const joined = tokens[first]?.word === 'and';
      // "…and I've started getting a pain": what has begun goes on now.
      if (PERFECT.has(tokens[joined ? first + 1 : first]?.word ?? '')) break;
      // "…and it was a clot", "…and she couldnt talk", "…, my leg was puffy"; or more of the
      // same, with no verb of its own: "her calf was swollen hot and sore".
      // (Not after a clause that tells something now: "…has gone hot, swollen and sore".)
      const more = joined && noVerb(tokens, scope, first) && !presentFrom(tokens, firstOf.get(scope - 1) ?? 0);
      if (!toldInThePast(tokens[tenseAt(tokens, first, subjects, true)]) && !more) break;
      past.add(scope);
    }
    // …and back over "and" to the clause before, when that one is told in the past too: the time
    // said last covers both ("my gran blacked out and fell last year"). Not one with a word for
    // now in it, nor one that opens in the present ("she is confused and fell last year").
    for (let scope = from - 1; firstOf.has(scope) && !nowScopes.has(scope); scope--) {
      const joined = tokens[firstOf.get(scope + 1) ?? -1];
      if (joined?.word !== 'and' || joined.sentence !== sentence) break;
      if (!toldInThePast(tokens[tenseAt(tokens, firstOf.get(scope) ?? 0, subjects, false)])) break;
      past.add(scope);
    }
    // …and back over whatever came before in its sentence, when the time is said of it: "jaw
    // pain when chewing and a sore scalp, that was me in 2016". Not past a clause told now.
    if (pointsBack(tokens, firstOf.get(from) ?? 0))
      for (let scope = from - 1; firstOf.has(scope) && !nowScopes.has(scope); scope--) {
        const first = firstOf.get(scope) ?? 0;
        if (tokens[first]?.sentence !== sentence || presentFrom(tokens, first)) break;
        past.add(scope);
      }
  }
  return past;
}

/**
 * Where the word that tells a clause's time stands, from its first token `i`: past an "and",
 * then whose and what or who ("her calf was", "my gran blacked out"; the word after "her" is
 * what is hers, even one like "left": "her left arm is numb"), or who ("she", "mum"; with
 * `pointers`, "it", "that").
 */
function tenseAt(tokens: readonly Token[], i: number, subjects: ReadonlySet<string>, pointers: boolean): number {
  if (tokens[i]?.word === 'and') i++;
  // …and someone of theirs: "my friends dad collapsed".
  if (POSSESSIVES.has(tokens[i]?.word ?? '')) i += 2;
  const word = tokens[i]?.word ?? '';
  return subjects.has(word) || PEOPLE.has(word) || (pointers && POINTERS.has(word)) ? i + 1 : i;
}

// Words that stand for what was just told: "…and it was a clot", "that was years ago".
const POINTERS = new Set(['it', 'that', 'this', 'which']);

/** Whether clause `scope` (from token `first`) opens "that was", "this was", "which was" (after "and" or "but"). */
function pointsBack(tokens: readonly Token[], first: number): boolean {
  let i = first;
  if (tokens[i]?.word === 'and' || tokens[i]?.word === 'but') i++;
  return POINTERS.has(tokens[i]?.word ?? '') && (tokens[i + 1]?.word === 'was' || tokens[i + 1]?.word === 'were');
}

/** Whether a word (as typed) tells something now: "is", "cant", "hes", "has". */
function tellsNow(word: string): boolean {
  return PRESENT_HOLDERS.has(word) || PRESENT_VERBS.has(word) || PERFECT.has(word);
}

/**
 * Whether clause `scope`, from token `i` to its end, tells someone or something in the present:
 * "she is", "cant", "hes", "…has suddenly gone hot".
 */
function presentFrom(tokens: readonly Token[], i: number, scope = tokens[i]?.scope): boolean {
  for (; scope !== undefined && tokens[i]?.scope === scope; i++) {
    if (tellsNow(typed(tokens[i]))) return true;
  }
  return false;
}

// A clause of this many words at most after its "and" may be more of the one before it.
const SHORT_CLAUSE = 3;
// How many words past "a history of" it names ("of heart problems"): a sign told after them is
// told now.
const HISTORY_REACH = 2;

/**
 * Whether clause `scope` (from token `first`, its "and") is a few words with no verb or subject of
 * its own ("and sore", "and a bit swollen"): more of what the clause before it told.
 */
function noVerb(tokens: readonly Token[], scope: number, first: number): boolean {
  let i = first + 1;
  for (; tokens[i]?.scope === scope; i++) {
    const word = typed(tokens[i]);
    if (i - first > SHORT_CLAUSE || tellsNow(word)) return false;
    if (PEOPLE.has(word) || RELATIVES.has(word) || POINTERS.has(word) || /^(?:i|he|she|we|they|you)$/.test(word))
      return false;
    if (BEGAN.has(word) || /(?:ing|s)$/.test(word)) return false;
  }
  return i > first + 1;
}

// "my gran blacked out": a possessive before the person who did it.
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

// Past forms that do not end in -ed, as clauses of a story go on ("and lay there", "and was").
const PAST_FORMS = new Set([
  'was',
  'were',
  'wasnt',
  'werent',
  'didnt',
  'couldnt',
  'lay',
  'spent',
  'broke',
  'fell',
  'went',
  'got',
  'took',
  'came',
  'lost',
  'felt',
  'kept',
  'left',
  'found',
  'ended',
  'needed',
  'stayed',
  'landed',
  'could',
  'wet',
  'said',
  'told',
  'bled',
  'hit',
  'saw',
  'thought',
  'gave',
]);

// Words that tell something began, and may go on now ("…and started getting a pain"); and "had",
// which may be an ache that is still there ("…and had an ache for weeks").
const BEGAN = new Set(['started', 'noticed', 'developed', 'woke', 'began', 'had']);
const PERFECT = new Set(['ive', 'hes', 'shes', 'weve', 'theyve', 'has', 'have', 'been']);

/** A token's word as typed: "couldnt", which triage reads as "cant". */
function typed(token: Token | undefined): string {
  return token?.said ?? token?.word ?? '';
}

function toldInThePast(token: Token | undefined): boolean {
  // As typed: "couldnt" is read as "cant", but still tells the past.
  const word = typed(token);
  return !BEGAN.has(word) && (PAST_FORMS.has(word) || /^[a-z]{3,}ed$/.test(word));
}

/**
 * Whether someone is told in the present at `i`: a subject and a present verb ("he isnt", "mum
 * is"), or a word that holds both ("hes", "shes", "im").
 */
function presentRestart(tokens: readonly Token[], i: number, subjects: ReadonlySet<string>): boolean {
  const word = tokens[i]?.word ?? '';
  if (PRESENT_HOLDERS.has(word)) return true;
  // As typed: "i couldnt", read as "i cant", is told in the past.
  return (subjects.has(word) || RELATIVES.has(word)) && PRESENT_VERBS.has(typed(tokens[i + 1]));
}

const PRESENT_HOLDERS = new Set(['hes', 'shes', 'im', 'theyre', 'youre']);
const PRESENT_VERBS = new Set([
  'is',
  'isnt',
  'are',
  'arent',
  'am',
  'cant',
  'cannot',
  'can',
  'has',
  'hasnt',
  'have',
  'havent',
  'does',
  'doesnt',
  'wont',
  'keeps',
  'looks',
  'seems',
  'feels',
]);

// The words a case supposed opens with ("if mum has a fall", "in case he has a stroke").
const SUPPOSING = new Set(['if', 'suppose', 'supposing', 'hypothetically', 'what', 'in', 'incase', 'would', 'should']);

/**
 * Whether clause `scope` opens with "but", or follows one directly: in "nothing broken but shes
 * been stuck there an hour", "shes" starts a clause of its own after the "but". A clause joined
 * on by "and" goes on from the one before it: "…but shes stuck and cant get up".
 */
function opensWithBut(tokens: readonly Token[], scope: number): boolean {
  for (let s = scope; s >= 0; s--) {
    const first = tokens.findIndex((t) => t.scope === s);
    if (first < 0) return false;
    const opener = tokens[first]?.word;
    const before = tokens[first - 1];
    if (opener === 'but' || before?.word === 'but') return true;
    // on through "and" within the sentence, to the clause before it
    const joined = opener === 'and' || (before?.word === 'and' && before.scope === s - 1);
    if (!joined || before?.sentence !== tokens[first]?.sentence) return false;
  }
  return false;
}

/** Whether a concept's own words tell it in the past: "slipped", "fell", "took a tumble", "has fallen". */
function toldAsEvent(tokens: readonly Token[], span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const word = tokens[i]?.word ?? '';
    if (toldInThePast(tokens[i]) || PARTICIPLES.has(word)) return true;
  }
  return false;
}

const PARTICIPLES = new Set(['fallen', 'broken']);

// What people do with an animal, said after it: "dog sitting", "horse riding", "pony trekking".
const WITH_AN_ANIMAL = new Set([
  'walking',
  'walker',
  'walkers',
  'riding',
  'rider',
  'trekking',
  'grooming',
  'sitting',
  'sitter',
  'training',
  'show',
]);

const WHEN = new Set(['when', 'while', 'whilst']);
// The teller's report of what the person says of themself.
const SAYS = new Set(['says', 'said', 'insists', 'insisted', 'claims', 'reckons']);
// What may stand between "says" and the word it reports: "she says (that) (she) is fine now".
const SAID_OPENERS = new Set(['that', 'she', 'he', 'they', 'i', 'it', 'we', 'you']);

/**
 * Whether `span` is what someone says of themselves: "says" just before it, with nothing between
 * but "that" or who it is about. Not "they said dehydration, she's fine now": what was said
 * there is the verdict, and the clause after it is the teller's own.
 */
function saysOwnWord(tokens: readonly Token[], span: Span): boolean {
  for (let i = span.start - 1; i >= 0 && i >= span.start - 3; i--) {
    const word = tokens[i]?.word ?? '';
    if (SAYS.has(word)) return true;
    if (!SAID_OPENERS.has(word)) return false;
  }
  return false;
}
// Words that make what follows a guess, not a verdict.
const DOUBT = new Set([
  'thought',
  'think',
  'thinks',
  'assumed',
  'assume',
  'hoped',
  'hope',
  'hoping',
  'hopefully',
  'maybe',
  'probably',
  'reckon',
  'reckoned',
  'guess',
  'guessed',
  'presumed',
  'perhaps',
]);
const STORY_ENDS = new Set([
  'then',
  'actually',
  'really',
  'suddenly',
  'just',
  'now',
  'started',
  'began',
  'my',
  'her',
  'his',
  'mum',
  'mom',
  'dad',
  'nan',
  'gran',
  'husband',
  'wife',
  // Someone real, now: "…playing a character and collapsed on stage, she's not breathing".
  'shes',
  'hes',
  'im',
  // the teller's own: "someone on a forum said a hot red calf is a clot, mine is hot and red"
  'mine',
]);

// A relative's, as typed without the apostrophe ("mums", "dads"): a person (PEOPLE) and an owner (OWNERS).
const RELATIVES_OWN = ['mums', 'moms', 'mams', 'dads', 'nans', 'grans', 'husbands', 'wifes'];
// People, as a sentence about an animal names them: from here on it is about the person.
const PEOPLE = new Set([
  'i',
  'im',
  'ive',
  'me',
  'my',
  'myself',
  'we',
  'us',
  'him',
  'her',
  'mum',
  'mom',
  'mam',
  'dad',
  'nan',
  'gran',
  'grandma',
  'grandad',
  'grandpa',
  'husband',
  'wife',
  'son',
  'daughter',
  'partner',
  'nana',
  'nanna',
  'granny',
  'grandmother',
  'grandfather',
  'grandson',
  'granddaughter',
  'aunt',
  'auntie',
  'aunty',
  'uncle',
  'sister',
  'brother',
  'father',
  'mother',
  'mummy',
  'daddy',
  ...RELATIVES_OWN,
  'sons',
  'daughters',
  'partners',
]);
// People named by who they are ("mum", "my husband"): after "if someone … and", a new subject.
const RELATIVES = new Set(
  [...PEOPLE].filter((word) => !['i', 'im', 'ive', 'me', 'my', 'myself', 'we', 'us', 'him', 'her'].includes(word)),
);
// What an animal does to a person ("the cat scratched her hand", "the dog bit him"): the sign
// that follows is the person's.
const ACTS_ON = new Set([
  'bit',
  'bite',
  'bites',
  'bitten',
  'biting',
  'scratch',
  'scratched',
  'scratches',
  'scratching',
  'knocked',
  'knocks',
  'tripped',
  'trips',
  'pulled',
  'pulls',
  'pushed',
  'jumped',
  'jumps',
  'dragged',
  'kicked',
  'attacked',
  'ran',
]);
// A later time, after the animal's part ("our dog had a fit this morning and now my chest hurts").
const LATER = new Set(['now', 'then', 'today']);
/**
 * Whether a new statement starts between the negation `cue` and `span`, at a word such as "legs"
 * typed straight after a word that does not lead into it: "he hasnt slept knees swollen" denies
 * the sleep, not the swelling; "no pain in her legs" still denies the pain in them.
 */
function restartsBetween(tokens: readonly Token[], cue: Span, span: Span, reach: Reach): boolean {
  for (let i = Math.max(cue.end, cue.start + 1); i <= span.start; i++) {
    const before = tokens[i - 1];
    if (
      reach.restarts.has(tokens[i]?.word ?? '') &&
      before?.scope === tokens[i]?.scope &&
      !reach.links.has(before?.word ?? '')
    )
      return true;
  }
  return false;
}

// Words that may come before the animal that opens a sentence: "our old dog", "my daughter's cat".
const OPENERS = new Set(['our', 'my', 'the', 'his', 'her', 'their', 'a', 'an', 'old', 'young', 'little', 'elderly']);

/**
 * Whether the cue opens its sentence: before it there, only words like "our old", and at most one
 * other word just before it ("my daughter's cat", "our neighbour's dog").
 */
function opensSentence(tokens: readonly Token[], cue: Span): boolean {
  const sentence = tokens[cue.start]?.sentence;
  for (let i = cue.start - 1; i >= 0 && tokens[i]?.sentence === sentence; i--)
    if (!OPENERS.has(tokens[i]?.word ?? '') && cue.start - i > 1) return false;
  return true;
}

// Words that say what a story is about ("a drama where an old man collapsed and went blue"): an
// "and" after one of them goes on with the story. An "and" before any, followed by what happened
// rather than by someone new ("and a patient had a clot"), goes on with the teller's own day: "I
// was watching the news and got chest pain", "playing a character and collapsed on stage".
const STORY_TELLS = new Set(['where', 'about', 'who', 'which', 'that', 'whose']);
// Who reads or tells a story, and how: "the novel I'm reading", "on a forum someone said".
const STORY_TELLERS = new Set([
  'i',
  'im',
  'someone',
  'somebody',
  'people',
  'they',
  'everyone',
  'one',
  'another',
  'others',
]);
const STORY_TELLER_VERBS = new Set([
  'reading',
  'read',
  'watching',
  'watched',
  'said',
  'says',
  'posted',
  'wrote',
  'writes',
  'mentioned',
]);
const SOMEONE_NEW = new Set(['a', 'an', 'the', 'one', 'some', 'this', 'another']);

/**
 * A story's stops, for between(): a fresh one per cue and concept, as it keeps whether the story
 * has said what it is about yet.
 */
function storyEnds(tokens: readonly Token[], subjects: ReadonlySet<string>): (word: string, at: number) => boolean {
  let told = false;
  // Whether a teller and their verb stand at `i` and `i + 1`: "I'm reading", "someone said".
  const tellerAt = (i: number): boolean =>
    STORY_TELLERS.has(tokens[i]?.word ?? '') && STORY_TELLER_VERBS.has(tokens[i + 1]?.word ?? '');
  return (word, at) => {
    // Someone reading or telling the story is not someone in it ("in the novel I'm reading the
    // heroine has a seizure"), and what they said is the story's too ("on a forum someone said
    // her leg went cold"). Not someone real saying it: "…, mum said her chest hurts".
    if (tellerAt(at) || tellerAt(at - 2)) return false;
    if (tellerAt(at - 1)) told = true;
    if (WHEN.has(word) || STORY_ENDS.has(word) || (word !== 'who' && subjects.has(word))) return true;
    if (STORY_TELLS.has(word)) told = true;
    // The word after "and" may be the concept itself.
    return word === 'and' && !told && !SOMEONE_NEW.has(tokens[at + 1]?.word ?? '');
  };
}

/** Whether a word that `stops` lies between the cue and the concept, whichever comes first. */
function between(
  tokens: readonly Token[],
  cue: Span,
  span: Span,
  stops: (word: string, at: number) => boolean,
): boolean {
  const [from, to] = cue.start < span.start ? [cue.end, span.start] : [span.end, cue.start];
  for (let i = from; i < to; i++) if (stops(tokens[i]?.word ?? '', i)) return true;
  return false;
}

// Words that open a question: what such a question asks about comes after it. "The same as" asks
// about what follows it too: "is that the same as a stroke", not "a stroke, the same as last time".
const QUESTION_WORDS = new Set(['what', 'how', 'which', 'why', 'who', 'same']);
// Words that make what follows someone's own: "my hernia", "mums stroke".
const OWNERS = new Set(['my', 'her', 'his', 'their', 'our', ...RELATIVES_OWN]);

/** Whether one of `words` is among the `within` tokens just before `span` (in its clause, if `sameClause`). */
function saidJustBefore(
  tokens: readonly Token[],
  span: Span,
  within: number,
  words: ReadonlySet<string>,
  sameClause: boolean,
): boolean {
  for (let i = Math.max(0, span.start - within); i < span.start; i++)
    if (words.has(tokens[i]?.word ?? '') && (!sameClause || tokens[i]?.scope === tokens[span.start]?.scope))
      return true;
  return false;
}

/**
 * Whether the information cue `cue` asks about the condition at `span`: in the same clause, and,
 * for a question opened by a question word, after it. "what is a seizure" asks; "she is having a
 * seizure what is happening" does not. Other cues reach both ways ("stroke risk", "signs of a clot"),
 * but one after the condition does not reach back past a new subject: in "mum is having a heart
 * attack she takes heart tablets", typed with no full stop, "she takes" starts a new statement.
 */
function asks(tokens: readonly Token[], cue: Span, span: Span, subjects: ReadonlySet<string>): boolean {
  const scope = tokens[span.start]?.scope;
  if (tokens[cue.start]?.scope !== scope) return false;
  // Someone's own ("is it normal for my hernia to go hard"): what they have now, not a question about it.
  if (cue.start < span.start && OWNERS.has(tokens[span.start - 1]?.word ?? '')) return false;
  if (cue.start >= span.end && between(tokens, cue, span, (word) => subjects.has(word))) return false;
  return !QUESTION_WORDS.has(tokens[cue.start]?.word ?? '') || cue.start < span.start;
}

/**
 * Whether the fear or purpose `cue` governs `span`: it comes first, in the same part of the
 * sentence, and only breaks it carries across ("so he doesn't fall and hit his head", "scared
 * of falling and breaking a hip") and no new subject ("worried about mum she fell": she did)
 * lie between. The word just after the cue may be its own subject ("in case she falls").
 */
function feared(tokens: readonly Token[], cue: Span, span: Span, reach: Reach): boolean {
  // A cue may end in a pattern word that is the concept's own first word ("worried about collapsing").
  if (cue.start >= span.start || tokens[cue.start]?.segment !== tokens[span.start]?.segment) return false;
  for (let i = cue.end; i < span.start; i++) {
    const token = tokens[i];
    if (!token) return false;
    if (i > cue.end && reach.subjects.has(token.word)) return false;
    // …or someone told in the present: "stop fussing grandad has fainted". Not after a case
    // supposed, which is told in the present too: "suppose my husband has a heart attack".
    if (i > cue.end && !SUPPOSING.has(tokens[cue.start]?.word ?? '') && presentRestart(tokens, i, reach.subjects))
      return false;
    if (token.scope !== tokens[i - 1]?.scope && !reach.carries.has(token.word)) return false;
  }
  // The concept's own first word may be the break ("…and hit"): its scope, checked the same way.
  const first = tokens[span.start];
  return !!first && (first.scope === tokens[span.start - 1]?.scope || reach.carries.has(first.word));
}

// A case supposed just after what it would bring, at most this many words on.
const SUPPOSED_WITHIN = 5;

/**
 * Whether the case supposed at `cue` ("if she falls") comes just after `span`, in its clause, with
 * no one new between: "she cant get up off the floor by herself if she falls" tells what a fall
 * would bring, not a fall now.
 */
function supposedAfter(tokens: readonly Token[], cue: Span, span: Span, reach: Reach): boolean {
  if (tokens[cue.start]?.word !== 'if' || cue.start < span.end || cue.start - span.end > SUPPOSED_WITHIN) return false;
  for (let i = span.end; i < cue.start; i++)
    if (tokens[i]?.scope !== tokens[span.start]?.scope || reach.subjects.has(tokens[i]?.word ?? '')) return false;
  return true;
}

// Words that tell a denied history's list has ended and something goes on now.
const NOW_WORDS = new Set(['now', 'currently', 'still', 'rn', 'atm']);
const TIME_UNITS = new Set([
  'min',
  'mins',
  'minute',
  'minutes',
  'sec',
  'secs',
  'seconds',
  'hour',
  'hours',
  'hrs',
  'hr',
]);
const DURATION_LEADS = new Set(['for', 'about', 'over', 'nearly', 'almost', 'around', 'past']);
// Words between a negation and the history or condition it denies: "no known history of", "no
// past medical history of" (at most this many).
const MAX_QUALIFIERS = 2;
const DENIED_QUALIFIERS = new Set([
  'known',
  'previous',
  'prior',
  'past',
  'medical',
  'family',
  'real',
  'any',
  'significant',
  'relevant',
]);
// What two parts said all right together take: "hips and head are fine".
const PLURAL_LINKS = new Set(['are', 'were']);
// What takes back a word that two parts are all right: "…are fine but they hurt".
const TAKEN_BACK = new Set(['but', 'though', 'except', 'apart']);
const UNTIL = new Set(['till', 'until', 'til', 'untill']);
// What follows a word that it passed when it passed only in part ("cleared up a bit").
const PARTLY = new Set(['slightly', 'somewhat', 'partly', 'partially', 'abit']);
const A_LITTLE = new Set(['bit', 'little', 'touch']);

/**
 * "…, breathing is fine", "legs are both ok": the concept is said to be all right. So is the
 * first of two parts said all right together ("hips and head are fine"): "and", one or two words,
 * then "are" or "were", which only two things can take.
 */
function saidToBeFine(tokens: readonly Token[], span: Span, fineAt: ReadonlySet<number>): boolean {
  const segment = tokens[span.start]?.segment;
  let start = span.end;
  // "and" then a linking word ("…and seems fine") is read as one run of linking words below.
  const listed = tokens[start]?.word === 'and' && !LINKING.has(tokens[start + 1]?.word ?? '');
  if (listed) {
    const plural = [start + 2, start + 3].find((i) => PLURAL_LINKS.has(tokens[i]?.word ?? ''));
    if (plural === undefined) return false;
    start = plural;
  }
  for (let i = start; i < start + 4 && tokens[i]?.segment === segment; i++) {
    // Two parts said all right and then taken back are not all right: "my hip and knee are
    // fine but they hurt", "are ok-ish, sore".
    if (fineAt.has(i)) return !listed || !takenBack(tokens, i);
    if (!LINKING.has(tokens[i]?.word ?? '')) return false;
  }
  return false;
}

/** Whether the sentence goes on, after the word at `at`, with "but", or "ish" just after it. */
function takenBack(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  if (tokens[at + 1]?.word === 'ish') return true;
  for (let i = at + 1; tokens[i]?.sentence === sentence; i++) if (TAKEN_BACK.has(tokens[i]?.word ?? '')) return true;
  return false;
}

function length(span: Span): number {
  return span.end - span.start;
}

/**
 * Whether `span` holds all of `sense`, matched its keys with words of its own, and passed over
 * (in a gap) every other word of it. Not a sense wholly inside a gap: "took * by mistake" over
 * "alendronic acid" (a medicine, not a burn) is still a double dose.
 */
function jumpedOver(span: Span, sense: Span): boolean {
  if (sense.start < span.start || sense.end > span.end || sense.keys.length === sense.end - sense.start) return false;
  for (let i = sense.start; i < sense.end; i++) if (sense.keys.includes(i) === span.gaps.includes(i)) return false;
  return true;
}

// A sense written all in patterns ("/^(power|storm)$/ /^(blackout|blackouts)$/") has no keys:
// each word of its own (not one it passed over) is then its key, or it could never win.
function overlapsKeys(span: Span, sense: Span): boolean {
  if (sense.keys.length > 0) return sense.keys.some((k) => span.start <= k && k < span.end);
  for (let k = Math.max(span.start, sense.start); k < Math.min(span.end, sense.end); k++)
    if (!sense.gaps.includes(k)) return true;
  return false;
}
