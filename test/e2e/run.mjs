// The real-editor tests: VS Code (code-server) on a fresh copy of samples/ per test file, with the
// extension loaded from this folder (host-suite, ui-checks: smoke-test driver) or packaged and
// installed as a user installs it (user-checks: .vsix, no driver, notifications visible).
// Prints one line per test and `e2e: N passed, M failed`.
// See shared/e2e/README.md for why code-server and not a downloaded VS Code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hostSuite from './host-suite.mjs';
import { cleanupAll } from './lib/cleanup.mjs';
import { OUT, ROOT } from './lib/paths.mjs';
import * as uiChecks from './ui-checks.mjs';
import * as userChecks from './user-checks.mjs';

// CASEFILE_E2E_ONLY=user,ui runs only the test files of those names (while writing a check).
const only = process.env.CASEFILE_E2E_ONLY?.split(',').map((s) => s.trim());
const TEST_FILES = [hostSuite, uiChecks, userChecks].filter((f) => !only || only.includes(f.name));
// A guard against a hang, not a budget: a run takes about 2 min alone, 7 min on a machine shared by many.
const RUN_TIMEOUT_MS = 600_000;
const verbose = process.env.CASEFILE_E2E_VERBOSE === '1';

const results = [];
const workspaces = [];

function report(r) {
  results.push(r);
  console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.ms} ms)`);
  if (!r.ok && r.error) console.log(r.error.replace(/^/gm, '      '));
}

let finishing = false;
async function finish(extraFailure) {
  if (finishing) return;
  finishing = true;
  if (extraFailure) report({ name: extraFailure, ok: false, ms: 0 });
  await cleanupAll();
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true });
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(ROOT, 'test/.tmp/e2e.json'), JSON.stringify({ passed, failed }) + '\n');
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

// Whatever happens, the code-server process groups are ended before the runner exits.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void finish(`interrupted by ${signal}`));
process.on('uncaughtException', (error) => void finish(`runner crashed: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) => void finish(`runner crashed: ${error?.stack ?? error}`));

function step(what, command, args, timeoutMs) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', timeout: timeoutMs });
  if (r.status !== 0) return `${what} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`;
  return undefined;
}

rmSync(join(ROOT, 'test/.tmp/e2e.json'), { force: true });
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// Once per machine about 2.5 min, then no time at all.
const problem =
  step('scripts/e2e-install.sh', 'bash', [join(ROOT, 'scripts/e2e-install.sh')], 15 * 60_000) ??
  step('npm run build', process.execPath, [join(ROOT, 'scripts/build.mjs')], 120_000);
if (problem) await finish(problem);

const deadline = setTimeout(() => void finish(`the e2e run took longer than ${RUN_TIMEOUT_MS / 1000} s`), RUN_TIMEOUT_MS);
for (const file of TEST_FILES) {
  // Tests may edit files: each test file gets its own copy of the samples.
  const workspace = mkdtempSync('/tmp/cfe-ws-');
  workspaces.push(workspace);
  cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
  console.log(`${file.name}:`);
  const start = Date.now();
  try {
    await file.run({ workspace, report, echo: (line) => verbose && console.log(`    | ${line}`) });
  } catch (error) {
    report({ name: `${file.name}: test file`, ok: false, ms: Date.now() - start, error: String(error?.stack ?? error) });
  }
}
clearTimeout(deadline);
await finish();
