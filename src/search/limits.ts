// Search result counts, shared by the command and its help text (which must not load search).
export const DEFAULT_LIMIT = 3;
export const MAX_LIMIT = 50;
