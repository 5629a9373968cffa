import fullStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import stringWidth from '../../src/render/width.js';

describe('stringWidth', () => {
  it.each([
    ['plain ASCII', 'weak legs'],
    ['styled text', '\u001B[1mbold\u001B[22m and \u001B]8;;https://x.org\u0007link\u001B]8;;\u0007'],
    ['punctuation and box drawing', '╭─ Note — “quoted” • item… ─╮ │'],
    ['Latin letters with accents', 'névralgie, ostéoporose, Straße'],
    ['wide characters', '骨粗鬆症 osteoporosis'],
    ['emoji', 'bones 🦴 and 👍🏽'],
    ['joined emoji', 'family 👩‍👩‍👧 here'],
    ['control characters', 'a\u0007b'],
    ['combining marks', 'e\u0301 and a\u0308'],
    ['empty', ''],
    ['a soft hyphen (none, as everywhere else)', 'co\u00ADoperate'],
  ])('agrees with string-width on %s', (_name, text) => {
    expect(stringWidth(text)).toBe(fullStringWidth(text));
  });

  it('is the sum of its parts without escapes or joiners (wrap.ts carries row widths on that)', () => {
    const parts = ['a', 'é', 'co\u00ADop', '\u00AD', '漢字', '😀', ' ', '—', '\u0301', '\u00A0', '╭─'];
    for (const a of parts)
      for (const b of parts) expect(stringWidth(a + b), JSON.stringify(a + b)).toBe(stringWidth(a) + stringWidth(b));
  });
});
