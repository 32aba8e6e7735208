// Checking case files by git blob id: a stored result is reused under the file's own name, each
// distinct missing blob is checked once (on the pool) and stored. `check --cache` and review share it.
import type { CheckOptions, FileResult } from '../check';
import { MAX_FILE_BYTES } from '../text';
import { blobId } from '../git/objects';
import { checkMany, type Job } from './pool';
import { readRegularFile, unreadableFrom, type ReadFailure } from './read-file';

/** Results kept by blob id: a result cache, a run's memo, or both. `get` gives an object of its own, named `file`. */
export interface ResultStore {
  get(blob: string, file: string): FileResult | undefined;
  set(blob: string, result: FileResult): void;
}

export interface BlobJob {
  blob: string;
  /** How findings name the file. */
  file: string;
}

/**
 * Results in the order of `jobs`. `contents` is asked once, for the first job of each blob not
 * stored, and gives its bytes or why they cannot be read (reported, never stored).
 */
export async function checkByBlob<J extends BlobJob>(
  jobs: readonly J[],
  options: CheckOptions,
  store: ResultStore,
  contents: (misses: readonly J[]) => (Uint8Array | ReadFailure)[],
): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(jobs.length);
  const misses: number[] = [];
  const pending = new Set<string>();
  /** Jobs whose blob an earlier job is fetching: they take its outcome. */
  const copies: number[] = [];
  jobs.forEach((job, index) => {
    if (pending.has(job.blob)) copies.push(index);
    else {
      const hit = store.get(job.blob, job.file);
      if (hit) results[index] = hit;
      else {
        pending.add(job.blob);
        misses.push(index);
      }
    }
  });
  const read = contents(misses.map((i) => jobs[i]!));
  const failed = new Map<string, ReadFailure>();
  const checkable: number[] = [];
  const toCheck: Job[] = [];
  misses.forEach((index, i) => {
    const got = read[i]!;
    const job = jobs[index]!;
    if (got instanceof Uint8Array) {
      checkable.push(index);
      toCheck.push({ absolute: job.file, file: job.file, bytes: got });
    } else {
      failed.set(job.blob, got);
      results[index] = unreadableFrom(job.file, 'case', got, options);
    }
  });
  const checked = await checkMany(toCheck, options);
  checked.forEach((result, i) => {
    const index = checkable[i]!;
    store.set(jobs[index]!.blob, result);
    // Its own object: the caller finishes (mutates) results, never what the store keeps.
    results[index] = { ...result };
  });
  for (const index of copies) {
    const { blob, file } = jobs[index]!;
    const failure = failed.get(blob);
    results[index] = failure ? unreadableFrom(file, 'case', failure, options) : store.get(blob, file);
  }
  return results as FileResult[];
}

/** check --cache: each file read once and hashed; files that cannot be read are reported, not cached. */
export async function checkCached(jobs: readonly Job[], options: CheckOptions, cache: ResultStore): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(jobs.length);
  const readable: { index: number; job: BlobJob; bytes: Uint8Array }[] = [];
  jobs.forEach((job, index) => {
    const read = job.bytes ? { bytes: job.bytes } : readRegularFile(job.absolute, { maxBytes: MAX_FILE_BYTES, root: options.root });
    if ('bytes' in read) readable.push({ index, job: { blob: blobId(read.bytes), file: job.file }, bytes: read.bytes });
    else results[index] = unreadableFrom(job.file, 'case', read, options);
  });
  const bytes = new Map(readable.map((r) => [r.job, r.bytes]));
  const checked = await checkByBlob(
    readable.map((r) => r.job),
    options,
    cache,
    (misses) => misses.map((m) => bytes.get(m)!),
  );
  readable.forEach((r, i) => (results[r.index] = checked[i]));
  return results as FileResult[];
}
