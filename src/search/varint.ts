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
  const end = bytes.length;
  let at = 0;
  let doc = -1;
  for (let i = 0; i < pairs.length; i++) {
    // Most numbers of an index are one byte (a step between sections, a small count): read
    // here, without the general loop's scale, which a postings list of 40,000 sections runs
    // 80,000 times before V8 optimizes it.
    let n = at < end ? (bytes[at] ?? 0) : 0;
    if (at < end && n < 0x80) at++;
    else {
      n = readChecked(bytes, at);
      if (n < 0) return null;
      at = checkedEnd;
    }
    if (n === 0) return null;
    if ((i & 1) === 0) {
      doc += n;
      if (doc >= sections) return null;
      pairs[i] = doc;
    } else pairs[i] = n;
  }
  return at === end ? pairs : null;
}

/** Where the number readChecked last read ends. */
let checkedEnd = 0;

/**
 * The number at `at`, of at most 5 bytes, within `bytes` (where it ends: checkedEnd); -1 if it
 * runs past the end, takes more bytes or is past 32 bits.
 */
function readChecked(bytes: Uint8Array, at: number): number {
  let n = 0;
  let scale = 1;
  for (let b = 0; ; b++) {
    if (at >= bytes.length || b === 5) return -1;
    const byte = bytes[at++] ?? 0;
    n += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) {
      checkedEnd = at;
      return n > 0xffffffff ? -1 : n;
    }
  }
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
