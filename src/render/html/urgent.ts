// The urgent card as HTML: the signs to call 999/911 for now, then the signs to see a doctor
// today, from the triage rules, under the same headings as `osteo urgent`.
import type { Region } from '../../region.js';
import type { CompiledTriage } from '../../search/triage/compile.js';
import { HEADINGS } from '../urgent.js';
import { escapeHtml } from './escape.js';

export function urgentCard(rules: CompiledTriage, region: Region | null): string {
  const boxes = (['emergency', 'urgent'] as const).map((level) => {
    const items = rules.levels[level].card.map(({ sign, advice }) => {
      const more = advice ? `<br>${escapeHtml(advice)}` : '';
      return `<li><strong>${escapeHtml(sign)}</strong>${more}</li>`;
    });
    return `<section class="box ${level}" aria-labelledby="${level}">
<h2 id="${level}">${escapeHtml(HEADINGS[level][region ?? 'both'])}:</h2>
<ul>
${items.join('\n')}
</ul>
</section>
`;
  });
  return `${boxes.join('')}<p><strong>Not sure? Get help anyway.</strong></p>\n`;
}
