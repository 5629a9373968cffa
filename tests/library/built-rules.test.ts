// The build's compiled triage and vocabulary are used only for the very file they were made from
// (src/library/built-rules.ts): same size and no newer, or else the same bytes.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCompiled, stampSource, type SourceStamp } from '../../src/library/built-rules.js';
import { useTempDirs } from '../helpers/temp.js';

type Built = SourceStamp & { rules: string };
const temp = useTempDirs('built-rules');

/** A shipped folder with rules.yml, its compiled form made from `made`, and a folder of the user's own. */
function setup(text: string, made = text): { shipped: string; own: string; built: string } {
  const root = temp();
  const [shipped, own] = [join(root, 'shipped'), join(root, 'own')];
  mkdirSync(shipped);
  mkdirSync(own);
  writeFileSync(join(shipped, 'rules.yml'), text);
  const built = join(root, 'rules.json');
  writeFileSync(built, JSON.stringify({ ...stampSource(Buffer.from(made)), rules: 'compiled' }));
  // The source is older than its compiled form, and both older than any edit a test makes.
  utimesSync(join(shipped, 'rules.yml'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  utimesSync(built, new Date(2001, 0, 1), new Date(2001, 0, 1));
  return { shipped, own, built };
}

const read = (dir: string, shipped: string, built: string): { compiled: Built | null; from: string | null } =>
  readCompiled<Built>(dir, shipped, 'rules.yml', built, (b) => typeof b.rules === 'string');

describe('readCompiled', () => {
  it('uses the compiled form for the file it was made from, for a folder without its own', () => {
    const { shipped, own, built } = setup('a: 1\n');
    expect(read(own, shipped, built)).toEqual({
      compiled: expect.objectContaining({ rules: 'compiled' }) as Built,
      from: shipped,
    });
  });

  it('a file edited since (newer, same size): its bytes decide, so an edit is never missed', () => {
    const { shipped, own, built } = setup('a: 1\n');
    writeFileSync(join(shipped, 'rules.yml'), 'a: 2\n');
    expect(read(own, shipped, built)).toEqual({ compiled: null, from: shipped });
    // Touched but unchanged: still the compiled form.
    writeFileSync(join(shipped, 'rules.yml'), 'a: 1\n');
    expect(read(own, shipped, built).compiled?.rules).toBe('compiled');
  });

  it('a file of another size, or newer and of other bytes, is compiled afresh', () => {
    const longer = setup('a: 1\n');
    writeFileSync(join(longer.shipped, 'rules.yml'), 'a: 10\n');
    expect(read(longer.own, longer.shipped, longer.built).compiled).toBeNull();
    // Newer than the compiled form, and not the bytes it was made from.
    const other = setup('a: 1\n', 'b: 1\n');
    utimesSync(join(other.shipped, 'rules.yml'), new Date(), new Date());
    expect(read(other.own, other.shipped, other.built).compiled).toBeNull();
  });

  it("a folder's own file is the one that counts", () => {
    const { shipped, own, built } = setup('a: 1\n');
    writeFileSync(join(own, 'rules.yml'), 'a: 1\n');
    // The same bytes as the shipped file, but newer than the compiled form: hashed, and equal.
    expect(read(own, shipped, built)).toEqual({
      compiled: expect.objectContaining({ rules: 'compiled' }) as Built,
      from: own,
    });
    writeFileSync(join(own, 'rules.yml'), 'c: 3\n');
    expect(read(own, shipped, built)).toEqual({ compiled: null, from: own });
  });

  it('a damaged or missing compiled form: compiled afresh', () => {
    const { shipped, own, built } = setup('a: 1\n');
    writeFileSync(built, '{"source": 1');
    expect(read(own, shipped, built).compiled).toBeNull();
    expect(read(own, shipped, join(shipped, 'none.json'))).toEqual({ compiled: null, from: shipped });
  });
});
