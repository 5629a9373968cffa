// The build's stand-ins for unused parts of dependencies (used by scripts/build.mjs, and by the
// notices test to bundle exactly what the build bundles).
/**
 * Stand-ins, at build time, for parts of dependencies that osteo never calls, replaced only in
 * the named package's own imports, so the source stays honest and osteo's own imports are
 * untouched.
 * - commander: it loads child_process at start for executable subcommands, which osteo has none
 *   of; that pulls in Node's whole stream and socket stack.
 * - chalk: its colour detection loads node:tty and node:os at start, but osteo decides colour
 *   itself (src/output.ts) and always gives chalk a level.
 */
export const STAND_INS = {
  commander: {
    'node:child_process': 'module.exports = { spawn() { throw new Error("osteo has no executable subcommands"); } };',
  },
  chalk: {
    '#supports-color': 'export default { stdout: false, stderr: false };',
  },
};
export const unusedParts = {
  name: 'unused-parts',
  setup(b) {
    for (const [owner, modules] of Object.entries(STAND_INS)) {
      const names = Object.keys(modules)
        .map((n) => n.replace(/[-/:#]/g, '\\$&'))
        .join('|');
      const inOwner = new RegExp(`[\\\\/]node_modules[\\\\/]${owner}[\\\\/]`);
      b.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) =>
        inOwner.test(args.importer) ? { path: `${owner}:${args.path}`, namespace: 'stand-in' } : undefined,
      );
    }
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => {
      const [owner, name] = [args.path.slice(0, args.path.indexOf(':')), args.path.slice(args.path.indexOf(':') + 1)];
      return { contents: STAND_INS[owner][name], loader: 'js' };
    });
  },
};
