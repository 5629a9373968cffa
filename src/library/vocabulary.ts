// Which vocabulary a folder's search reads questions through: its own vocabulary.yml, else the
// shipped one (the lay words and brand names are English, not this library's own). The
// shipped vocabulary comes compiled by the build (dist/vocabulary.json) while unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileVocabulary, type Vocabulary } from '../search/vocabulary.js';
import { readVocabularyFile, VOCABULARY_FILE } from '../topics/vocabulary-file.js';
import { fnv1a } from './hash.js';

export interface BuiltVocabulary {
  /** FNV-1a of the vocabulary.yml it was compiled from. */
  source: number;
  vocabulary: Vocabulary;
}

export function openVocabulary(dir: string, shipped: string, built: string): Vocabulary {
  const own = readSource(dir);
  const source = own ?? readSource(shipped);
  const fromBuild = readBuilt(built);
  if (fromBuild && source && fromBuild.source === fnv1a(source)) return fromBuild.vocabulary;
  const file = readVocabularyFile(own ? dir : shipped);
  return file ? compileVocabulary(file) : { expand: {}, spellings: {}, generic: [], words: [] };
}

function readSource(dir: string): Buffer | null {
  try {
    return readFileSync(join(dir, VOCABULARY_FILE));
  } catch {
    return null;
  }
}

function readBuilt(file: string): BuiltVocabulary | null {
  try {
    const built = JSON.parse(readFileSync(file, 'utf8')) as BuiltVocabulary;
    const v = built.vocabulary as Partial<Vocabulary> | undefined;
    return typeof built.source === 'number' && v && typeof v.expand === 'object' && typeof v.spellings === 'object' && Array.isArray(v.generic) && Array.isArray(v.words) ? built : null;
  } catch {
    return null;
  }
}
