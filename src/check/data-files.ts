// `osteo check` on the data files beside the topics: each is optional, but what is there must
// be valid. (Reading them is the topics layer's job; judging them is check's.)
import { OsteoError } from '../errors.js';
import type { Topic } from '../topics/types.js';
import { readTriageFile, TRIAGE_FILE } from '../topics/triage-file.js';
import type { Finding } from './rules.js';
import { checkTriage } from './triage.js';
import { checkVocabulary } from './vocabulary.js';
import { readVocabularyFile, VOCABULARY_FILE } from '../topics/vocabulary-file.js';

export function checkDataFiles(dir: string, topics: readonly Topic[]): Finding[] {
  return [
    ...checkOne(TRIAGE_FILE, () => {
      const triage = readTriageFile(dir);
      return triage ? checkTriage(triage, topics) : [];
    }),
    ...checkOne(VOCABULARY_FILE, () => {
      const vocabulary = readVocabularyFile(dir);
      return vocabulary ? checkVocabulary(vocabulary, topics) : [];
    }),
  ];
}

/** The findings about one data file, or one error if it cannot be read or parsed. */
function checkOne(file: string, check: () => Finding[]): Finding[] {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof OsteoError)) throw error;
    return [{ level: 'error', file, field: 'file', message: error.message.replace(`${file}: `, '') }];
  }
}
