// The everyday commands on the shipped topics start without the heavy modules they do not need:
// marked (the build lexed the sections), js-yaml and zod (the build compiled the rules). Each is
// a large share of start-up (see ARCHITECTURE.md, "Start-up"). A module loaded here is recorded;
// a command that needs one after all still works, and this test names the module it loaded.
// Each case starts from a fresh module registry, so a module one case loaded is not hidden from the next.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateLibrary, vocabulary } from '../../scripts/library.mjs';
import { contentsOf, plantIndex } from '../helpers/craft.js';
import { FIXTURES, fakeIo } from '../helpers/io.js';

const HEAVY = ['marked', 'js-yaml', 'zod'];
const loaded = new Set<string>();

// Generated topics (plain front matter and prose) with an index of their own, made before any case
// records what it loads.
const work = mkdtempSync(join(tmpdir(), 'osteo-lazy-'));
const indexed = join(work, 'indexed');
// The same, with no index: `osteo topics` reads its files.
const plain = join(work, 'plain');
const mixed = join(work, 'mixed');
beforeAll(() => {
  mkdirSync(indexed);
  generateLibrary(indexed, 40, vocabulary(fileURLToPath(new URL('../../content', import.meta.url))));
  plantIndex(indexed, contentsOf(indexed));
  mkdirSync(plain);
  generateLibrary(plain, 40, vocabulary(fileURLToPath(new URL('../../content', import.meta.url))));
  // Plain topics and, last in name order, one whose front matter has a comment (js-yaml reads it).
  mkdirSync(mixed);
  generateLibrary(mixed, 5, vocabulary(fileURLToPath(new URL('../../content', import.meta.url))));
  writeFileSync(join(mixed, 'zz-commented.md'), '---\nid: zz-commented\n# why\ntitle: Commented\n---\nText.\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('start-up loads only what the command needs', () => {
  let run: typeof import('../../src/cli.js').run;
  beforeEach(async () => {
    vi.resetModules();
    loaded.clear();
    for (const name of HEAVY)
      vi.doMock(name, async (original: () => Promise<unknown>) => {
        loaded.add(name);
        return original();
      });
    ({ run } = await import('../../src/cli.js'));
  });

  it.each([
    [['topics']],
    [['explain', 'fractures']],
    [['search', 'weak legs']],
    [['weak', 'legs', '--color']],
    [['search', 'thigh pain on alendronate', '--json']],
    [['search', 'she fell and cannot get up']],
  ])('osteo %j loads none of marked, js-yaml, zod', async (argv) => {
    const io = fakeIo();
    expect(await run(argv, io)).toBe(0);
    expect(io.stdout).not.toBe('');
    expect([...loaded]).toEqual([]);
  });

  it('a folder of its own is lexed and its rules read: the modules load, and it works', async () => {
    const io = fakeIo();
    // walking has a list, emphasis and a callout: marked lexes them.
    expect(await run(['--content-dir', FIXTURES, 'explain', 'walking'], io)).toBe(0);
    expect(io.stdout).toMatch(/\S/);
    expect([...loaded].sort()).toEqual(['js-yaml', 'marked', 'zod']);
  });

  it('a search of a folder with its own index of plain topics loads none of them (topics/parse-plain.ts)', async () => {
    const io = fakeIo();
    expect(await run(['--content-dir', indexed, 'search', 'weak legs'], io)).toBe(0);
    expect(io.stdout).toMatch(/\S/);
    expect(io.stderr).toBe('');
    expect([...loaded]).toEqual([]);
  });

  it.each([[['topics']], [['topics', '--json']]])(
    'osteo %j of a folder of plain topics, never indexed, loads none of them (topics/read-topics.ts)',
    async (argv) => {
      const io = fakeIo();
      expect(await run(['--content-dir', plain, ...argv], io)).toBe(0);
      expect(io.stdout).toContain('topic-39');
      expect(io.stderr).toBe('');
      expect([...loaded]).toEqual([]);
    },
  );

  it('a search of a folder of plain topics, never indexed, loads none of them (library/scan.ts)', async () => {
    const io = fakeIo();
    expect(await run(['--content-dir', plain, 'search', 'weak legs'], io)).toBe(0);
    expect(io.stdout).toMatch(/\S/);
    expect([...loaded]).toEqual([]);
  });

  it('a search of a folder with a topic that is not plain loads js-yaml and zod for it, and finds it', async () => {
    const io = fakeIo();
    expect(await run(['--content-dir', mixed, 'search', 'commented', '--json'], io)).toBe(0);
    expect(io.stdout).toContain('zz-commented');
    expect([...loaded].sort()).toEqual(['js-yaml', 'zod']);
  });

  it('osteo topics of a folder with a topic that is not plain loads js-yaml and zod for it, and lists it', async () => {
    const io = fakeIo();
    expect(await run(['--content-dir', mixed, 'topics'], io)).toBe(0);
    expect(io.stdout).toContain('topic-4');
    expect(io.stdout).toContain('zz-commented');
    expect(io.stderr).toBe('');
    expect([...loaded].sort()).toEqual(['js-yaml', 'zod']);
  });

  it('a folder of its own in plain prose is shown without marked (render/plain-tokens.ts)', async () => {
    const io = fakeIo();
    expect(await run(['--content-dir', FIXTURES, 'explain', 'calcium'], io)).toBe(0);
    expect(io.stdout).toContain('Milk, yogurt, cheese and tofu are good sources.');
    expect([...loaded].sort()).toEqual(['js-yaml', 'zod']);
  });
});
