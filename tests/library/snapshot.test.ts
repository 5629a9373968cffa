// The build's snapshot of the shipped content: used only while the files are unchanged, and
// giving exactly what parsing the files gives.
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { readIndexFile } from '../../src/library/index-file.js';
import { topicsKey } from '../../src/library/shipped-index.js';
import { readSnapshot, stampFiles } from '../../src/library/snapshot.js';
import { PLACES } from '../../src/paths.js';
import { loadTopics } from '../../src/topics/load.js';
import { osteo } from '../helpers/io.js';
import { expectSameIndex } from '../helpers/same-index.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const SNAPSHOT = PLACES.snapshot;
const CODE = SNAPSHOT.code ?? '';

describe('readSnapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'osteo-snap-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same topics as parsing the files, and lexed tokens beside them', () => {
    const snapshot = readSnapshot(SNAPSHOT, CONTENT);
    if (!snapshot) throw new Error('no snapshot');
    expect(snapshot.topics).toEqual(loadTopics(CONTENT).topics);
    // Build details stay off the domain type: the tokens are in a side table.
    const first = snapshot.topics[0]?.sections[0] ?? { heading: '', markdown: '' };
    expect(Object.keys(first)).toEqual(['heading', 'markdown']);
    expect(snapshot.lexed?.(first)).toMatch(/^\[\{"type":/);
  });

  it("gives an index that builds the content's word list only when a typo asks for it", async () => {
    const snapshot = readSnapshot(SNAPSHOT, CONTENT);
    const index = await snapshot?.index?.();
    if (!index) throw new Error('no snapshot index');
    // Still the view's getter: a copy made by spreading the view would have built the list.
    expect(typeof Object.getOwnPropertyDescriptor(index, 'words')?.get).toBe('function');
    expect(index.realWords?.has('lags')).toBe(true);
    expect(index.words.get('weakness')).toBe('weak');
    snapshot?.close?.();
  });

  it('is not used by code other than the code that made it (no version bumped by hand)', () => {
    expect(CODE).toMatch(/^[0-9a-f]{16}$/);
    expect(readSnapshot({ ...SNAPSHOT, code: `${CODE.slice(1)}0` }, CONTENT)).toBeNull();
    expect(readSnapshot({ ...SNAPSHOT, code: undefined }, CONTENT)).toBeNull();
  });

  // A content.json of no topics for the folder `copy`, naming the shipped bodies' size.
  const head = (copy: string): string =>
    JSON.stringify({ code: CODE, files: stampFiles(copy), topics: [], bodiesSize: statSync(SNAPSHOT.bodies).size });
  const copyWithSnapshot = (): { copy: string; files: typeof SNAPSHOT } => {
    const copy = mkdtempSync(join(dir, 'content-'));
    cpSync(CONTENT, copy, { recursive: true });
    const files = { ...SNAPSHOT, topics: join(copy, '..', `${copy.split('/').at(-1) ?? ''}.json`) };
    writeFileSync(files.topics, head(copy));
    return { copy, files };
  };

  it('is refused once a file changes, is added or goes away', () => {
    const { copy, files } = copyWithSnapshot();
    expect(readSnapshot(files, copy)).not.toBeNull();
    appendFileSync(join(copy, 'falls.md'), '\nOne more line.\n');
    expect(readSnapshot(files, copy)).toBeNull();
    writeFileSync(files.topics, head(copy));
    writeFileSync(join(copy, 'new-topic.md'), '---\nid: new-topic\ntitle: New\n---\n');
    expect(readSnapshot(files, copy)).toBeNull();
    expect(readSnapshot({ ...files, topics: join(dir, 'missing.json') }, copy)).toBeNull();
  });

  it('is refused for an edit that keeps the size, made after the build', () => {
    const { copy, files } = copyWithSnapshot();
    const file = join(copy, 'falls.md');
    const text = readFileSync(file, 'utf8');
    // Make sure the edit is newer than the snapshot, whatever the clock's resolution.
    const later = new Date(statSync(files.topics).mtimeMs + 5000);
    writeFileSync(file, text.replace('falls', 'FALLS'));
    utimesSync(file, later, later);
    expect(readSnapshot(files, copy)).toBeNull();
  });

  it('holds for unchanged files with new times (npm pack, a checkout), by their contents', () => {
    const { copy, files } = copyWithSnapshot();
    const later = new Date(statSync(files.topics).mtimeMs + 5000);
    for (const name of ['falls.md', 'fractures.md']) utimesSync(join(copy, name), later, later);
    expect(readSnapshot(files, copy)).not.toBeNull();
  });

  it("reads no topic's body until one is asked for, then only that topic's, from the file read once", () => {
    const bodies = join(dir, 'bodies.json');
    cpSync(SNAPSHOT.bodies, bodies);
    const snapshot = readSnapshot({ ...SNAPSHOT, bodies }, CONTENT);
    if (!snapshot) throw new Error('no snapshot');
    expect(snapshot.topics.map((t) => t.title)).toEqual(loadTopics(CONTENT).topics.map((t) => t.title));
    // Not read yet: with the file gone, a body cannot be had.
    rmSync(bodies);
    expect(() => snapshot.topics[0]?.sections).toThrow(ContentError);
    cpSync(SNAPSHOT.bodies, bodies);
    const again = readSnapshot({ ...SNAPSHOT, bodies }, CONTENT);
    expect(again?.topics[3]?.sources.length).toBeGreaterThan(0);
    // Topic 3's body is plain data now; every other topic's is still a getter, not yet parsed.
    const parsed = (again?.topics ?? []).map((t) => Object.getOwnPropertyDescriptor(t, 'sections')?.get === undefined);
    expect(parsed.filter(Boolean)).toHaveLength(1);
    expect(parsed[3]).toBe(true);
    // The file was read by that first ask: it is no longer needed for the others.
    rmSync(bodies);
    expect(again?.topics.map((t) => t.sections.length)).toEqual(
      loadTopics(CONTENT).topics.map((t) => t.sections.length),
    );
  });

  it('is refused when the bodies file is missing, cut or of another size', () => {
    const cut = join(dir, 'cut-bodies.json');
    writeFileSync(cut, readFileSync(SNAPSHOT.bodies).subarray(0, 5000));
    expect(readSnapshot({ ...SNAPSHOT, bodies: cut }, CONTENT)).toBeNull();
    expect(readSnapshot({ ...SNAPSHOT, bodies: join(dir, 'no-bodies.json') }, CONTENT)).toBeNull();
    appendFileSync(cut, readFileSync(SNAPSHOT.bodies).subarray(5000));
    appendFileSync(cut, ' ');
    expect(readSnapshot({ ...SNAPSHOT, bodies: cut }, CONTENT)).toBeNull();
  });

  it('garbled to the same size: a ContentError naming the file when a body is first read', () => {
    const garbled = join(dir, 'garbled-bodies.json');
    const bytes = readFileSync(SNAPSHOT.bodies);
    writeFileSync(garbled, Buffer.alloc(bytes.length, 'x'));
    const snapshot = readSnapshot({ ...SNAPSHOT, bodies: garbled }, CONTENT);
    expect(snapshot?.topics[0]?.title).toBeTruthy();
    expect(() => snapshot?.topics[0]?.sections).toThrow(/built topics are damaged \(.*garbled-bodies\.json\)/);
    // JSON of the right size but not bodies: refused too.
    writeFileSync(garbled, `[${' '.repeat(bytes.length - 2)}]`);
    expect(() => readSnapshot({ ...SNAPSHOT, bodies: garbled }, CONTENT)?.topics[0]?.sources).toThrow(ContentError);
  });

  it("names the topics of its search index, so opening it reads no topic's body", () => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT.topics, 'utf8')) as { indexKey?: unknown };
    const stored = readIndexFile(SNAPSHOT.index);
    expect(snapshot.indexKey).toBe(topicsKey(stored.meta.topics));
    expect(topicsKey(stored.meta.topics)).toBe(topicsKey(loadTopics(CONTENT).topics));
    stored.close();
    // Another heading, another key.
    const [first, ...rest] = loadTopics(CONTENT).topics;
    if (!first) throw new Error('no topics');
    const renamed = {
      ...first,
      sections: first.sections.map((s, i) => (i === 0 ? { ...s, heading: `${s.heading}!` } : s)),
    };
    expect(topicsKey([renamed, ...rest])).not.toBe(snapshot.indexKey);
  });

  it('its search index is the one buildIndex makes, and buildIndex stands in for a missing or damaged one', async () => {
    const topics = loadTopics(CONTENT).topics;
    const shipped = readSnapshot(SNAPSHOT, CONTENT);
    expectSameIndex(await shipped?.index?.(), topics);
    shipped?.close?.();
    const damaged = join(dir, 'damaged.index');
    writeFileSync(damaged, readFileSync(SNAPSHOT.index).subarray(0, 5000));
    for (const index of [join(dir, 'missing.index'), damaged]) {
      const snapshot = readSnapshot({ ...SNAPSHOT, index }, CONTENT);
      expectSameIndex(await snapshot?.index?.(), topics);
    }
  });
});

describe('the CLI with and without the snapshot', () => {
  const copy = mkdtempSync(join(tmpdir(), 'osteo-copy-'));
  cpSync(CONTENT, copy, { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  it.each([
    [['explain', 'fractures']],
    [['search', 'thigh pain on alendronate']],
    [['search', 'weak legs', '--json']],
    [['search', 'osteoporsis medicne', '--json']],
    [['search', 'vitamin d 800', '--json']],
    [['search', 'fell and cant get up']],
    [['search', 'xyzzy plugh']],
    [['topics']],
  ])('%j gives the same output', async (argv) => {
    // The default folder uses the snapshot; a copy of it elsewhere is read from its files (a
    // folder is known by its real path, so the same folder spelled another way is the snapshot).
    const fast = await osteo(argv, { contentDir: null });
    const parsed = await osteo(argv, { contentDir: copy });
    expect(fast.stdout + fast.stderr).not.toBe('');
    expect(fast).toEqual(parsed);
  });
});
