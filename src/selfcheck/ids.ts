// The self-checks `osteo selfcheck` offers, by the name typed on the command line. Shared by the
// command's argument and the completion scripts, so the two cannot drift.
export const SELFCHECK_IDS = ['falls', 'muscle', 'chair-stand'] as const;
export type CheckId = (typeof SELFCHECK_IDS)[number];
