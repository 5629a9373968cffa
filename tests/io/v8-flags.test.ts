// V8's flags are set through its binding, which Node marks deprecated: the one warning that asking
// for it gives must not reach the person, and warnings after it must.
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { setV8Flags } from '../../src/io/v8-flags.js';

describe('setV8Flags', () => {
  it('sets a flag without a deprecation warning, and leaves deprecation warnings on after it', async () => {
    const warnings: Error[] = [];
    const listen = (warning: Error): void => {
      warnings.push(warning);
    };
    process.on('warning', listen);
    try {
      const before = process.noDeprecation;
      // Read only by contexts made after it: changes nothing for this test's own.
      setV8Flags('--expose-gc');
      expect(process.noDeprecation).toBe(before);
      // Warnings are emitted on the next tick: wait for one that comes after.
      process.emitWarning('a later one', 'DeprecationWarning', 'OSTEO-TEST');
      await once(process, 'warning');
      expect(warnings.map((w) => w.message)).toEqual(['a later one']);
    } finally {
      process.off('warning', listen);
    }
  });
});
