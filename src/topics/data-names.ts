// The names of the data files beside the topics. Apart from their readers, so that code which
// only needs a name (the compiled-rules check on every search) does not load YAML and schemas.
export const TRIAGE_FILE = 'triage.yml';
export const VOCABULARY_FILE = 'vocabulary.yml';
