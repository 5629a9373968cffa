// Strings read back from an index file are cleaned as parseTopic cleans a topic file: no C0 or
// C1 control but tab and newline, no bidirectional override. JSON text is checked first, so
// that the common case (nothing to clean) costs one scan, not a walk over every string.

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** Whether JSON text could hold an unsafe character, raw or escaped (\u001b, \b, \f, \r). */
export function mayHoldUnsafe(json: string): boolean {
  if (UNSAFE.test(json)) return true;
  for (const [, escape = ''] of json.matchAll(/\\(u[0-9a-fA-F]{4}|.)/gs)) {
    if (escape.length === 1 ? 'bfr'.includes(escape) : UNSAFE.test(String.fromCharCode(parseInt(escape.slice(1), 16))))
      return true;
  }
  return false;
}

/** `value` with every string in it cleaned. */
export function clean<T>(value: T): T {
  if (typeof value === 'string') return value.replace(UNSAFE_ALL, '') as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)])) as T;
  }
  return value;
}
