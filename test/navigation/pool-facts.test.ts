// The people and units of a case's facts come back from the worker pool as from an in-process
// check. Needs dist/worker.js (npm run build), as the CLI's pool test does.
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { defaultPolicy } from '../../server/src/engine';
import { checkJob, checkMany, PARALLEL_THRESHOLD, type Job } from '../../server/src/engine/workspace/pool';

const WORKER = path.resolve(__dirname, '..', '..', 'dist', 'worker.js');

it('keeps the people and units through the worker pool', async () => {
  const options = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' as const, names: true };
  const jobs: Job[] = Array.from({ length: PARALLEL_THRESHOLD }, (_, i) => ({
    absolute: `/nowhere/${i}.case.yaml`,
    file: `cases/${i}.case.yaml`,
    bytes: new TextEncoder().encode(`id: C-${i}\nneed: { verified_by: Anna Berg }\nstakeholders:\n  - { role: legal, name: 'Bo Ek', unit: SU/${i} }\n`),
  }));
  const pooled = await checkMany(jobs, options, 2, WORKER);
  expect(pooled[7]!.facts?.people).toEqual(['Anna Berg', 'Bo Ek']);
  expect(pooled[7]!.facts?.units).toEqual(['SU/7']);
  expect(pooled[7]!.facts).toEqual(checkJob(jobs[7]!, options).facts);
});
