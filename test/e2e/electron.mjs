// The extension-host suite in desktop VS Code via @vscode/test-electron, for machines that can
// download VS Code (test/e2e/run.mjs runs the same suite in code-server where they cannot).
// On Linux without a display, run it under xvfb-run.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSuite } from './host-suite.mjs';
import { OUT, ROOT } from './lib/paths.mjs';

const DOWNLOAD_HOST = 'https://update.code.visualstudio.com/api/releases/stable';

try {
  const res = await fetch(DOWNLOAD_HOST, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
} catch (error) {
  console.error(
    `test:electron needs to download VS Code from ${new URL(DOWNLOAD_HOST).host}, which cannot be reached ` +
      `(${error?.cause?.code ?? error?.message ?? error}).\nUse \`npm run test:e2e\` instead: it runs the same suite in code-server from npm.`,
  );
  process.exit(1);
}

const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
mkdirSync(OUT, { recursive: true });
const testsPath = await bundleSuite();
const workspace = mkdtempSync(join(tmpdir(), 'cfe-ws-'));
const userData = mkdtempSync(join(tmpdir(), 'cfe-ud-'));
cpSync(join(ROOT, 'samples'), workspace, { recursive: true });

const { runTests } = await import('@vscode/test-electron');
let code = 1;
try {
  code = await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: testsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', userData],
  });
} catch (error) {
  console.error(`test:electron failed: ${error?.message ?? error}`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
}
console.log(`electron: ${code === 0 ? 'passed' : 'failed'}`);
process.exit(code === 0 ? 0 : 1);
