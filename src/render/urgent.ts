// The urgent card (`osteo urgent`): the 999/911 signs and the same-day signs on one screen,
// read from the triage rules so the card, the banner and the red-flags topic say the same.
import type { CompiledTriage } from '../search/triage/compile.js';
import type { Region } from '../region.js';
import type { Theme } from './theme.js';
import { wrapWithLead as wrap } from './wrap.js';

export const HEADINGS: Record<'emergency' | 'urgent', Record<Region | 'both', string>> = {
  emergency: {
    uk: 'Call 999 now for any of these',
    us: 'Call 911 now for any of these',
    both: 'Call 999 (UK) or 911 (US) now for any of these',
  },
  urgent: {
    uk: 'See a doctor today (urgent GP appointment or NHS 111) for',
    us: 'See a doctor today (your doctor or urgent care) for',
    both: 'See a doctor today for these (UK: GP or NHS 111; US: doctor or urgent care)',
  },
};

export function renderUrgentCard(rules: CompiledTriage, region: Region | null, theme: Theme, width: number): string {
  const lines: string[] = [];
  for (const level of ['emergency', 'urgent'] as const) {
    const style = level === 'emergency' ? theme.callout.caution : theme.callout.warning;
    lines.push(theme.strong(style(wrap(`${HEADINGS[level][region ?? 'both']}:`, width, ''))));
    for (const { sign } of rules.levels[level].card) lines.push(wrap(sign, width, `${theme.bullet} `));
  }
  lines.push(wrap('Not sure? Get help anyway. More: osteo explain red-flags', width, ''));
  return `${lines.join('\n')}\n`;
}

/** `osteo urgent --json`. */
export function urgentJson(rules: CompiledTriage): Record<'emergency' | 'urgent', { sign: string; advice: string }[]> {
  const card = (level: 'emergency' | 'urgent'): { sign: string; advice: string }[] =>
    rules.levels[level].card.map(({ sign, advice }) => ({ sign, advice: advice ?? rules.levels[level].advice.both }));
  return { emergency: card('emergency'), urgent: card('urgent') };
}
