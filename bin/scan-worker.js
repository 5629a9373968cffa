// A worker thread that reads a run of a large topic folder's files for the main thread
// (src/library/parallel.ts): the same bundle, loaded the same way, and its index handed back
// without copying.
'use strict';

const { parentPort, workerData } = require('node:worker_threads');
const { loadBundle, readBundle, readCache } = require('./load-bundle.js');

const source = readBundle();
void loadBundle(readCache(source), source)
  .exports.scanWorker()
  .then(({ scanPart, transferables }) => {
    const part = scanPart(workerData.root, workerData.names, workerData.keepText, workerData.patterns);
    parentPort.postMessage(part, transferables(part));
  });
