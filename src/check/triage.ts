// `osteo check` rules for a folder's triage.yml: names resolve, the advice sections exist, and
// every sign fires on its own examples at its own level while the quiet examples stay quiet.
import { compilePhrase, compileTriage, expander } from '../search/triage/compile.js';
import { createTriage } from '../search/triage/match.js';
import type { Topic } from '../topics/types.js';
import type { TriageFile } from '../topics/triage-schema.js';
import { TRIAGE_FILE } from '../topics/triage-file.js';
import type { Finding } from './rules.js';

export function checkTriage(file: TriageFile, topics: readonly Topic[]): Finding[] {
  const findings: Finding[] = [];
  const error = (field: string, message: string): void => {
    findings.push({ level: 'error', file: TRIAGE_FILE, field, message });
  };
  const referenced = (phrase: string): string[] => [...phrase.matchAll(/\{([a-z0-9-]+)\}/g)].map((m) => m[1] ?? '');
  // Every context list, and the runs of words in `same` ("could not" for "cant").
  const contextPhrases = Object.entries(file.context).flatMap(([kind, list]) =>
    Array.isArray(list)
      ? list.map((p) => [`context.${kind}`, p] as const)
      : Object.entries(list).flatMap(([word, runs]) => runs.map((p) => [`context.${kind}.${word}`, p] as const)),
  );
  const allPhrases = [...Object.values(file.concepts).flatMap((c) => c.phrases), ...contextPhrases.map(([, p]) => p)];
  // A `when` line names a concept, or one that must be absent (!name).
  const named = (name: string): string => name.replace(/^!/, '');
  const used = new Set([...file.signs.flatMap((s) => s.when.flat().map(named)), ...allPhrases.flatMap(referenced)]);
  for (const phrase of allPhrases) {
    for (const name of referenced(phrase))
      if (!Object.hasOwn(file.concepts, name)) error('concepts', `"${phrase}" names {${name}}, which is not a concept`);
  }
  for (const sign of file.signs) {
    // A line of only absent concepts would fire on every text.
    for (const line of sign.when)
      if (line.every((name) => name.startsWith('!')))
        error(`signs.${sign.id}`, `[${line.join(', ')}] names no concept that must be present`);
    for (const name of new Set(sign.when.flat().map(named)))
      if (!Object.hasOwn(file.concepts, name)) error(`signs.${sign.id}`, `"${name}" is not a concept`);
  }
  for (const name of Object.keys(file.concepts)) {
    if (!used.has(name))
      findings.push({
        level: 'warning',
        file: TRIAGE_FILE,
        field: `concepts.${name}`,
        message: 'is not used by any sign',
      });
  }
  const phrases = [
    ...Object.entries(file.concepts).flatMap(([name, c]) => c.phrases.map((p) => [`concepts.${name}`, p] as const)),
    ...contextPhrases,
  ];
  const expand = expander(file.concepts);
  for (const [field, written] of phrases) {
    // A phrase is split into words at spaces, so a pattern holding a space ("/^(has not|hasnt)$/")
    // falls apart into pieces that match nothing.
    if (written.split(' ').some((part) => part.length > 1 && part.startsWith('/') !== part.endsWith('/'))) {
      error(field, `"${written}" has a pattern with a space in it: a pattern matches one word`);
      continue;
    }
    let expanded: string[];
    try {
      expanded = expand(written);
    } catch (cause) {
      error(field, cause instanceof Error ? cause.message : String(cause));
      continue;
    }
    const compiled = expanded.map(compilePhrase);
    if (compiled.some((elements) => elements.some((e, i) => 'start' in e && i > 0)))
      error(field, `"${written}" has ^ after its first word: ^ holds a phrase to the start of a segment`);
    for (const element of compiled.flat()) {
      if (!('pattern' in element)) continue;
      try {
        new RegExp(element.pattern);
      } catch {
        error(field, `"${written}" has a pattern that is not a valid regular expression`);
      }
    }
  }
  const topic = topics.find((t) => t.id === file.topic);
  if (!topic) error('topic', `"${file.topic}" is not a topic`);
  for (const level of ['emergency', 'urgent'] as const) {
    const { section } = file.levels[level];
    if (topic && !topic.sections.some((s) => s.heading === section))
      error(`levels.${level}.section`, `"${section}" is not a section of ${file.topic}`);
  }
  if (findings.some((f) => f.level === 'error')) return findings;

  // The rules as a folder of the user's would run them: without the build's typo table.
  const triage = createTriage(compileTriage(file));
  for (const sign of file.signs) {
    for (const text of sign.examples) {
      const got = triage.match(text);
      if (got?.level !== sign.level)
        error(
          `signs.${sign.id}.examples`,
          `"${text}" gives ${got ? `${got.level} (${got.id})` : 'no alarm'}, not ${sign.level}`,
        );
    }
  }
  for (const text of file.quiet) {
    const got = triage.match(text);
    if (got) error('quiet', `"${text}" gives ${got.level} (${got.id})`);
  }
  return findings;
}
