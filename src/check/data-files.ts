// `osteo check` on the data files beside the topics: each is optional, but what is there must
// be valid. (Reading them is the topics layer's job; judging them is check's.)
import { OsteoError } from '../errors.js';
import type { Topic } from '../topics/types.js';
import { readSelfchecksText, SELFCHECKS_FILE } from '../topics/selfchecks-file.js';
import { readTriageFile, TRIAGE_FILE } from '../topics/triage-file.js';
import type { Finding } from './rules.js';
import { checkSelfchecks } from './selfchecks.js';
import { checkTriage } from './triage.js';

export function checkDataFiles(dir: string, topics: readonly Topic[]): Finding[] {
  return [...triageFindings(dir, topics), ...selfcheckFindings(dir, topics)];
}

function triageFindings(dir: string, topics: readonly Topic[]): Finding[] {
  try {
    const triage = readTriageFile(dir);
    return triage ? checkTriage(triage, topics) : [];
  } catch (error) {
    if (!(error instanceof OsteoError)) throw error;
    return [{ level: 'error', file: TRIAGE_FILE, field: 'file', message: error.message.replace(`${TRIAGE_FILE}: `, '') }];
  }
}

function selfcheckFindings(dir: string, topics: readonly Topic[]): Finding[] {
  try {
    const text = readSelfchecksText(dir);
    return text === null ? [] : checkSelfchecks(text, topics);
  } catch (error) {
    if (!(error instanceof OsteoError)) throw error;
    return [{ level: 'error', file: SELFCHECKS_FILE, field: 'file', message: error.message.replace(`${SELFCHECKS_FILE}: `, '') }];
  }
}
