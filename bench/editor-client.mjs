// A minimal LSP client for the editor benchmark: starts the real server process
// (`node dist/server.js --stdio`) and talks to it with vscode-jsonrpc. Every wait has a timeout.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

export const fileUri = (abs) => pathToFileURL(abs).href;

export class Client {
  /** @param {{ serverPath: string, execArgv?: string[] }} options */
  constructor({ serverPath, execArgv = [] }) {
    this.child = spawn(process.execPath, [...execArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    // A server that died is reported by the timeouts, not by an EPIPE crash of the benchmark.
    this.child.stdin.on('error', () => {});
    this.child.stderr.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.conn = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    /** Listeners of server notifications: (method, params, receivedAt) → true when done. */
    this.listeners = new Set();
    this.conn.onNotification((method, params) => {
      const at = performance.now();
      for (const l of [...this.listeners]) if (l(method, params, at)) this.listeners.delete(l);
    });
    // Requests from the server (registerCapability, workDoneProgress, applyEdit…): accepted, nothing done.
    this.conn.onRequest(() => null);
    this.conn.listen();
  }

  /** Resolves with what `match` returns (not undefined) for a notification; rejects after `ms`. */
  waitFor(match, ms, what) {
    return new Promise((resolve, reject) => {
      const listener = (method, params, at) => {
        const value = match(method, params, at);
        if (value === undefined) return false;
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}\nserver stderr:\n${this.stderr.slice(-2000)}`));
      }, ms);
      this.listeners.add(listener);
    });
  }

  /** Resolves when the diagnostics of `uri` for `version` arrive; with the time they arrived. */
  diagnostics(uri, version, ms = 10_000) {
    return this.waitFor(
      (method, p, at) => (method === 'textDocument/publishDiagnostics' && p.uri === uri && p.version === version ? { at, diagnostics: p.diagnostics } : undefined),
      ms,
      `diagnostics of ${path.basename(uri)} v${version}`,
    );
  }

  request(method, params, ms = 30_000) {
    return withTimeout(this.conn.sendRequest(method, params), ms, method);
  }

  notify(method, params) {
    return this.conn.sendNotification(method, params);
  }

  async initialize(folder) {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: fileUri(folder),
      workspaceFolders: [{ uri: fileUri(folder), name: path.basename(folder) }],
      // No configuration pull: the server uses its defaults (language auto).
      capabilities: { workspace: { workspaceFolders: true, configuration: false }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { locale: 'en' },
    });
    return result;
  }

  /** The server's peak resident memory so far (VmHWM of the child process), in MB. */
  peakRssMb() {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
  }

  /** CPU seconds the server has used (user + system), from /proc/<pid>/stat. */
  cpuSeconds() {
    const stat = fs.readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  }

  /** shutdown + exit; the process is killed if it does not leave within the timeout. */
  async close(ms = 10_000) {
    let clean;
    try {
      await this.request('shutdown', undefined, ms);
      await this.notify('exit');
      const left = await withTimeout(this.exited, ms, 'server exit');
      clean = left.code === 0;
    } catch {
      clean = false;
      this.child.kill('SIGKILL');
      await this.exited;
    }
    this.conn.dispose();
    return clean;
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
