// Reads a folder's vocabulary.yml: the lay words, brand names and spellings people type, and
// the words the topics use (see content/vocabulary.yml).
import { join } from 'node:path';
import { readDataFile } from './read-file.js';
import * as z from 'zod';
import { parseDataFile } from './schema.js';
import { VOCABULARY_FILE } from './data-names.js';

export { VOCABULARY_FILE };
const MAX_VOCABULARY_BYTES = 512 * 1024;

const word = z.string().trim().min(1);
export const vocabularySchema = z.object({
  spellings: z.array(z.array(word).min(2, 'a group needs two spellings or more')).default([]),
  synonyms: z.record(word, z.array(word).min(1)).default({}),
  generic: z.array(word).default([]),
  // `opening`: the topic's opening section (the text before its first heading) answers this kind.
  questions: z
    .array(
      z
        .object({ asks: z.array(word).min(1), headings: z.array(word).default([]), opening: z.boolean().optional() })
        .strict()
        .refine((kind) => kind.headings.length > 0 || kind.opening === true, {
          error: 'a kind needs headings that answer it, or opening: true',
        }),
    )
    .default([]),
});

export type VocabularyFile = z.infer<typeof vocabularySchema>;

/** The folder's vocabulary, or null when it has none. Invalid data is a ContentError. */
export function readVocabularyFile(dir: string): VocabularyFile | null {
  const text = readDataFile(join(dir, VOCABULARY_FILE), VOCABULARY_FILE, MAX_VOCABULARY_BYTES);
  return text === null ? null : parseVocabulary(text);
}

export function parseVocabulary(text: string): VocabularyFile {
  return parseDataFile(VOCABULARY_FILE, text, vocabularySchema);
}
