// Folders and files osteo may not read, and indexes that outlive their files (issue 19, Major and
// Minor items). Permissions are tested as a real non-root user (setpriv), since root reads
// anything; every case is a real process, timed and measured, and never exits 70.
import { chmodSync, cpSync, lstatSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { INDEX_FILE } from '../../src/library/folder-index.js';
import { readIndexFile } from '../../src/library/index-file.js';
import { stampAt } from '../../src/topics/files.js';
import { canRunAsNobody, expectCalmExit, runBin } from '../helpers/run.js';
import { useTempDirs } from '../helpers/temp.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const temp = useTempDirs('perm');
let root: string;
let dir: string;
beforeEach(() => {
  root = temp();
  chmodSync(root, 0o755);
  dir = join(root, 'topics');
  cpSync(CONTENT, dir, { recursive: true });
});

if (!canRunAsNobody())
  console.warn('SKIPPED: permission tests need a non-root user or setpriv (util-linux); .ci/run installs it.');

describe.runIf(canRunAsNobody())('as a user who may not read', () => {
  it('a folder that can be listed but not searched (mode 644): exit 3 with a warning per file, never 70', () => {
    chmodSync(dir, 0o644);
    for (const args of [['topics'], ['search', 'weak legs'], ['explain', 'falls']]) {
      const r = runBin(['--content-dir', dir, ...args], { asNobody: true });
      expectCalmExit(r, [3]);
      // One warning for each topic file, then the error.
      const warnings = r.stderr.split('\n').filter((line) => line.startsWith('osteo: skipped '));
      expect(warnings.length).toBe(readdirSync(dir).filter((f) => f.endsWith('.md')).length);
      for (const line of warnings) expect(line).toMatch(/^osteo: skipped [a-z-]+\.md: cannot be read$/);
      expect(r.stderr).toMatch(/osteo: No topics to read in .+\n.+\n$/);
    }
    const r = runBin(['index', dir], { asNobody: true });
    expectCalmExit(r, [3]);
    expect(r.stderr).toMatch(/osteo: No topics to index in /);
  });

  it('a file made unreadable after indexing: the index is out of date; the file is skipped with a warning', () => {
    expect(runBin(['index', dir]).code).toBe(0);
    chmodSync(join(dir, 'falls.md'), 0o000);
    const r = runBin(['--content-dir', dir, 'search', 'falls at home', '--json'], { asNobody: true });
    expectCalmExit(r, [0]);
    expect(r.stderr).toMatch(/^osteo: the index in .+ is out of date .+\nosteo: skipped falls\.md: cannot be read\n$/);
    expect(r.stdout).not.toContain('"topic": "falls"');
  });
});

describe('an index that outlives its files', () => {
  it('a topic file replaced by a dangling symlink after indexing: out of date, skipped, exit 0', () => {
    expect(runBin(['index', dir]).code).toBe(0);
    rmSync(join(dir, 'falls.md'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'falls.md'));
    const r = runBin(['--content-dir', dir, 'search', 'falls at home']);
    expectCalmExit(r, [0]);
    expect(r.stderr).toMatch(
      /^osteo: the index in .+ is out of date .+\nosteo: skipped falls\.md: broken or looping symlink\n$/,
    );
  });

  it('broken files are still warned about once the folder is indexed (Minor)', () => {
    writeFileSync(join(dir, 'broken.md'), 'no front matter here\n');
    expect(runBin(['index', dir]).stderr).toBe(
      'osteo: skipped broken.md: no front matter (the file must start with a --- block)\n',
    );
    for (const args of [['topics'], ['search', 'weak legs']]) {
      const r = runBin(['--content-dir', dir, ...args]);
      expectCalmExit(r, [0]);
      expect(r.stderr).toBe('osteo: skipped broken.md: no front matter (the file must start with a --- block)\n');
    }
  });

  it('a symlink to a file outside the folder: its target is never stamped, so the index holds when the target changes (Minor)', () => {
    const outside = join(root, 'secret.md');
    writeFileSync(outside, '---\nid: secret\ntitle: Secret\n---\nSecret text.\n');
    symlinkSync(outside, join(dir, 'secret.md'));
    expect(runBin(['index', dir]).code).toBe(0);
    const index = readIndexFile(join(dir, INDEX_FILE));
    const stamp = stampAt(index.meta.files, index.meta.files.names.indexOf('secret.md'));
    index.close();
    const link = lstatSync(join(dir, 'secret.md'));
    expect(stamp).toEqual(['secret.md', link.size, link.mtimeMs, link.ctimeMs, link.ino]);
    writeFileSync(outside, '---\nid: secret\ntitle: Secret, longer now\n---\nSecret text, changed.\n');
    const r = runBin(['--content-dir', dir, 'topics']);
    expectCalmExit(r, [0]);
    expect(r.stderr).toBe('osteo: skipped secret.md: symlink points outside the content folder\n');
  });
});
