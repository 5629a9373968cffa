// Which vocabulary a folder's search reads questions through: its own vocabulary.yml, else the
// shipped one (the lay words and brand names are English, not this library's own). The
// shipped vocabulary comes compiled by the build (dist/vocabulary.json) while unchanged
// (built-rules.ts). As for triage.ts, the YAML reader and schema load only to compile a file.
import { compileVocabulary, EMPTY_VOCABULARY, type Vocabulary } from '../search/vocabulary.js';
import { VOCABULARY_FILE } from '../topics/data-names.js';
import { readCompiled, type SourceStamp } from './built-rules.js';

export interface BuiltVocabulary extends SourceStamp {
  vocabulary: Vocabulary;
}

export async function openVocabulary(dir: string, shipped: string, built: string): Promise<Vocabulary> {
  const { compiled, from } = readCompiled<BuiltVocabulary>(
    dir,
    shipped,
    VOCABULARY_FILE,
    built,
    ({ vocabulary: v }) => {
      const shape = v as Partial<Vocabulary> | undefined;
      return (
        typeof shape?.expand === 'object' &&
        typeof shape.spellings === 'object' &&
        Array.isArray(shape.generic) &&
        Array.isArray(shape.words)
      );
    },
  );
  if (compiled) return compiled.vocabulary;
  if (from === null) return EMPTY_VOCABULARY;
  const { readVocabularyFile } = await import('../topics/vocabulary-file.js');
  const file = readVocabularyFile(from);
  return file ? compileVocabulary(file) : EMPTY_VOCABULARY;
}
