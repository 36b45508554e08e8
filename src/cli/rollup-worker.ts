// Worker thread for `csplan rollup` on many files (bundled to dist/rollup-worker.js). Receives
// {index, path} tasks and answers with one small DocSummary each: the syntax tree and the text stay
// in the worker, so the main thread's memory does not grow with the documents' size.
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeFile, type RollupFileOptions } from './rollup-file';

export interface RollupTask {
  index: number;
  path: string;
}

const options = (workerData as { options: RollupFileOptions }).options;

parentPort?.on('message', (task: RollupTask) => {
  parentPort!.postMessage({ index: task.index, summary: summarizeFile(task.path, options) });
});
