// `osteo check` rules for a folder's vocabulary.yml: every word a synonym points to is one the
// topics use (else the synonym finds nothing), no typed word is listed twice, and every heading
// a kind of question looks for is in some section's heading (else it never answers).
import { buildIndex, headingText } from '../search/memory-index.js';
import { phraseStems, wordingStems } from '../search/vocabulary.js';
import type { Topic } from '../topics/types.js';
import { VOCABULARY_FILE, type VocabularyFile } from '../topics/vocabulary-file.js';
import type { Finding } from './rules.js';

export function checkVocabulary(file: VocabularyFile, topics: readonly Topic[]): Finding[] {
  const findings: Finding[] = [];
  const terms = buildIndex(topics).postings;
  for (const [typed, targets] of Object.entries(file.synonyms)) {
    for (const target of targets) {
      const missing = phraseStems(target).filter((s) => !terms.has(s));
      if (missing.length > 0 && topics.length > 0) {
        findings.push({
          level: 'warning',
          file: VOCABULARY_FILE,
          field: `synonyms.${typed}`,
          message: `"${target}" is not a word the topics use`,
        });
      }
    }
  }
  const seen = new Map<string, string>();
  for (const [i, group] of file.spellings.entries()) {
    for (const word of new Set(group.map((w) => phraseStems(w).join(' ')))) {
      const key = word;
      const other = seen.get(key);
      if (other !== undefined)
        findings.push({
          level: 'error',
          file: VOCABULARY_FILE,
          field: `spellings.${i}`,
          message: `"${word}" is also in spellings group ${other}`,
        });
      else seen.set(key, String(i));
    }
  }
  // A section's part headings (###) count: a kind's cue there marks the section (answer-first.ts).
  const headings = topics.flatMap((t) => t.sections.map((s) => ` ${wordingStems(headingText(s))} `));
  for (const [i, kind] of file.questions.entries()) {
    for (const cue of kind.headings) {
      const words = wordingStems(cue);
      if (topics.length > 0 && !headings.some((h) => h.includes(` ${words} `)))
        findings.push({
          level: 'warning',
          file: VOCABULARY_FILE,
          field: `questions.${i}.headings`,
          message: `"${cue}" is in no section's heading or part heading`,
        });
    }
  }
  return findings;
}
