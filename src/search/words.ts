// The words of large texts, one number per distinct word, without making a string per word:
// building the index of 10,000 topics meets ten million words, and tokenize() with a Map lookup
// per word was four fifths of the time (issue 16). A text is cut at whitespace into chunks;
// tokenize() is local to a chunk (NFKD, case folding and its patterns never reach across a
// space), so a chunk of plain ASCII letters, digits and punctuation is split here by letters
// and digits, and any other chunk (an apostrophe, a backtick, a decimal, a non-ASCII letter)
// goes through tokenize() itself. A differential test holds the two equal.
import { tokenize } from './tokenize.js';

const EMPTY = 0;
// FNV-1a, kept to 30 bits so that V8 holds it as a small integer, never a boxed number.
const OFFSET = 0x811c9dc5 | 0;
const PRIME = 0x01000193;
const SMALL = 0x3fffffff;

export class WordTable {
  /** The words, by number. */
  readonly words: string[] = [];
  /** A number the owner keeps per word (the index keeps its term number); -1 until set. */
  // Small at first, to grow while the code is interpreted (see START in entries.ts).
  tags: Int32Array = new Int32Array(16).fill(-1);
  private slots: Int32Array = new Int32Array(64);
  private hashes: Int32Array = new Int32Array(16);

  get size(): number {
    return this.words.length;
  }

  /** The number of `word`, added if new. */
  intern(word: string): number {
    let hash = OFFSET;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), PRIME);
    return this.find(word, 0, word.length, hash & SMALL, false);
  }

  /** The number of text[start, end), a run of lowercase ASCII letters and digits, added if new. */
  internRange(text: string, start: number, end: number): number {
    let hash = OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
    return this.find(text, start, end, hash & SMALL, false);
  }

  /** The number of text[start, end), a run of ASCII letters and digits in any case, lowercased, added if new. */
  internFolded(text: string, start: number, end: number): number {
    let hash = OFFSET;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      hash = Math.imul(hash ^ (c <= 90 && c >= 65 ? c + 32 : c), PRIME);
    }
    return this.find(text, start, end, hash & SMALL);
  }

  /**
   * The number of text[start, end), a run of ASCII letters and digits, lowercased; `hash` is of
   * its lowercased codes, as intern() makes it.
   */
  find(text: string, start: number, end: number, hash: number, lower = true): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? EMPTY;
      if (entry === EMPTY)
        return this.add(slot, lower ? text.slice(start, end).toLowerCase() : text.slice(start, end), hash);
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id] ?? '';
      if (word.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        let c = text.charCodeAt(start + i);
        if (lower && c >= 65 && c <= 90) c += 32;
        if (c !== word.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private add(slot: number, word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id >= this.hashes.length) {
      this.hashes = grow(this.hashes, 0);
      this.tags = grow(this.tags, -1);
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    // Kept at most half full, so a probe ends soon.
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while ((this.slots[slot] ?? EMPTY) !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }
}

function grow(array: Int32Array, fill: number): Int32Array {
  const bigger = new Int32Array(array.length * 2).fill(fill);
  bigger.set(array);
  return bigger;
}

/** A reusable list of word numbers: the words of one text, in order. */
export class WordList {
  ids: Int32Array = new Int32Array(4096);
  length = 0;
  push(id: number): void {
    if (this.length === this.ids.length) {
      const bigger = new Int32Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.length++] = id;
  }
}

// Character codes.
const SPACE = 32;
const NEWLINE = 10;
const TAB = 9;
const RETURN = 13;
const APOSTROPHE = 39;
const BACKTICK = 96;
const DOT = 46;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The white space that ends a chunk (select-words.ts cuts chunks at the same places). */
export const isChunkSpace = (c: number): boolean => c === SPACE || c === NEWLINE || c === TAB || c === RETURN;

export function tokenizeChunk(chunk: string, table: WordTable, out: WordList): void {
  for (const word of tokenize(chunk)) out.push(table.intern(word));
}

/** Sets `out` to the number of every word of tokenize(text), in order. */
export function scanWords(text: string, table: WordTable, out: WordList): void {
  out.length = 0;
  const n = text.length;
  let chunk = 0;
  // Where this chunk's words start in `out`: a chunk found not to be simple drops them.
  let chunkWords = 0;
  let simple = true;
  let i = 0;
  while (i <= n) {
    let c = i < n ? text.charCodeAt(i) : SPACE;
    if (isChunkSpace(c)) {
      if (!simple) {
        out.length = chunkWords;
        tokenizeChunk(text.slice(chunk, i), table, out);
        simple = true;
      }
      chunk = ++i;
      chunkWords = out.length;
      continue;
    }
    const lower = c | 32;
    if ((lower >= 97 && lower <= 122) || isDigit(c)) {
      // A run of letters and digits, lowercased as it is hashed.
      const from = i;
      let hash = OFFSET;
      for (;;) {
        hash = Math.imul(hash ^ (c <= 90 && c >= 65 ? c + 32 : c), PRIME);
        c = ++i < n ? text.charCodeAt(i) : SPACE;
        const l = c | 32;
        if (!((l >= 97 && l <= 122) || isDigit(c))) break;
      }
      if (simple) out.push(table.find(text, from, i, hash & SMALL));
      continue;
    }
    // An apostrophe, a backtick, a decimal point or a non-ASCII character: tokenize() decides.
    if (
      c >= 128 ||
      c === APOSTROPHE ||
      c === BACKTICK ||
      (c === DOT && i > chunk && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))
    ) {
      simple = false;
    }
    i++;
  }
}
