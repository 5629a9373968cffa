// The shape of a content folder's triage rules (triage.yml): the urgent signs search watches
// for, the words that make a sign "not now", and what to tell the person at each level.
// Validated here; compiled for matching in search/triage/compile.ts.
import * as z from 'zod';

const text = z.string().trim().min(1);
const phrase = z.union([text, z.number().transform(String)]);
const phrases = z.array(phrase).min(1);
const name = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case');
const notName = z.string().regex(/^!?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a concept name, or ! and one');

const advice = z.object({ uk: text, us: text, both: text });
const cardLine = z.object({ sign: text, advice: text.optional() });
const level = z.object({ section: text, advice, card: z.array(cardLine).min(1) });

export const triageSchema = z.object({
  /** The topic whose sections give each level's advice. */
  topic: name,
  levels: z.object({ emergency: level, urgent: level }),
  context: z.object({
    negation: phrases,
    past: phrases,
    /**
     * Words that name a habit or a history, not a time ("a history of falls", "in cold weather"):
     * their clause is past like a `past` one, except for a sign that goes on in a clause told now
     * right after it ("tripped on the frozen path in winter and cannot get up"): the event is
     * what the sign now comes after.
     */
    habits: z.array(phrase).default([]),
    /** Words that put a clause back in the present after a past one ("…last year, worse today"). */
    present: z.array(phrase).default([]),
    /**
     * Words that say an episode was seen to and settled ("went to A&E… all normal", "coughed it
     * out"): the signs told up to there are over, unless a `recurring` word follows ("it is back").
     */
    settled: z.array(phrase).default([]),
    /**
     * Words that say it went away by itself ("hasn't come back", "fine since"): they settle what
     * came before as `settled` words do, but not for a sign marked `even-if-passed`.
     */
    passed: z.array(phrase).default([]),
    /**
     * Words that tell a clause as happening now ("she has chest pain", "he can't breathe"): what
     * such a clause tells is not settled by a word later on that something was seen to, which may
     * be about another, earlier time ("…she was discharged home yesterday after her hip op").
     */
    current: z.array(phrase).default([]),
    recurring: z.array(phrase).default([]),
    /** Words that put a sentence in a story ("one of the characters…"), up to "when" or someone real. */
    story: z.array(phrase).default([]),
    /**
     * Animals ("our dog", "my cat"): a sentence that opens with one is about the animal, up to a
     * person ("…and knocked mum over"). Not an animal later in it: "tripped over the cat".
     */
    animals: z.array(phrase).default([]),
    information: phrases,
    general: phrases,
    defining: phrases,
    fine: phrases,
    prevention: phrases,
    /**
     * Worry words ("worried about", "concerned about"): a condition after one is feared, not
     * happening ("worried about a stroke"); a symptom after one is what the person has and asks
     * about ("should I be worried about chest pain that comes and goes"). A feared event told as
     * a verb ("worried about falling") is a `prevention` phrase.
     */
    worry: z.array(phrase).default([]),
    breaks: phrases,
    /**
     * Words that start a clause when typed with no stop before them ("hasn't had a wee all day
     * very sleepy"), unless a word of `links` comes just before ("she isn't very steady").
     */
    opens: z.array(phrase).default([]),
    links: z.array(phrase).default([]),
    /**
     * Words a negation does not reach past when typed with no stop before them, unless a word of
     * `links` comes just before: in "he hasn't slept knees swollen" the knees are not denied.
     */
    restarts: z.array(phrase).default([]),
    /** Breaks that a fear or a purpose reaches across ("so he doesn't fall and hit his head"). */
    carries: z.array(phrase).default([]),
    /** Words that start a new clause after a fear ("worried about mum she fell"). */
    subjects: z.array(phrase).default([]),
    /** A word, and what people type for it: {cant: [cannot, could not, unable to]}. */
    same: z.record(z.string().regex(/^[a-z0-9]+$/, 'must be one lowercase word'), phrases).default({}),
    senses: phrases,
  }),
  concepts: z.record(
    name,
    z.object({
      kind: z.enum(['symptom', 'condition', 'context']),
      phrases,
      /**
       * A fact about the person (a medicine they take, an illness they have), not a part or a
       * state that can be all right: "fine" after it says nothing of it ("on warfarin, feel ok").
       */
      fact: z.boolean().optional(),
    }),
  ),
  signs: z
    .array(
      z.object({
        id: name,
        level: z.enum(['emergency', 'urgent']),
        sign: text,
        /** Each line: concepts that must all be present; !name: one that must not be. */
        when: z.array(z.array(notName).min(1)).min(1),
        /** Still a sign when told as passed by itself (a mini-stroke needs help even if it passes). */
        'even-if-passed': z.boolean().default(false),
        examples: z.array(text).min(3, 'needs at least 3 examples that fire'),
      }),
    )
    .min(1),
  quiet: z.array(text).default([]),
});

export type TriageFile = z.infer<typeof triageSchema>;
export type ConceptKind = TriageFile['concepts'][string]['kind'];
