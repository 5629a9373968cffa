// The build's snapshot of the shipped content: used only while the files are unchanged, and
// giving exactly what parsing the files gives.
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTopics } from '../../src/topics/load.js';
import { readSnapshot, SNAPSHOT_VERSION, stampFiles } from '../../src/topics/snapshot.js';
import { osteo } from '../helpers/io.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const SNAPSHOT = fileURLToPath(new URL('../../dist/content.json', import.meta.url));

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

  it('is refused once a file changes, is added or goes away', () => {
    cpSync(CONTENT, join(dir, 'content'), { recursive: true });
    const copy = join(dir, 'content');
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, JSON.stringify({ version: SNAPSHOT_VERSION, files: stampFiles(copy), topics: [] }));
    expect(readSnapshot(file, copy)).not.toBeNull();
    appendFileSync(join(copy, 'falls.md'), '\nOne more line.\n');
    expect(readSnapshot(file, copy)).toBeNull();
    writeFileSync(file, JSON.stringify({ version: SNAPSHOT_VERSION, files: stampFiles(copy), topics: [] }));
    writeFileSync(join(copy, 'new-topic.md'), '---\nid: new-topic\ntitle: New\n---\n');
    expect(readSnapshot(file, copy)).toBeNull();
    expect(readSnapshot(join(dir, 'missing.json'), copy)).toBeNull();
  });
});

describe('the CLI with and without the snapshot', () => {
  it.each([
    [['explain', 'fractures']],
    [['search', 'thigh pain on alendronate']],
    [['search', 'weak legs', '--json']],
    [['topics']],
  ])('%j gives the same output', async (argv) => {
    // The default folder uses the snapshot; the same folder named explicitly is parsed.
    const fast = await osteo(argv, { contentDir: null });
    const parsed = await osteo(argv, { contentDir: `${CONTENT}/` });
    expect(fast.stdout).not.toBe('');
    expect(fast).toEqual(parsed);
  });
});
