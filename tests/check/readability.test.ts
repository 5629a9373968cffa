import { describe, expect, it } from 'vitest';
import { measureReadability } from '../../src/check/readability.js';

describe('measureReadability', () => {
  it('rates short plain sentences low and long technical ones high', () => {
    const plain = measureReadability('Your bones hold calcium. Walk every day. Eat well.');
    const dense = measureReadability(
      'Osteoporosis is characterized by considerable deterioration of skeletal microarchitecture, consequently predisposing individuals to substantially elevated fracture susceptibility.',
    );
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(14);
  });

  it('counts headings, list items and callouts as text a reader sees, not Markdown syntax', () => {
    const r = measureReadability(
      '## Heading words\n\n- one item\n- two **items** [link](https://x.org)\n\n> [!NOTE]\n> A note.',
    );
    expect(r).toMatchObject({ words: 9, sentences: 4 });
  });

  it('reads table cells', () => {
    expect(measureReadability('| a b | c |\n| --- | --- |\n| d | e f |').words).toBe(6);
  });

  it('never gives a grade below 0, where the formula would (very short words and sentences)', () => {
    expect(measureReadability('Go. Go. Go. Up. Go.').grade).toBe(0);
  });

  it('gives 0 for no text', () => {
    expect(measureReadability('')).toEqual({ grade: 0, words: 0, sentences: 0 });
  });
});
