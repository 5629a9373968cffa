// Setting V8's flags at run time (io/short-run.ts, scan-run.ts, list-run.ts) without loading
// node:v8. Its setFlagsFromString is the binding's, but node:v8 loads the heap-snapshot code with
// it, which loads Node's stream classes: about 4 ms of a 100 ms search (profiled, 8 runs), where
// the binding is already in memory. process.binding('v8') is the same binding. It is deprecated
// (DEP0111) and says so once, on stderr, the first time it is asked for: so it is asked with
// deprecation warnings off for that one call, and every later warning is shown as before. Where
// the binding is gone or lacks the function (another Node), node:v8 is loaded as before.
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

interface FlagSetter {
  setFlagsFromString(flags: string): void;
}

let setter: FlagSetter | undefined;

function binding(): FlagSetter | undefined {
  const was = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const v8 = (process as unknown as { binding(name: string): Partial<FlagSetter> }).binding('v8');
    return typeof v8.setFlagsFromString === 'function' ? (v8 as FlagSetter) : undefined;
  } catch {
    return undefined;
  } finally {
    if (was === undefined) Reflect.deleteProperty(process, 'noDeprecation');
    else process.noDeprecation = was;
  }
}

/** Set V8 `flags` (a string of --flags) for the rest of the run. */
export function setV8Flags(flags: string): void {
  setter ??= binding() ?? (requireBuiltin('node:v8') as FlagSetter);
  setter.setFlagsFromString(flags);
}
