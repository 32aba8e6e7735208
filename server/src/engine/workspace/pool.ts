// Checks many files on worker threads; few files are checked in-process, where starting workers
// would cost more than it wins. Each worker compiles the schemas once. Used by the CLI and the
// language server's start-up indexing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkPath } from './check-path';
import { checkBytes, type CheckOptions, type FileResult } from '../check';

export interface Job {
  absolute: string;
  file: string;
  /** The file's bytes when the caller has read them already (the result cache hashes them): not read again. */
  bytes?: Uint8Array;
}

export const PARALLEL_THRESHOLD = 300;
const BATCH = 64;

/** `threads` defaults to one per core (at most 8); `worker.js` is looked for beside the running bundle. */
const workerFile = () => path.join(__dirname, 'worker.js');

/** True when workers can run: two or more threads, and the worker bundle beside this one (not when run from source). */
export function poolCanRun(threads = defaultThreads(), worker = workerFile()): boolean {
  return threads >= 2 && fs.existsSync(worker);
}

/** `file` is the worker bundle; tests running from source name dist/worker.js. */
export async function checkMany(jobs: Job[], options: CheckOptions, threads = defaultThreads(), file = workerFile()): Promise<FileResult[]> {
  if (jobs.length < PARALLEL_THRESHOLD || !poolCanRun(threads, file)) {
    return jobs.map((job) => checkJob(job, options));
  }
  const results: FileResult[][] = [];
  const workers: Worker[] = [];
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      // A worker does not inherit source-map support switched on at run time (bin/casefile.js).
      const worker = new Worker(file, { workerData: options, execArgv: [...process.execArgv, '--enable-source-maps'] });
      workers.push(worker);
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate();
          return resolve();
        }
        const start = next;
        next += BATCH;
        worker.postMessage({ start, jobs: jobs.slice(start, start + BATCH).map(exactBytes) });
      };
      worker.on('message', (msg: { start: number; results: FileResult[] }) => {
        results[msg.start / BATCH] = msg.results;
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  try {
    await Promise.all(Array.from({ length: threads }, run));
  } catch (error) {
    // One worker failed: the others stop too, so the caller's fallback does not race them.
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  return results.flat();
}

/** One case file's result, from its bytes when given, else read from disk; in a worker or in-process. */
export function checkJob(job: Job, options: CheckOptions): FileResult {
  return strip(job.bytes ? checkBytes(job.file, job.bytes, 'case', options) : checkPath(job.absolute, job.file, 'case', options));
}

/** Posting a view clones its whole buffer (a read may sit in a shared pool slab): send a copy of just the file. */
function exactBytes(job: Job): Job {
  return job.bytes ? { ...job, bytes: Uint8Array.prototype.slice.call(job.bytes) } : job;
}

export function defaultThreads(): number {
  return Number(process.env.CASEFILE_THREADS) || Math.min(os.availableParallelism?.() ?? os.cpus().length, 8);
}

/** The parsed document is big and stays where it was made. */
export function strip(result: FileResult): FileResult {
  delete result.parsed;
  return result;
}
