// `casefile check --cache`: the built CLI twice on the samples gives the same bytes as without a
// cache, the second run checks no case file, and the cache folder is all that is written.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { snapshotTree } from '../tree-snapshot';
import { defaultPolicy } from '../../server/src/engine';
import { checkMany, PARALLEL_THRESHOLD } from '../../server/src/engine/workspace/pool';
// @ts-expect-error plain ES module without types
import { generate } from '../../bench/generate.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'casefile.js');
const SAMPLES = path.join(ROOT, 'samples');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-cli-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const home = path.join(tmp, 'home');
fs.mkdirSync(home);
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, 'check', 'samples', '--format', 'json', '--today', '2026-11-23', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', HOME: home, CASEFILE_DEBUG_CACHE: '1', ...env },
  });
const stats = (stderr: string) => /cache: (\d+) hits, (\d+) misses/.exec(stderr)?.slice(1).map(Number);

it('gives the same output cold and warm as without a cache; the warm run checks no case file', () => {
  const before = snapshotTree(SAMPLES);
  const cacheDir = path.join(tmp, 'cache');
  const plain = run([]);
  const cold = run(['--cache', '--cache-dir', cacheDir]);
  const warm = run(['--cache', '--cache-dir', cacheDir]);

  expect(plain.stderr).toBe('');
  expect(cold.stdout).toBe(plain.stdout);
  expect(warm.stdout).toBe(plain.stdout);
  expect([cold.status, warm.status]).toEqual([plain.status, plain.status]);
  const cases = JSON.parse(plain.stdout).files - 2;
  expect(cases).toBeGreaterThan(10);
  expect(stats(cold.stderr)).toEqual([0, cases]);
  expect(stats(warm.stderr)).toEqual([cases, 0]);

  // Written: one file in the cache folder; nothing in the samples, nothing in HOME.
  expect(fs.readdirSync(cacheDir)).toHaveLength(1);
  expect(snapshotTree(SAMPLES)).toEqual(before);
  expect(fs.readdirSync(home)).toEqual([]);
});

it('checks again what changed: another day or language misses, the same one hits', () => {
  const cacheDir = path.join(tmp, 'cache-scopes');
  run(['--cache-dir', cacheDir]);
  expect(stats(run(['--cache-dir', cacheDir, '--today', '2026-11-24']).stderr)?.[0]).toBe(0);
  const sv = run(['--cache-dir', cacheDir, '--lang', 'sv']);
  expect(stats(sv.stderr)?.[0]).toBe(0);
  expect(sv.stdout).toBe(run(['--lang', 'sv']).stdout);
  expect(stats(run(['--cache-dir', cacheDir]).stderr)?.[1]).toBe(0);
});

it('uses $CASEFILE_CACHE_DIR, and never writes without --cache', () => {
  const cacheDir = path.join(tmp, 'from-env');
  run([], { CASEFILE_CACHE_DIR: cacheDir });
  expect(fs.existsSync(cacheDir)).toBe(false);
  run(['--cache'], { CASEFILE_CACHE_DIR: cacheDir });
  expect(fs.readdirSync(cacheDir)).toHaveLength(1);
  expect(fs.readdirSync(home)).toEqual([]);
});

it('still checks, with the same output, when the cache cannot be written', () => {
  const blocker = path.join(tmp, 'blocker');
  fs.writeFileSync(blocker, '');
  const plain = run([]);
  const result = run(['--cache-dir', path.join(blocker, 'cache')]);
  expect(result.stdout).toBe(plain.stdout);
  expect(result.status).toBe(plain.status);
  expect(result.stderr.split('\n').filter((l) => l.startsWith('casefile:'))).toHaveLength(1);
  expect(result.stderr).toMatch(/casefile: cache not saved \(ENOTDIR\)/);
  expect(run(['--cache-dir', path.join(blocker, 'cache'), '--lang', 'sv']).stderr).toMatch(/casefile: cachen sparades inte \(ENOTDIR\)/);
});

it('sends the misses to the worker threads with their bytes, with the same output as without a cache', () => {
  const repo = path.join(tmp, 'large');
  const count = PARALLEL_THRESHOLD + 40;
  (generate as (root: string, n: number) => void)(repo, count);
  // One case twice: its blob is checked once.
  fs.copyFileSync(path.join(repo, 'cases', '2025', '0', 'bench-0.case.yaml'), path.join(repo, 'cases', '2025', '0', 'copy.case.yaml'));
  const cacheDir = path.join(tmp, 'cache-large');
  const runLarge = (args: string[]) =>
    spawnSync(process.execPath, [BIN, 'check', repo, '--format', 'json', '--today', '2026-11-23', ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C', HOME: home, CASEFILE_DEBUG_CACHE: '1', CASEFILE_THREADS: '2' },
      maxBuffer: 1 << 28,
    });
  const plain = runLarge([]);
  const cold = runLarge(['--cache-dir', cacheDir]);
  expect(JSON.parse(plain.stdout).files).toBe(count + 3);
  expect(cold.stdout).toBe(plain.stdout);
  expect(stats(cold.stderr)).toEqual([1, count]);
  expect(stats(runLarge(['--cache-dir', cacheDir]).stderr)).toEqual([count + 1, 0]);
});

it('has the worker threads check the bytes given with a job, not the disk', async () => {
  const text = fs.readFileSync(path.join(SAMPLES, 'cases', '2026', 'vgr-2026-012.case.yaml'));
  const options = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' as const };
  const jobs = Array.from({ length: PARALLEL_THRESHOLD + 10 }, (_, i) => ({ absolute: path.join(tmp, 'nowhere', `${i}.case.yaml`), file: `${i}.case.yaml`, bytes: text }));
  const results = await checkMany(jobs, options, 2, path.join(ROOT, 'dist', 'worker.js'));
  expect(results.map((r) => r.file)).toEqual(jobs.map((j) => j.file));
  expect(results.every((r) => r.summary?.id === 'VGR-2026-012' && !r.findings.some((f) => f.rule === 'unreadable-file'))).toBe(true);
});
