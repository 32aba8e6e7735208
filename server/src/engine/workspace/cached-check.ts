// Checking many case files through a result cache: each file is read once and hashed to its git
// blob id; a stored result is reused, each distinct missing blob is checked once (on the pool).
import type { CheckOptions, FileResult } from '../check';
import { MAX_FILE_BYTES } from '../text';
import { blobId } from '../git/objects';
import { checkMany, type Job } from './pool';
import { readRegularFile, unreadableFrom } from './read-file';
import type { ResultCache } from './result-cache';

/** Results in the order of `jobs`, as checkMany gives them. Files that cannot be read are reported, not cached. */
export async function checkCached(jobs: readonly Job[], options: CheckOptions, cache: ResultCache): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(jobs.length);
  const misses: Job[] = [];
  const missBlobs: string[] = [];
  /** Index of each job whose blob is already being checked for an earlier job, with that blob. */
  const copies: { index: number; blob: string }[] = [];
  const pending = new Map<string, number>();
  const missIndexes: number[] = [];
  jobs.forEach((job, index) => {
    const read = job.bytes ? { bytes: job.bytes } : readRegularFile(job.absolute, { maxBytes: MAX_FILE_BYTES, root: options.root });
    if (!('bytes' in read)) {
      results[index] = unreadableFrom(job.file, 'case', read, options);
      return;
    }
    const blob = blobId(read.bytes);
    if (pending.has(blob)) {
      copies.push({ index, blob });
      return;
    }
    const hit = cache.get(blob, job.file);
    if (hit) {
      results[index] = hit;
      return;
    }
    pending.set(blob, index);
    misses.push({ absolute: job.absolute, file: job.file, bytes: read.bytes });
    missBlobs.push(blob);
    missIndexes.push(index);
  });
  const checked = await checkMany(misses, options);
  checked.forEach((result, i) => {
    cache.set(missBlobs[i]!, result);
    results[missIndexes[i]!] = result;
  });
  for (const { index, blob } of copies) results[index] = cache.get(blob, jobs[index]!.file);
  return results as FileResult[];
}
