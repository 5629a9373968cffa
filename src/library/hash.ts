// A fast content hash for telling whether a file is still the one the build saw.

/** 32-bit FNV-1a: enough to notice an edit, and far cheaper to start than node:crypto. */
export function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}
