// A folder that cannot be listed. As root (CI) permissions do not stop reads, so fs fails on cue.
import { describe, expect, it, vi } from 'vitest';
import { osteo, FIXTURES } from '../helpers/io.js';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    readdirSync: (path: string, ...rest: unknown[]) => {
      if (path.endsWith('/content'))
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
      return (fs.readdirSync as (p: string, ...r: unknown[]) => unknown)(path, ...rest);
    },
  };
});

describe('an unreadable content folder', () => {
  it('is a content error with a clear message: exit 3', async () => {
    const r = await osteo(['topics'], { contentDir: FIXTURES });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`osteo: Cannot read content folder: ${FIXTURES}\n`);
  });
});
