// The bundles carry linked source maps, and the processes we start use them: a stack trace from
// the built CLI, or from one of its worker threads, names the TypeScript source, not dist/*.js.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD } from '../../server/src/engine/workspace/pool';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'casefile.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-maps-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with a module imported first that breaks something, so that an internal error is reported. */
function runBroken(preload: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
  });
}

it('every bundle links its map', () => {
  for (const name of ['cli', 'worker', 'server', 'client']) {
    const js = fs.readFileSync(path.join(ROOT, 'dist', `${name}.js`), 'utf8');
    expect(js.trimEnd().endsWith(`//# sourceMappingURL=${name}.js.map`), name).toBe(true);
    const map = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', `${name}.js.map`), 'utf8')) as { sources: string[] };
    expect(map.sources.filter((s) => s.endsWith('.ts')).length, name).toBeGreaterThan(0);
  }
});

it("an internal error's stack from the CLI names the .ts file and line", () => {
  // A working directory that is not a string: path.resolve throws inside run.ts.
  const run = runBroken('process.cwd = () => 42;', ['check', '.']);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^casefile: internal error: TypeError/);
  expect(run.stderr).toMatch(/\(.*server\/src\/cli\/run\.ts:\d+:\d+\)/);
  expect(run.stderr).not.toMatch(/dist\/cli\.js/);
});

it("a worker thread's stack names the .ts file and line too", () => {
  for (let i = 0; i < PARALLEL_THRESHOLD; i++) fs.writeFileSync(path.join(dir, `c-${i}.case.yaml`), `id: C-${i}\n`);
  const preload = "import { isMainThread, parentPort } from 'node:worker_threads'; if (!isMainThread) parentPort.postMessage = () => { throw new Error('forced in a worker'); };";
  const run = runBroken(preload, ['check', '.'], { CASEFILE_THREADS: '2' });
  expect(run.stderr).toMatch(/^casefile: internal error: Error: forced in a worker/);
  expect(run.stderr).toMatch(/\(.*server\/src\/engine\/workspace\/worker\.ts:\d+:\d+\)/);
  expect(run.stderr).not.toMatch(/dist\/worker\.js/);
});

it('the language server is started with source maps', () => {
  // It runs in its own process, started by the client with these options (the client itself runs in
  // VS Code's shared extension host, where we do not switch them on).
  const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'language-client.ts'), 'utf8');
  expect(client.match(/execArgv: \['--enable-source-maps'/g)).toHaveLength(2);
});
