// Which triage rules a folder gets: its own triage.yml, compiled here; or, without one, the
// shipped rules, so a person's own topic folder still raises the alarm for an emergency. The
// shipped rules come compiled by the build (dist/triage.json, with the typo table that needs an
// English word list) while content/triage.yml is unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTriage, type CompiledTriage } from '../search/triage/compile.js';
import { readTriageFile, TRIAGE_FILE } from '../topics/triage-file.js';
import { fnv1a } from './hash.js';

export interface BuiltTriage {
  /** FNV-1a of the triage.yml it was compiled from. */
  source: number;
  rules: CompiledTriage;
}

/** The triage rules for `dir`; `shipped` is the shipped content folder, `built` dist/triage.json. */
export function openTriage(dir: string, shipped: string, built: string): CompiledTriage {
  const own = readSource(dir);
  const source = own ?? readSource(shipped);
  const fromBuild = readBuilt(built);
  if (fromBuild && source && fromBuild.source === fnv1a(source)) return fromBuild.rules;
  const file = readTriageFile(own ? dir : shipped);
  if (!file) throw new Error(`the shipped ${TRIAGE_FILE} is missing`);
  return compileTriage(file);
}

function readSource(dir: string): Buffer | null {
  try {
    return readFileSync(join(dir, TRIAGE_FILE));
  } catch {
    return null;
  }
}

function readBuilt(file: string): BuiltTriage | null {
  try {
    const built = JSON.parse(readFileSync(file, 'utf8')) as BuiltTriage;
    return typeof built.source === 'number' && typeof built.rules === 'object' ? built : null;
  } catch {
    return null;
  }
}
