// The worker pool gives exactly the in-process result. Runs the built CLI on a generated repository
// above the parallel threshold, once on two worker threads and once in-process.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD, poolCanRun } from '../../server/src/engine/workspace/pool';
// @ts-expect-error plain ES module without types
import { generate } from '../../bench/generate.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('checks a large repository on worker threads with the same findings as in-process', () => {
  const count = PARALLEL_THRESHOLD + 40;
  (generate as (root: string, n: number) => void)(dir, count);
  const run = (threads: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'casefile.js'), 'check', dir, '--format', 'json', '--today', '2026-11-23'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C', CASEFILE_THREADS: threads },
      maxBuffer: 1 << 28,
    });
  const parallel = run('2');
  const inProcess = run('1');
  expect(parallel.stderr).toBe('');
  expect(JSON.parse(parallel.stdout).files).toBe(count + 2);
  expect(parallel.stdout).toBe(inProcess.stdout);
  expect(parallel.status).toBe(inProcess.status);
});

it('runs workers only with two or more threads and a worker bundle beside the code', () => {
  // From source there is no worker.js beside pool.ts: callers then check in-process (the server in chunks).
  expect(poolCanRun(4)).toBe(false);
  expect(poolCanRun(1)).toBe(false);
});
