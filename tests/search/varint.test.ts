// A term's postings on disk: what is encoded decodes to the same, and anything else decodes to
// null (so an index file cannot smuggle in a repeated, backward or out-of-range section).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePairs, encodedLength, encodePairs } from '../../src/search/varint.js';

function encode(pairs: number[]): Uint8Array {
  const array = Uint32Array.from(pairs);
  const out = new Uint8Array(encodedLength(array));
  expect(encodePairs(array, out, 0)).toBe(out.length);
  return out;
}

describe('postings encoding', () => {
  it('round-trips any ascending sections with any values', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(2 ** 32 - 2), { maxLength: 50 }),
        fc.array(fc.integer({ min: 1, max: 2 ** 32 - 1 }), { minLength: 50, maxLength: 50 }),
        (docs, values) => {
          const sorted = [...docs].sort((a, b) => a - b);
          const pairs = sorted.flatMap((doc, i) => [doc, values[i] ?? 1]);
          expect([...(decodePairs(encode(pairs), sorted.length, 2 ** 32 - 1) ?? [])]).toEqual(pairs);
        },
      ),
    );
  });

  it.each([
    ['a repeated section', [3, 2, 3, 2]],
    ['a value of 0', [3, 0]],
    ['a section past the last', [70, 2]],
  ])('refuses %s', (_name, pairs) => {
    expect(decodePairs(encode(pairs), pairs.length / 2, 50)).toBeNull();
  });

  it('refuses bytes cut short, left over, or a number past 32 bits', () => {
    const bytes = encode([1, 2, 300, 4]);
    expect(decodePairs(bytes.subarray(0, -1), 2, 1000)).toBeNull();
    expect(decodePairs(Uint8Array.from([...bytes, 1]), 2, 1000)).toBeNull();
    expect(decodePairs(bytes, 3, 1000)).toBeNull();
    expect(decodePairs(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x7f, 1]), 1, 2 ** 32)).toBeNull();
    expect(decodePairs(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 1]), 1, 2 ** 32)).toBeNull();
  });
});
