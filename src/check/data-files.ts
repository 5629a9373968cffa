// `osteo check` on the data files beside the topics: each is optional, but what is there must
// be valid. (Reading them is the topics layer's job; judging them is check's.)
import { OsteoError } from '../errors.js';
import type { Topic } from '../topics/types.js';
import { readSelfchecksText, SELFCHECKS_FILE } from '../topics/selfchecks-file.js';
import { readTriageFile, TRIAGE_FILE } from '../topics/triage-file.js';
import type { Finding } from './rules.js';
import { checkSelfchecks } from './selfchecks.js';
import { checkTriage } from './triage.js';
import { checkVocabulary } from './vocabulary.js';
import { readVocabularyFile, VOCABULARY_FILE } from '../topics/vocabulary-file.js';

export function checkDataFiles(dir: string, topics: readonly Topic[]): Finding[] {
  return [
    ...judge(TRIAGE_FILE, () => {
      const triage = readTriageFile(dir);
      return triage ? checkTriage(triage, topics) : [];
    }),
    ...judge(VOCABULARY_FILE, () => {
      const vocabulary = readVocabularyFile(dir);
      return vocabulary ? checkVocabulary(vocabulary, topics) : [];
    }),
    ...judge(SELFCHECKS_FILE, () => {
      const text = readSelfchecksText(dir);
      return text === null ? [] : checkSelfchecks(text, topics);
    }),
  ];
}

/** The findings of `check`; a file that cannot be read or parsed is one error naming it. */
function judge(file: string, check: () => Finding[]): Finding[] {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof OsteoError)) throw error;
    return [{ level: 'error', file, field: 'file', message: error.message.replace(`${file}: `, '') }];
  }
}
