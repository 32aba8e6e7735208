// Test file 1: the extension-host suite (test/e2e/suite/, bundled) in a real code-server.
import { join } from 'node:path';
import { build } from 'esbuild';
import { withWorkbench } from './lib/session.mjs';
import { OUT, ROOT } from './lib/paths.mjs';

const PREFIX = '[casefile-e2e]';
const SUITE_TIMEOUT_MS = 150_000;

export const name = 'extension-host';

/** Bundles the suite so the extension host can load it without TypeScript or mocha. */
export async function bundleSuite() {
  const outfile = join(OUT, 'suite/index.js');
  await build({
    entryPoints: [join(ROOT, 'test/e2e/suite/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * @param {{ workspace: string, report: (r: { name: string, ok: boolean, ms: number, error?: string }) => void,
 *   echo: (line: string) => void }} ctx
 */
export async function run({ workspace, report, echo }) {
  const testsPath = await bundleSuite();
  let done;
  let seen = 0;
  const onLog = (line) => {
    const at = line.indexOf(PREFIX);
    if (at < 0) return echo(line);
    const [kind, ...rest] = line.slice(at + PREFIX.length + 1).split(' ');
    const data = JSON.parse(rest.join(' '));
    if (kind === 'done') done = data;
    else if (kind === 'ok' || kind === 'fail') {
      seen++;
      report({ name: `${name}: ${data.name}`, ok: kind === 'ok', ms: data.ms, error: data.error });
    }
  };
  await withWorkbench({ name, folder: workspace, testsPath, onLog }, async (wb, logFile) => {
    let timer;
    const code = await Promise.race([wb.exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS)))]);
    clearTimeout(timer);
    if (code === 'timeout') throw new Error(`the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
    if (!done) throw new Error(`the suite exited with code ${code} before it ran its tests (see ${logFile})`);
    if (done.failed > 0) await wb.page.screenshot({ path: join(OUT, `${name}-failure.png`) }).catch(() => {});
    if (code !== 0 && done.failed === 0) throw new Error(`the suite exited with code ${code} though no test failed`);
    if (seen !== done.passed + done.failed) throw new Error(`saw ${seen} results but the suite counted ${done.passed + done.failed}`);
  });
}
