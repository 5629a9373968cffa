// The one terminal-safety module: what survives terminalSafe, cleanText, printable and json.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, isSafeUrl, json, printable, stripEscapes, terminalSafe } from '../src/safe-text.js';

const E = '\u001B';

describe('terminalSafe', () => {
  it.each([
    ['bold and its reset', `${E}[1mx${E}[22m`],
    ['a colour and its reset', `${E}[36mx${E}[39m`],
    ['dim, italic, underline, strikethrough', `${E}[2m${E}[3m${E}[4m${E}[9mx${E}[0m`],
    ['an http(s) OSC 8 link and its end', `${E}]8;;https://www.nhs.uk/\u0007x${E}]8;;\u0007`],
  ])('keeps osteo’s own styling with styles on: %s', (_name, text) => {
    expect(terminalSafe(text, true)).toBe(text);
    expect(terminalSafe(text, false)).toBe('x');
  });

  it.each([
    ['conceal (hides text)', `a${E}[8mb`, 'ab'],
    ['blink and inverse', `a${E}[5m${E}[7mb`, 'ab'],
    ['a compound SGR', `a${E}[1;31mb`, 'ab'],
    ['reset the terminal (ESC c)', `a${E}cb`, 'ab'],
    ['clipboard write (OSC 52), BEL-ended', `a${E}]52;c;aGk=\u0007b`, 'ab'],
    ['window title (OSC 0), ST-ended', `a${E}]0;pwned${E}\\b`, 'ab'],
    ['an OSC 8 link to a file', `a${E}]8;;file:///etc/passwd\u0007b`, 'ab'],
    ['the alternate screen', `a${E}[?1049hb`, 'ab'],
    ['clear screen and cursor home', `a${E}[2J${E}[Hb`, 'ab'],
    ['a C1 CSI', 'a\u009B2Jb', 'ab'],
    ['a C1 OSC', 'a\u009D0;t\u009Cb', 'ab'],
    ['a DCS string', `a${E}Pq#0${E}\\b`, 'ab'],
    ['carriage return and backspace', 'a\rb\b\bc', 'abc'],
    ['NUL, BEL, DEL, NEL', 'a\u0000\u0007\u007F\u0085b', 'ab'],
    ['bidi overrides, isolates and marks', 'a\u202Eb\u202Cc\u2066d\u2069e\u200Ff\u061Cg', 'abcdefg'],
    ['a lone ESC at the end', `ab${E}`, 'ab'],
  ])('removes %s', (_name, text, expected) => {
    expect(terminalSafe(text, true)).toBe(expected);
    expect(terminalSafe(text, false)).toBe(expected);
  });

  it('keeps newlines, tabs and every printable character', () => {
    expect(terminalSafe('a\n\tb — ü 漢 😀 ‹›', false)).toBe('a\n\tb — ü 漢 😀 ‹›');
  });

  it('is the filter it was when it kept each newline and tab by hand, for any text', () => {
    // The filter as written before newline and tab were left out of its pattern (one call of the
    // replacer per line of output): the same escapes and characters go, the same stay.
    const BIDI = '\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069';
    const unprintable = `[\\u0000-\\u001F\\u007F-\\u009F${BIDI}]`;
    const anyEscape =
      /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?|(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|(?:\u001B[PX^_]|[\u0090\u0098\u009E\u009F])[^\u001B\u009C]*(?:\u001B\\|\u009C)?|\u001B[ -/]*[0-~]?/;
    const unsafe = new RegExp(`${anyEscape.source}|${unprintable}`, 'g');
    const ownSgr = /^\u001B\[(?:0|1|2|3|4|9|22|23|24|29|3[0-7]|39|4[0-7]|49|9[0-7]|10[0-7])m$/;
    const ownLink = /^\u001B\]8;;(?:https?:\/\/[^\s\u0000-\u001F\u007F-\u009F]*)?\u0007$/i;
    const before = (text: string, styles: boolean): string =>
      text.replace(unsafe, (seq) => {
        if (seq.length > 1 || seq === E) return styles && (ownSgr.test(seq) || ownLink.test(seq)) ? seq : '';
        return seq === '\n' || seq === '\t' ? seq : '';
      });
    const piece = fc.oneof(
      fc.constantFrom(
        E,
        `${E}[`,
        `${E}[1m`,
        `${E}[22m`,
        `${E}[8m`,
        `${E}[1;31m`,
        `${E}]8;;https://www.nhs.uk/\u0007`,
        `${E}]8;;\u0007`,
        `${E}]0;t`,
        `${E}\\`,
        `${E}P`,
        `${E}c`,
        '\u009B',
        '\u009D',
        '\u009C',
        '\u0007',
        '\n',
        '\t',
        '\r',
        '\u0000',
        '\u007F',
        '\u0085',
        '\u202E',
        '\u2066',
        'm',
        ';',
        '[',
        ']',
        ' ',
        'é',
        '漢',
        '😀',
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (parts, styles) => {
        const text = parts.join('');
        expect(terminalSafe(text, styles)).toBe(before(text, styles));
      }),
      { numRuns: 20_000, seed: 20261206 },
    );
  });

  it('is linear: a megabyte of unterminated sequences takes well under a second', () => {
    const started = performance.now();
    for (const unit of [`${E}]`, `${E}[`, `${E}P`, '\u009D', `${E}]8;;`])
      terminalSafe(`${unit}x`.repeat(200_000), true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('cleanText, printable, stripEscapes, json, isSafeUrl', () => {
  it('cleanText keeps tab and newline for Markdown and YAML, and leaves an escape as text', () => {
    expect(cleanText(`a\tb\nc\r${E}[31md\u202E`)).toBe('a\tb\nc[31md');
  });

  it('printable makes one line of at most max characters, cut by code point', () => {
    expect(printable(`a\n${E}[31mb\u0007c`)).toBe('abc');
    expect(printable('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
  });

  it('stripEscapes removes sequences and keeps other characters', () => {
    expect(stripEscapes(`a${E}[31mb${E}]8;;u${E}\\c\u0007`)).toBe('abc\u0007');
  });

  it('json escapes what JSON.stringify leaves raw', () => {
    expect(json({ a: `\u0085\u202E${E}\u2028` }, 0)).toBe('{"a":"\\u0085\\u202e\\u001b\\u2028"}\n');
  });

  it.each([
    ['https://www.nhs.uk/', true],
    ['HTTP://X.ORG', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://x.org/a b', false],
    [`https://x.org/${E}]0;t`, false],
  ])('isSafeUrl(%j) is %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('cleanLine', () => {
  // The front matter schema and its hand-made twin (topics/plain-front-matter.ts) both clean with
  // it: it must be cleanText with every run of white space one space, fast path or not.
  const reference = (text: string): string => cleanText(text).replace(/\s+/g, ' ');
  const EDGES = [
    'a',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r',
    '\u0007',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u00a0',
    '\u200e',
    '\u202e',
    '\u2028',
    '\u3000',
    '\ufeff',
    'é',
    '~',
    '!',
  ];
  it('is cleanText with runs of white space made one space, on every edge of its fast path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...EDGES), fc.string({ maxLength: 3 })), { maxLength: 8 }),
        (parts) => {
          const text = parts.join('');
          expect(cleanLine(text)).toBe(reference(text));
        },
      ),
      { numRuns: 20_000, seed: 20261206 },
    );
    expect(cleanLine('Plain words, one space each.')).toBe('Plain words, one space each.');
    expect(cleanLine('two  spaces\tand a\u0007 bell')).toBe('two spaces and a bell');
  });
});
