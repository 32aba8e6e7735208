// The server never blocks on a FIFO and never reads through a link out of the repository. Each
// FIFO has a writer waiting on it: were the server to open one (a blocking open), the writer would
// let it through at once with no data, and the test would fail on the wrong finding instead of
// hanging.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseIndex } from '../../server/src/shared/protocol';
import { codes, Harness, message, removeTempFolders, tempFolder } from './harness';

const CASE =
  'version: 1\nid: A-1\ntitle: T\nkind: dialogue\nphase: needs\nopened: 2026-11-01\nrequester: { organisation: X AB, type: company }\nstakeholders:\n  - { role: innovation-officer, name: Maria Holm }\n';
const FIFO = 'This is a named pipe (FIFO), not a regular file; it was not read. A case file must be an ordinary file.';
const OUTSIDE =
  'This symbolic link leads outside the repository; it was not followed, so that no file outside the repository is ever read. Link to a file inside the repository, or copy the file in.';

let h: Harness | undefined;
const writers: ChildProcess[] = [];
let server: net.Server | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
  for (const w of writers.splice(0)) w.kill('SIGKILL');
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  removeTempFolders();
});

function fifo(file: string): void {
  execFileSync('mkfifo', [file]);
  writers.push(spawn('sh', ['-c', 'exec 3>"$0"', file], { stdio: 'ignore' }));
}

describe('hostile files in a workspace folder', () => {
  it('FIFOs (a case, a link to one, casefile.yaml) and a socket are reported; a link out is not followed; the server keeps answering', async () => {
    const outside = tempFolder('outside');
    fs.writeFileSync(path.join(outside, 'secret.yaml'), 'runner_secret: hunter2\n');
    const root = tempFolder('hostile');
    fs.mkdirSync(path.join(root, 'cases'));
    fs.writeFileSync(path.join(root, 'cases', 'good.case.yaml'), CASE);
    fifo(path.join(root, 'casefile.yaml'));
    fifo(path.join(root, 'cases', 'fifo.case.yaml'));
    fifo(path.join(root, 'pipe'));
    fs.symlinkSync('../pipe', path.join(root, 'cases', 'to-fifo.case.yaml'));
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'cases', 'out.case.yaml'));
    fs.symlinkSync(outside, path.join(root, 'cases', 'ext'));
    server = net.createServer();
    await new Promise<void>((resolve) => server!.listen(path.join(root, 'cases', 'sock.case.yaml'), resolve));

    h = await Harness.start({ from: null });
    await h.changeFolders([root]);
    const only = async (rel: string) => {
      const p = await h!.diagnostics(path.join(root, rel));
      expect(codes(p)).toEqual(['unreadable-file']);
      return message(p.diagnostics[0]);
    };
    expect(await only('cases/fifo.case.yaml')).toBe(FIFO);
    expect(await only('cases/to-fifo.case.yaml')).toBe(FIFO);
    expect(await only('casefile.yaml')).toBe(FIFO);
    expect(await only('cases/sock.case.yaml')).toMatch(/^This is a socket/);
    expect(await only('cases/out.case.yaml')).toBe(OUTSIDE);
    expect(await only('cases/ext')).toBe(OUTSIDE);

    // A FIFO created later, reported through a disk change, does not block either.
    fifo(path.join(root, 'cases', 'late.case.yaml'));
    await h.filesChanged([[path.join(root, 'cases', 'late.case.yaml'), 1]]);
    expect(await only('cases/late.case.yaml')).toBe(FIFO);

    const index = (await h.client.sendRequest('casefile/index')) as CaseIndex;
    expect(index.cases.some((c) => c.uri.endsWith('good.case.yaml'))).toBe(true);
    expect(JSON.stringify([...h.published.values()])).not.toContain('hunter2');
    expect(h.errors).toEqual([]);
  });
});
