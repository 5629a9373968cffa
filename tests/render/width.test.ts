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
  ])('agrees with string-width on %s', (_name, text) => {
    expect(stringWidth(text)).toBe(fullStringWidth(text));
  });
});
