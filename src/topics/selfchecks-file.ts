// Reads a folder's selfchecks.yml: the screening tools beside the topics (see content/selfchecks.yml).
import { join } from 'node:path';
import { readDataFile } from './read-file.js';
import { readYaml, yamlProblem } from './yaml.js';
import { ContentError } from '../errors.js';
import { schemaIssues } from './schema.js';
import { selfchecksSchema, type SelfchecksFile } from './selfchecks-schema.js';

export const SELFCHECKS_FILE = 'selfchecks.yml';
// The real file is under 10 KB; anything past this is a mistake, not checks.
const MAX_BYTES = 256 * 1024;

/** A problem with the file, by the field it is in ('checks.falls.threshold'), for osteo check. */
export interface FileIssue {
  field: string;
  message: string;
}

export type ParsedSelfchecks = { ok: true; file: SelfchecksFile } | { ok: false; issues: FileIssue[] };

/**
 * The self-checks for `dir`: its own selfchecks.yml, else the shipped one (`shipped` is the
 * shipped content folder), so a person's own topic folder still has the checks.
 */
export function openSelfchecks(dir: string, shipped: string): SelfchecksFile {
  const own = readSelfchecksFile(dir);
  if (own) return own;
  const file = readSelfchecksFile(shipped);
  if (!file) throw new Error(`the shipped ${SELFCHECKS_FILE} is missing`);
  return file;
}

/** The folder's self-checks, or null when it has none. An invalid file is a ContentError naming the field. */
export function readSelfchecksFile(dir: string): SelfchecksFile | null {
  const text = readSelfchecksText(dir);
  if (text === null) return null;
  const parsed = parseSelfchecks(text);
  if (parsed.ok) return parsed.file;
  const first = parsed.issues[0];
  throw new ContentError(`${SELFCHECKS_FILE}: ${first ? `${first.field}: ${first.message}` : 'invalid'}`, {
    hint: `Run 'osteo check' on the folder to see every problem.`,
  });
}

/** The file's text, or null when the folder has no selfchecks.yml. */
export function readSelfchecksText(dir: string): string | null {
  return readDataFile(join(dir, SELFCHECKS_FILE), SELFCHECKS_FILE, MAX_BYTES);
}

/** Pure: the text of a selfchecks.yml → the checks, or every problem with its shape. */
export function parseSelfchecks(text: string): ParsedSelfchecks {
  const read = readYaml(text);
  if (!read.ok) return { ok: false, issues: [{ field: 'file', message: yamlProblem(read) }] };
  const data = read.data;
  const result = selfchecksSchema.safeParse(data);
  if (result.success) return { ok: true, file: result.data };
  return { ok: false, issues: schemaIssues(result.error, data, 'file') };
}
