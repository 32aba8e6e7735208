// The editor benchmark's two measurements against a running server: edit → diagnostics latency,
// and the time to index a workspace folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, fileUri } from './editor-client.mjs';

export const INDEX_CHANGED = 'casefile/indexChanged';
export const INDEX_REQUEST = 'casefile/index';

/** A temporary workspace folder: casefile.yaml plus one case file. */
export function tempWorkspace(name, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-editor-bench-'));
  fs.writeFileSync(path.join(dir, 'casefile.yaml'), 'organisation: Bench\n');
  fs.mkdirSync(path.join(dir, 'cases'));
  const file = path.join(dir, 'cases', `${name}.case.yaml`);
  fs.writeFileSync(file, text);
  return { dir, file };
}

/** Collects the casefile/indexChanged notifications of a client into a queue one can wait on. */
export function indexQueue(client) {
  const times = [];
  let wake;
  client.listeners.add((method, _params, at) => {
    if (method === INDEX_CHANGED) {
      times.push(at);
      wake?.();
    }
    return false;
  });
  return {
    async next(ms) {
      if (times.length === 0) {
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no ${INDEX_CHANGED} within ${ms} ms`)), ms);
          wake = () => {
            clearTimeout(timer);
            wake = undefined;
            resolve();
          };
        });
      }
      return times.shift();
    },
  };
}

/**
 * Opens `file` (already in the client's workspace) and makes `edits` single-character edits at
 * the markers, each after the previous one's diagnostics arrived. Returns the latencies in ms.
 */
export async function editLatencies(client, file, text, markers, edits) {
  const uri = fileUri(file);
  const opened = client.diagnostics(uri, 1, 60_000);
  const t0 = performance.now();
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'casefile', version: 1, text } });
  const first = await opened;
  const openMs = first.at - t0;
  const expected = first.diagnostics.length;
  const cpu0 = client.cpuSeconds();
  const current = markers.map(() => 0);
  const latencies = [];
  for (let i = 0; i < edits; i++) {
    // Spread the edits over the file: a stride coprime to most marker counts.
    const k = (i * 7919) % markers.length;
    const m = markers[k];
    current[k] = (current[k] + 1) % 10;
    const version = i + 2;
    const arrived = client.diagnostics(uri, version);
    const sent = performance.now();
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: m, end: { line: m.line, character: m.character + 1 } }, text: String(current[k]) }],
    });
    const got = await arrived;
    // The edit touches only a log event's text: the findings must stay the same.
    if (got.diagnostics.length !== expected) throw new Error(`edit ${i}: ${got.diagnostics.length} diagnostics, expected ${expected}`);
    latencies.push(got.at - sent);
  }
  const cpuPerEditMs = ((client.cpuSeconds() - cpu0) * 1000) / edits;
  await client.notify('textDocument/didClose', { textDocument: { uri } });
  return { openMs, latencies, cpuPerEditMs, diagnostics: expected };
}

/** Latency of editing one case in a fresh server whose workspace holds only that case. */
export async function latencyRun({ serverPath, execArgv, name, text, markers, edits }) {
  const ws = tempWorkspace(name, text);
  const client = new Client({ serverPath, execArgv });
  try {
    const queue = indexQueue(client);
    await client.initialize(ws.dir);
    await client.notify('initialized', {});
    await queue.next(30_000);
    const result = await editLatencies(client, ws.file, text, markers, edits);
    return { ...result, pid: client.child.pid, peakMb: client.peakRssMb(), clean: await client.close() };
  } catch (error) {
    await client.close(2_000);
    throw error;
  } finally {
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
}

/**
 * Time from `initialized` to the indexChanged notification after which casefile/index lists every
 * case with the CLI's totals. `after(client)` may run more measurements on the indexed server.
 */
export async function indexRun({ serverPath, execArgv, folder, count, expected, after }) {
  const client = new Client({ serverPath, execArgv });
  try {
    const queue = indexQueue(client);
    await client.initialize(folder);
    const t0 = performance.now();
    const cpu0 = client.cpuSeconds();
    await client.notify('initialized', {});
    let last;
    for (;;) {
      const at = await queue.next(180_000).catch((error) => {
        throw new Error(`${error.message}; last index ${JSON.stringify(last)}, the CLI found ${count} cases with ${JSON.stringify(expected)}`);
      });
      const index = await client.request(INDEX_REQUEST, undefined, 60_000);
      last = { cases: index.cases.length, errors: index.errors, warnings: index.warnings, infos: index.infos };
      if (last.cases === count && last.errors === expected.errors && last.warnings === expected.warnings && last.infos === expected.infos) {
        const seconds = (at - t0) / 1000;
        const cpu = client.cpuSeconds() - cpu0;
        const indexMb = client.peakRssMb();
        const extra = after ? await after(client) : undefined;
        return { seconds, cpu, indexMb, pid: client.child.pid, peakMb: client.peakRssMb(), extra, clean: await client.close() };
      }
    }
  } catch (error) {
    await client.close(2_000);
    throw error;
  }
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}
