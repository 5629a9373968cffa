// The version. bin/osteo.js answers a bare `--version` from package.json; a test keeps the two equal.
export const VERSION = '0.1.0';
