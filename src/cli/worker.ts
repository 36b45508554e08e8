// Worker thread for `csplan lint` on many files (bundled to dist/worker.js). Receives
// {index, path} tasks, answers with one FileReport each; options come in workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckOptions } from './check';

export interface WorkerTask {
  index: number;
  path: string;
  named: boolean;
}

const options = (workerData as { options: CheckOptions }).options;

parentPort?.on('message', (task: WorkerTask) => {
  parentPort!.postMessage(checkFile(task.index, task.path, options, task.named));
});
