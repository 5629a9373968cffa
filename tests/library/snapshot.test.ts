// The build's snapshot of the shipped content: used only while the files are unchanged, and
// giving exactly what parsing the files gives.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { packIndex, unpackIndex } from '../../src/search/packed.js';
import { loadTopics } from '../../src/topics/load.js';
import { readSnapshot, SNAPSHOT_VERSION, stampFiles } from '../../src/library/snapshot.js';
import { osteo } from '../helpers/io.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const SNAPSHOT = {
  topics: fileURLToPath(new URL('../../dist/content.json', import.meta.url)),
  index: fileURLToPath(new URL('../../dist/search-index.json', import.meta.url)),
  lexed: fileURLToPath(new URL('../../dist/lexed', import.meta.url)),
  spelling: fileURLToPath(new URL('../../dist/spelling.json', import.meta.url)),
};

describe('readSnapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'osteo-snap-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same topics as parsing the files (less the lexed tokens)', () => {
    const snapshot = readSnapshot(SNAPSHOT, CONTENT);
    expect(snapshot).not.toBeNull();
    const parsed = loadTopics(CONTENT);
    const withoutLexed = snapshot?.topics.map((t) => ({ ...t, sections: t.sections.map(({ heading, markdown }) => ({ heading, markdown })) }));
    expect(withoutLexed).toEqual(parsed.topics);
  });

  const copyWithSnapshot = (): { copy: string; files: typeof SNAPSHOT } => {
    const copy = mkdtempSync(join(dir, 'content-'));
    cpSync(CONTENT, copy, { recursive: true });
    const files = { ...SNAPSHOT, topics: join(copy, '..', `${copy.split('/').at(-1) ?? ''}.json`) };
    writeFileSync(files.topics, JSON.stringify({ version: SNAPSHOT_VERSION, files: stampFiles(copy), topics: [] }));
    return { copy, files };
  };

  it('is refused once a file changes, is added or goes away', () => {
    const { copy, files } = copyWithSnapshot();
    expect(readSnapshot(files, copy)).not.toBeNull();
    appendFileSync(join(copy, 'falls.md'), '\nOne more line.\n');
    expect(readSnapshot(files, copy)).toBeNull();
    writeFileSync(files.topics, JSON.stringify({ version: SNAPSHOT_VERSION, files: stampFiles(copy), topics: [] }));
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

  it('its packed search index is the one buildIndex makes', () => {
    const { topics } = loadTopics(CONTENT);
    const built = buildIndex(topics);
    const unpacked = unpackIndex(JSON.parse(JSON.stringify(packIndex(built, topics))) as ReturnType<typeof packIndex>, topics);
    expect(unpacked.docs).toEqual(built.docs);
    expect([...unpacked.words]).toEqual([...built.words]);
    expect(unpacked.names).toEqual(built.names);
    expect(unpacked.nameTerms).toEqual(built.nameTerms);
    expect(built.postings.size).toBeGreaterThan(1000);
    for (const [term, byDoc] of built.postings) {
      expect(unpacked.postings.has(term)).toBe(true);
      expect(unpacked.postings.get(term)).toEqual(byDoc);
    }
    expect(unpacked.postings.has('zzzz')).toBe(false);
    expect(unpacked.postings.get('zzzz')).toBeUndefined();
  });
});

describe('the CLI with and without the snapshot', () => {
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
    // The default folder uses the snapshot; the same folder named explicitly is parsed.
    const fast = await osteo(argv, { contentDir: null });
    const parsed = await osteo(argv, { contentDir: `${CONTENT}/` });
    expect(fast.stdout + fast.stderr).not.toBe('');
    expect(fast).toEqual(parsed);
  });
});
