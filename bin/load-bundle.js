// Loads the built CLI (dist/cli.cjs) with V8's code cache for it (dist/cli.cache), so start-up
// skips parsing and compiling the bundle: the cache holds the bytecode of every function a
// typical run calls, made by the build (scripts/code-cache.mjs). A cache from another Node
// version is rejected by V8 and the bundle compiles as usual: slower, never wrong.
// V8 checks a cache against the source's length only, and trusts its bytes: an edit of the same
// length would run the old code, a flipped bit can crash it. So the cache file starts with a
// checksum (CRC-32) of the source it was made from and one of its own bytes, and is used only
// when both match. CRC-32 catches every flipped bit and any edit but one in four billion, and
// costs well under 1 ms of start-up where SHA-256 cost 4 (loading node:crypto is most of it); it
// guards against accidents, not an attacker, who could as well edit dist/cli.cjs itself.
// Node 20 has no module.enableCompileCache(), so this is done by hand with vm.Script.
'use strict';

const { isAscii } = require('node:buffer');
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
const CACHE = join(__dirname, '..', 'dist', 'cli.cache');
const MAGIC = Buffer.from('osteo-cc2');
const HEADER = MAGIC.length + 8;
// Far more than the bundle or its cache will ever be.
const MAX_BYTES = 64 * 1024 * 1024;

// The build writes the bundle inside the same wrapper as Node's own for CommonJS, so its text is
// the Script's source as read: wrapping it here made a second copy of the 740 KB text, and the
// first was left for the garbage collector (scripts/build.mjs). A change here needs a new build.
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];

/** Thrown when dist/ is missing: the bin says how to build it. */
class NotBuilt extends Error {}

/**
 * A regular file's bytes: no symlink at the name, no FIFO or device (O_NONBLOCK: a FIFO does not
 * block the open, and fstat refuses it), at most MAX_BYTES. Undefined when it is none of those.
 */
function readRegular(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW || 0) | (constants.O_NONBLOCK || 0));
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    const size = stats.size;
    if (!stats.isFile() || size > MAX_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(size);
    let length = 0;
    for (let n = 1; n > 0 && length < size; length += n) n = readSync(fd, bytes, length, size - length, length);
    return length === size ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** CRC-32 of `bytes`, as 4 bytes; undefined on a Node without zlib.crc32 (then no cache is used). */
function checksum(bytes) {
  const crc32 = crc32Function();
  if (typeof crc32 !== 'function') return undefined;
  const out = Buffer.alloc(4);
  out.writeUInt32LE(crc32(bytes, 0));
  return out;
}

/**
 * zlib.crc32 is Node's binding's crc32 behind an argument check. Loading node:zlib loads the
 * streams it is built on, about 2 ms of every start (most of what the checksum cost), so the
 * binding is asked first: process.binding('zlib') takes 0.07 ms. process.binding is deprecated
 * in the documentation only, with a warning under --pending-deprecation: then, or on a Node
 * without it, node:zlib is loaded. The bytes are always a Buffer, so the check is not needed.
 */
function crc32Function() {
  const options = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (!options.includes('--pending-deprecation') && process.env.NODE_PENDING_DEPRECATION !== '1') {
    try {
      const binding = process.binding('zlib');
      if (typeof binding.crc32 === 'function') return binding.crc32;
    } catch {
      // Not on this Node: node:zlib below.
    }
  }
  return require('node:zlib').crc32;
}

/** The bundle's source, as bytes: what the cache is checked against. */
function readBundle() {
  const source = readRegular(BUNDLE);
  if (!source) throw new NotBuilt(`its built files are missing (${BUNDLE})`);
  return source;
}

/**
 * Compile and run the bundle as Node runs a CommonJS module, from `cachedData` if given.
 * Returns the bundle's exports and its Script (the build asks the Script for a new cache).
 */
function loadBundle(cachedData, source = readBundle()) {
  // The build writes the bundle in ASCII, which reads as Latin-1: a plain copy, where decoding
  // UTF-8 cost about 1 ms. A bundle edited to hold other characters is decoded as UTF-8.
  const text = isAscii(source) ? source.toString('latin1') : source.toString('utf8');
  if (!text.startsWith(WRAPPER[0]) || !text.endsWith(WRAPPER[1]))
    throw new NotBuilt(`its built files are out of date (${BUNDLE})`);
  // No import() may be left in the bundle (the build checks): a Script has no module loader.
  const script = new Script(text, { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, dirname(BUNDLE));
  return { exports: bundle.exports, script };
}

/** The cache the build wrote for `source`, checked; undefined when there is none that fits. */
function readCache(source = readBundle()) {
  const file = readRegular(CACHE);
  if (!file || file.length <= HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const data = file.subarray(HEADER);
  const [forSource, forData] = [checksum(source), checksum(data)];
  if (!forSource || !forData) return undefined;
  if (!file.subarray(MAGIC.length, MAGIC.length + 4).equals(forSource)) return undefined;
  if (!file.subarray(MAGIC.length + 4, HEADER).equals(forData)) return undefined;
  return data;
}

/** The cache file's bytes for V8's `data`, made from `source`. */
function cacheFile(source, data) {
  const [forSource, forData] = [checksum(source), checksum(data)];
  if (!forSource || !forData) throw new Error('code cache: this Node has no zlib.crc32 (20.15 or newer has)');
  return Buffer.concat([MAGIC, forSource, forData, data]);
}

module.exports = { BUNDLE, CACHE, NotBuilt, WRAPPER, cacheFile, loadBundle, readBundle, readCache };
