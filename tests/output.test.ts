import { describe, expect, it } from 'vitest';
import { createOutput, decideColor, decideWidth } from '../src/output.js';
import { stripEscapes } from '../src/safe-text.js';
import { fakeIo } from './helpers/io.js';

describe('decideColor', () => {
  it.each([
    ['--color wins over everything', true, { NO_COLOR: '1', FORCE_COLOR: '0' }, false, true],
    ['--no-color wins over everything', false, { FORCE_COLOR: '1' }, true, false],
    ['FORCE_COLOR=1 on a pipe', undefined, { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR beats NO_COLOR, as in Node', undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, false],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, false],
    ['empty NO_COLOR is ignored', undefined, { NO_COLOR: '' }, true, true],
    ['a terminal', undefined, {}, true, true],
    ['a dumb terminal', undefined, { TERM: 'dumb' }, true, false],
    ['a pipe', undefined, {}, false, false],
  ])('%s', (_name, flag, env, isTTY, expected) => {
    expect(decideColor(flag, env, isTTY)).toBe(expected);
  });
});

describe('decideWidth', () => {
  it.each([
    ['--width wins', 60, 200, 60],
    ['terminal columns', undefined, 90, 90],
    ['capped at 100', undefined, 200, 100],
    ['80 when unknown', undefined, undefined, 80],
  ])('%s', (_name, flag, columns, expected) => {
    expect(decideWidth(flag, columns)).toBe(expected);
  });
});

describe('createOutput', () => {
  it('strips every escape sequence from stdout when colour is off', async () => {
    const io = fakeIo();
    await (
      await createOutput(io, {})
    ).show('\u001B[1mbold\u001B[22m \u001B]8;;https://x.org\u0007link\u001B]8;;\u0007', true);
    expect(io.stdout).toBe('bold link');
  });

  it('keeps styling when colour is on, and --plain turns colour off', async () => {
    const io = fakeIo({ isTTY: true });
    expect((await createOutput(io, {})).color).toBe(true);
    expect((await createOutput(io, { plain: true })).color).toBe(false);
  });

  it('asks about hyperlinks only for a colour terminal', async () => {
    expect((await createOutput(fakeIo({ isTTY: true, hyperlinks: true }), {})).hyperlinks).toBe(true);
    expect((await createOutput(fakeIo({ isTTY: false, hyperlinks: true }), {})).hyperlinks).toBe(false);
    expect((await createOutput(fakeIo({ isTTY: true, hyperlinks: true }), { color: false })).hyperlinks).toBe(false);
  });
});

describe('stripEscapes', () => {
  it('removes CSI and OSC sequences and keeps the text', () => {
    expect(stripEscapes('a\u001B[31mb\u001B[0m\u001B]8;;u\u001B\\c')).toBe('abc');
  });
});
