// A worker thread of the pool (pool.ts): checks batches of files with the options it was started with.
import '../../runtime/plain-env';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../check';
import { checkJob, type Job } from './pool';

const options = workerData as CheckOptions;

parentPort?.on('message', (msg: { start: number; jobs: Job[] }) => {
  const results = msg.jobs.map((job) => checkJob(job, options));
  parentPort!.postMessage({ start: msg.start, results });
});
