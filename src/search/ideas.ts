// The ideas search ranks by, each of which can be switched off to measure what it earns
// (scripts/ablation.ts, `npm run ablation`). The CLI and the library API always use them all:
// no option or setting reaches this from outside.
export interface Ideas {
  /** A word weighs by how rare it is across sections (off: every known word weighs the same). */
  rarity: boolean;
  /** The vocabulary's generic words ("elderly", "tips") count a third (off: in full). */
  genericWords: boolean;
  /** A topic's name counts fully only when the question says it fully (off: any word of it does). */
  nameCoverage: boolean;
  /** A question that only names a topic puts that topic first, at its opening. */
  namedLead: boolean;
  /** Each topic is shown by the section whose own heading and text answer (off: its best match). */
  answerFirst: boolean;
  /** A heading that shares the question's word pairs ("how to take", "how long") is preferred. */
  headingPhrases: boolean;
  /** A heading that answers the kind of question asked (the vocabulary's `questions`) is preferred. */
  questionKinds: boolean;
  /** A word of the topic's title says little about which of its sections answers. */
  titleWordDiscount: boolean;
  /** Without an alarm, the urgent-signs topic ranks at half its score unless asked for by name. */
  demoteAlarmTopic: boolean;
  /** A question mostly about what the library does not cover gets "osteo has nothing on". */
  uncovered: boolean;
  /** A word the content never uses is read as the content words one letter away. */
  typos: boolean;
  /** A phrase the vocabulary knows ("alendronic acid") counts as one word, not one per word. */
  phraseUnits: boolean;
  /**
   * The words after "for" or "with" set the scene ("yoga with osteoporosis"), and "up" not after
   * get or help ("my head spins as I stand up") is not getting up: they count less.
   */
  contextWords: boolean;
  /** In a message that tells a story and then asks, the story's own words count less. */
  backStory: boolean;
  /** Words split by dictation ("war farin", "rise dro nate") are read as the word they spell. */
  splitWords: boolean;
}

export const ALL_IDEAS: Readonly<Ideas> = {
  rarity: true,
  genericWords: true,
  nameCoverage: true,
  namedLead: true,
  answerFirst: true,
  headingPhrases: true,
  questionKinds: true,
  titleWordDiscount: true,
  demoteAlarmTopic: true,
  uncovered: true,
  typos: true,
  phraseUnits: true,
  contextWords: true,
  backStory: true,
  splitWords: true,
};
