// Which triage rules a folder gets: its own triage.yml, compiled here; or, without one, the
// shipped rules, so a person's own topic folder still raises the alarm for an emergency. The
// shipped rules come compiled by the build (dist/triage.json, with the typo table that needs an
// English word list) while content/triage.yml is unchanged (built-rules.ts). The YAML reader and
// its schema are loaded only when a file has to be compiled: most runs never need them, and they
// are a third of the CLI's code.
import type { CompiledTriage } from '../search/triage/compile.js';
import { TRIAGE_FILE } from '../topics/data-names.js';
import { readCompiled, type SourceStamp } from './built-rules.js';

export interface BuiltTriage extends SourceStamp {
  rules: CompiledTriage;
}

/** The triage rules for `dir`; `shipped` is the shipped content folder, `built` dist/triage.json. */
export async function openTriage(dir: string, shipped: string, built: string): Promise<CompiledTriage> {
  const { compiled, from } = readCompiled<BuiltTriage>(dir, shipped, TRIAGE_FILE, built, (b) => {
    const rules = b.rules as Partial<CompiledTriage> | null;
    if (typeof rules !== 'object' || rules === null) return false;
    // A table from an older build held arrays: compile again rather than misread it.
    return rules.typos === null || (typeof rules.typos?.words === 'string' && typeof rules.typos.real === 'string');
  });
  if (compiled) return compiled.rules;
  const [{ readTriageFile }, { compileTriage }] = await Promise.all([
    import('../topics/triage-file.js'),
    import('../search/triage/compile.js'),
  ]);
  const file = from === null ? null : readTriageFile(from);
  if (!file) throw new Error(`the shipped ${TRIAGE_FILE} is missing`);
  return compileTriage(file);
}
