// Bad input never crashes the command; it is reported where it is. Runs main() in-process on
// repositories made in a temporary folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../server/src/cli/main';

let dir: string;
const CASE =
  'id: A-1\ntitle: T\nkind: dialogue\nphase: needs\nopened: 2026-11-01\nrequester: { organisation: X AB, type: company }\nstakeholders:\n  - { role: innovation-officer, name: Maria Holm }\n';

async function run(argv: string[], cwd = dir) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, env: { LANG: 'C' }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { code, stdout, stderr, json: stdout.startsWith('{') ? JSON.parse(stdout) : undefined };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bad-'));
  const cases = path.join(dir, 'cases');
  fs.mkdirSync(cases);
  fs.writeFileSync(path.join(dir, 'casefile.yaml'), 'organisation: Test\n');
  fs.writeFileSync(path.join(cases, 'good.case.yaml'), CASE);
  fs.writeFileSync(path.join(cases, 'empty.case.yaml'), '');
  fs.writeFileSync(path.join(cases, 'binary.case.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x00, 0x01, 0x02]));
  fs.writeFileSync(path.join(cases, 'latin1.case.yaml'), Buffer.concat([Buffer.from('id: B-1\ntitle: V'), Buffer.from([0xe5]), Buffer.from('rd\n')]));
  fs.writeFileSync(path.join(cases, 'huge.case.yaml'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
  fs.symlinkSync(path.join(cases, 'missing-target.yaml'), path.join(cases, 'dangling.case.yaml'));
  fs.symlinkSync(dir, path.join(cases, 'loop'));
  const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]'];
  for (let i = 1; i < 9; i++)
    bomb.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  fs.writeFileSync(path.join(cases, 'bomb.case.yaml'), bomb.join('\n') + '\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bad input', () => {
  it('is reported per file, at the right place, without a crash', async () => {
    const { code, json, stderr } = await run(['check', '--format', 'json', '--today', '2026-11-23']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const by = (file: string) =>
      json.findings
        .filter((f: { file: string }) => f.file === file)
        .map((f: { rule: string; line: number; column: number; severity: string }) => [f.rule, f.line, f.column, f.severity]);
    expect(by('cases/empty.case.yaml')).toEqual([['yaml-syntax', 1, 1, 'error']]);
    expect(by('cases/binary.case.yaml')).toEqual([['unreadable-file', 1, 4, 'error']]);
    expect(by('cases/latin1.case.yaml')).toEqual([['unreadable-file', 2, 9, 'error']]);
    expect(by('cases/huge.case.yaml')).toEqual([['unreadable-file', 1, 1, 'error']]);
    expect(by('cases/dangling.case.yaml')).toEqual([['unreadable-file', 1, 1, 'error']]);
    expect(by('cases/loop')).toEqual([['unreadable-file', 1, 1, 'warning']]);
    expect(by('cases/bomb.case.yaml').map((f: unknown[]) => f[0])).toEqual(['yaml-syntax']);
    expect(by('cases/good.case.yaml')).toEqual([]);
    expect(json.files).toBe(9);
  });

  it('a path that does not exist is exit 2 with a message', async () => {
    const { code, stderr, stdout } = await run(['check', 'nowhere']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('casefile: path not found: nowhere\n');
  });

  it('an unknown option is exit 2 with usage', async () => {
    const { code, stderr } = await run(['check', '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^casefile: Unknown option '--frobnicate'/);
    expect(stderr).toContain('Usage: casefile check');
  });

  it('a config file that does not exist is exit 2', async () => {
    const { code, stderr } = await run(['check', '--config', 'nope.yaml']);
    expect([code, stderr]).toEqual([2, 'casefile: config file not found: nope.yaml\n']);
  });
});

describe('an unreadable policy', () => {
  it('is reported on casefile.yaml and the defaults apply', async () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-policy-'));
    try {
      fs.mkdirSync(path.join(repo, 'cases'));
      fs.writeFileSync(path.join(repo, 'cases', 'a.case.yaml'), CASE);
      fs.symlinkSync(path.join(repo, 'missing.yaml'), path.join(repo, 'casefile.yaml'));
      const { code, json } = await run(['check', '--format', 'json', '--today', '2026-11-23'], repo);
      expect(code).toBe(1);
      expect(json.findings.map((f: { file: string; rule: string }) => [f.file, f.rule])).toEqual([['casefile.yaml', 'unreadable-file']]);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
