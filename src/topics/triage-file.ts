// Reads a folder's triage.yml: the rules beside the topics (see content/triage.yml).
import { join } from 'node:path';
import { readDataFile } from './read-file.js';
import { parseDataFile } from './schema.js';
import { triageSchema, type TriageFile } from './triage-schema.js';
import { TRIAGE_FILE } from './data-names.js';

export { TRIAGE_FILE };
// Real rules are tens of KB; anything past this is a mistake, not rules.
const MAX_TRIAGE_BYTES = 512 * 1024;

/** The folder's triage rules, or null when it has no triage.yml. Invalid rules are a ContentError. */
export function readTriageFile(dir: string): TriageFile | null {
  const text = readDataFile(join(dir, TRIAGE_FILE), TRIAGE_FILE, MAX_TRIAGE_BYTES);
  return text === null ? null : parseTriage(text);
}

/** Pure: the text of a triage.yml → validated rules. */
export function parseTriage(text: string): TriageFile {
  return parseDataFile(TRIAGE_FILE, text, triageSchema);
}
