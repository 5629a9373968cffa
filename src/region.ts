// Which country's numbers, services and names come first: --region, else OSTEO_REGION, else the
// locale (en_GB → uk, en_US → us), else none, and both are shown, labelled.
export type Region = 'uk' | 'us';

export const REGIONS: readonly Region[] = ['uk', 'us'];

export function decideRegion(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Region | null {
  const chosen = flag ?? env.OSTEO_REGION;
  if (chosen !== undefined && chosen !== '') return parseRegion(chosen);
  // The locale a person set says where they are, for the usual English ones.
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (/^en_(gb|uk)\b/.test(locale)) return 'uk';
  if (/^en_us\b/.test(locale)) return 'us';
  return null;
}

/** "uk", "gb", "us", "usa" in any case; anything else is null (the caller decides if that is an error). */
export function parseRegion(text: string): Region | null {
  const key = text.trim().toLowerCase();
  if (key === 'uk' || key === 'gb') return 'uk';
  if (key === 'us' || key === 'usa') return 'us';
  return null;
}
