// Files that are not what they seem: FIFOs, sockets, devices, links out of the repository. The
// built CLI runs as a child process with a timeout, so that a regression fails instead of hanging
// the test run (a blocking open of a FIFO cannot be interrupted from inside the process).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.join(__dirname, '..', '..', 'bin', 'casefile.js');
const CASE =
  'id: A-1\ntitle: T\nkind: dialogue\nphase: needs\nopened: 2026-11-01\nrequester: { organisation: X AB, type: company }\nstakeholders:\n  - { role: innovation-officer, name: Maria Holm }\n';
const SECRET = 'runner_secret: hunter2-LEAKED\n';

const MESSAGES = {
  fifo: 'This is a named pipe (FIFO), not a regular file; it was not read. A case file must be an ordinary file.',
  socket: 'This is a socket, not a regular file; it was not read. A case file must be an ordinary file.',
  device: 'This is a device, not a regular file; it was not read. A case file must be an ordinary file.',
  outside:
    'This symbolic link leads outside the repository; it was not followed, so that no file outside the repository is ever read. Link to a file inside the repository, or copy the file in.',
};

let top: string;
let repo: string;
let outside: string;
let server: net.Server;

interface Found {
  file: string;
  rule: string;
  message: string;
  severity: string;
}

function check(args: string[], cwd = repo) {
  const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--today', '2026-11-23', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C' },
    timeout: 30_000,
    killSignal: 'SIGKILL',
  });
  const json = run.stdout.startsWith('{') ? (JSON.parse(run.stdout) as { files: number; findings: Found[] }) : undefined;
  const of = (file: string) => json?.findings.filter((f) => f.file === file).map((f) => [f.rule, f.severity, f.message]);
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr, json, of };
}

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

beforeAll(async () => {
  top = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-hostile-'));
  repo = path.join(top, 'repo');
  outside = path.join(top, 'outside');
  write(path.join(outside, 'passwd'), SECRET);
  write(path.join(outside, 'folder', 'x.case.yaml'), `id: LEAK-1\n${SECRET}`);
  write(path.join(outside, 'policy.yaml'), 'organisation: Elsewhere\n');

  write(path.join(repo, 'casefile.yaml'), 'organisation: Test\n');
  const cases = path.join(repo, 'cases');
  write(path.join(cases, 'good.case.yaml'), CASE);
  write(path.join(repo, 'store', 'inner.yaml'), CASE.replace('A-1', 'A-2'));
  execFileSync('mkfifo', [path.join(cases, 'fifo.case.yaml')]);
  execFileSync('mkfifo', [path.join(repo, 'pipe')]);
  fs.symlinkSync('../pipe', path.join(cases, 'to-fifo.case.yaml'));
  fs.symlinkSync(path.join(outside, 'passwd'), path.join(cases, 'passwd.case.yaml'));
  fs.symlinkSync(path.join(outside, 'folder'), path.join(cases, 'ext'));
  fs.symlinkSync('/dev/zero', path.join(cases, 'zero.case.yaml'));
  // A link that stays inside the repository is followed as before.
  fs.symlinkSync('../store/inner.yaml', path.join(cases, 'inner.case.yaml'));
  server = net.createServer();
  await new Promise<void>((resolve) => server.listen(path.join(cases, 'sock.case.yaml'), resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(top, { recursive: true, force: true });
});

describe('special files while scanning', () => {
  it('FIFOs, sockets, devices and links out of the repository are reported, never read', () => {
    const run = check([]);
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.of('cases/fifo.case.yaml')).toEqual([['unreadable-file', 'error', MESSAGES.fifo]]);
    expect(run.of('cases/to-fifo.case.yaml')).toEqual([['unreadable-file', 'error', MESSAGES.fifo]]);
    expect(run.of('cases/sock.case.yaml')).toEqual([['unreadable-file', 'error', MESSAGES.socket]]);
    expect(run.of('cases/passwd.case.yaml')).toEqual([['unreadable-file', 'error', MESSAGES.outside]]);
    expect(run.of('cases/ext')).toEqual([['unreadable-file', 'error', MESSAGES.outside]]);
    expect(run.of('cases/zero.case.yaml')).toEqual([['unreadable-file', 'error', MESSAGES.outside]]);
    expect(run.of('cases/inner.case.yaml')).toEqual([]);
    expect(run.of('cases/good.case.yaml')).toEqual([]);
    expect(run.json!.files).toBe(9);
    // Nothing from outside the repository reaches the output.
    expect(run.stdout).not.toMatch(/hunter2|runner_secret|LEAK/);
  });

  it('in Swedish', () => {
    const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--lang', 'sv', 'cases/passwd.case.yaml', 'cases/sock.case.yaml'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 30_000,
      killSignal: 'SIGKILL',
    });
    const messages = (JSON.parse(run.stdout) as { findings: Found[] }).findings.map((f) => f.message);
    expect(messages).toEqual([
      'Den här symboliska länken leder ut ur förrådet; den följdes inte, så att ingen fil utanför förrådet någonsin läses. Länka till en fil i förrådet, eller kopiera in filen.',
      'Detta är en socket, ingen vanlig fil; den lästes inte. En ärendefil ska vara en vanlig fil.',
    ]);
  });
});

describe('special files named on the command line', () => {
  it('a FIFO and a link to one are reported at once', () => {
    const run = check(['pipe', 'cases/to-fifo.case.yaml']);
    expect([run.signal, run.status, run.stderr]).toEqual([null, 1, '']);
    expect(run.of('pipe')).toEqual([['unreadable-file', 'error', MESSAGES.fifo]]);
    expect(run.of('cases/to-fifo.case.yaml')).toEqual([['unreadable-file', 'error', MESSAGES.fifo]]);
    expect(run.json!.files).toBe(2);
  });

  it('a link in the repository that leads out is not followed even when named', () => {
    const run = check(['cases/passwd.case.yaml']);
    expect(run.of('cases/passwd.case.yaml')).toEqual([['unreadable-file', 'error', MESSAGES.outside]]);
    expect(run.stdout).not.toMatch(/hunter2|runner_secret/);
  });

  it("a file outside the repository named by its own path is the user's choice, and is read", () => {
    const run = check([path.join(outside, 'folder', 'x.case.yaml')]);
    expect(run.json!.findings.some((f) => f.rule === 'schema' && f.message.includes('runner_secret'))).toBe(true);
  });

  it('/dev/zero is reported as a device without being read: the run ends and memory stays small', async () => {
    const child = spawn(process.execPath, [BIN, 'check', '--format', 'json', '/dev/zero'], { cwd: repo, env: { PATH: process.env.PATH, LANG: 'C' } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    let peakKb = 0;
    // Sampled while it runs; it used to grow to 5.7 GB, so it is killed well before that.
    const sample = setInterval(() => {
      let status: RegExpMatchArray | null;
      try {
        status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
      } catch {
        return; // it has just ended
      }
      peakKb = Math.max(peakKb, Number(status?.[1] ?? 0));
      if (peakKb > 1_000_000) child.kill('SIGKILL');
    }, 10);
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearInterval(sample);
    clearTimeout(watchdog);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: Found[] }).findings;
    expect(findings.map((f) => [f.file, f.rule, f.message])).toEqual([[path.relative(repo, '/dev/zero'), 'unreadable-file', MESSAGES.device]]);
    console.log(`/dev/zero: peak RSS sampled ${Math.round(peakKb / 1024)} MB`);
    expect(peakKb).toBeLessThan(300_000);
  });
});

describe('settings files', () => {
  it('a FIFO casefile.yaml is reported and the defaults apply', () => {
    const other = path.join(top, 'fifo-policy');
    write(path.join(other, 'cases', 'a.case.yaml'), CASE);
    execFileSync('mkfifo', [path.join(other, 'casefile.yaml')]);
    const run = check([], other);
    expect([run.signal, run.status, run.stderr]).toEqual([null, 1, '']);
    expect(run.json!.findings.map((f) => [f.file, f.rule, f.message])).toEqual([['casefile.yaml', 'unreadable-file', MESSAGES.fifo]]);
  });

  it('a casefile.yaml that links out of the repository is not followed; --config outside it is', () => {
    const other = path.join(top, 'link-policy');
    write(path.join(other, 'cases', 'a.case.yaml'), CASE);
    fs.symlinkSync(path.join(outside, 'passwd'), path.join(other, 'casefile.yaml'));
    const linked = check([], other);
    expect(linked.json!.findings.map((f) => [f.file, f.rule, f.message])).toEqual([['casefile.yaml', 'unreadable-file', MESSAGES.outside]]);
    expect(linked.stdout).not.toMatch(/hunter2|runner_secret/);
    const configured = check(['--config', path.join(outside, 'policy.yaml')], other);
    expect(configured.status).toBe(0);
  });
});
