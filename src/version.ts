// The version, in a module of its own so that `osteo --version` loads nothing else.
export const VERSION = '0.1.0';
