// The editor's index of a big repository (at least PARALLEL_THRESHOLD closed case files) is checked on
// the worker pool; its index and diagnostics equal the in-process path's. Needs dist/worker.js
// (npm run build), as the CLI's pool test does.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Workspace } from '../../server/src/engine/workspace/editor-workspace';
import { PARALLEL_THRESHOLD } from '../../server/src/engine/workspace/pool';
import type { PoolSettings } from '../../server/src/engine/workspace/rebuild';
// @ts-expect-error plain ES module without types
import { generate } from '../../bench/generate.mjs';

const WORKER = path.resolve(__dirname, '..', '..', 'dist', 'worker.js');
const COUNT = PARALLEL_THRESHOLD + 1;
let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-pooled-rebuild-'));
  (generate as (root: string, n: number) => void)(dir, COUNT);
  // A case with findings of its own and one that only the cross-file step finds (a duplicate id).
  fs.writeFileSync(path.join(dir, 'cases', 'broken.case.yaml'), 'version: 1\nid: [not, a, string]\n');
  const first = fs
    .readdirSync(path.join(dir, 'cases'), { recursive: true })
    .map(String)
    .find((f) => f.endsWith('.case.yaml') && !f.includes('broken'))!;
  fs.copyFileSync(path.join(dir, 'cases', first), path.join(dir, 'cases', 'duplicate.case.yaml'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Indexes the folder with a fresh workspace; returns what it published, its index and its log. */
async function index(pool: PoolSettings) {
  const published = new Map<string, string[]>();
  const logs: string[] = [];
  const workspace = new Workspace(
    {
      document: () => undefined,
      publish: (entry, uri) =>
        published.set(
          uri,
          entry.findings.map((f) => `${f.rule}@${f.offset}-${f.endOffset} ${f.severity}: ${f.message}`),
        ),
      clear: (uri) => published.delete(uri),
      indexChanged: () => undefined,
      log: (message) => logs.push(message),
      today: () => '2026-11-23',
      locale: () => 'en',
    },
    { pool },
  );
  await workspace.addFolder(dir);
  await workspace.idle();
  const entries = [...workspace.repos.values()].flatMap((repo) =>
    [...repo.entries.values()].map((e) => ({ rel: e.rel, kind: e.kind, summary: e.local.summary, findings: e.findings, signature: e.signature })),
  );
  entries.sort((a, b) => (a.rel < b.rel ? -1 : 1));
  return { published: Object.fromEntries([...published].sort()), entries, logs };
}

it('indexes a big repository on worker threads exactly as in-process', async () => {
  expect(fs.existsSync(WORKER), 'dist/worker.js is missing: run npm run build').toBe(true);
  const pooled = await index({ threads: 2, workerFile: WORKER });
  const inProcess = await index({ threads: 1 });
  expect(pooled.logs).toEqual([]);
  expect(inProcess.logs).toEqual([]);
  // Every case and both settings files, with some findings, so the comparison compares something.
  expect(pooled.entries).toHaveLength(COUNT + 4);
  expect(pooled.entries.some((e) => e.findings.some((f) => f.rule === 'duplicate-id'))).toBe(true);
  expect(pooled.entries.some((e) => e.rel === 'cases/broken.case.yaml' && e.findings.length > 0)).toBe(true);
  expect(pooled.entries).toEqual(inProcess.entries);
  expect(pooled.published).toEqual(inProcess.published);
});

it('falls back to checking in-process when the pool fails, and says so', async () => {
  const broken = path.join(dir, 'broken-worker.js');
  fs.writeFileSync(broken, "throw new Error('broken worker');\n");
  const failed = await index({ threads: 2, workerFile: broken });
  const inProcess = await index({ threads: 1 });
  expect(failed.logs).toHaveLength(1);
  expect(failed.logs[0]).toMatch(/^casefile: the worker pool failed, checking in-process: Error: broken worker/);
  expect(failed.entries).toEqual(inProcess.entries);
  expect(failed.published).toEqual(inProcess.published);
});
