// `casefile report` in-process: its findings are check's for the same paths, --out writes the
// report whole, and the options of other commands are refused.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../server/src/cli/main';
import { parseCommandLine } from '../../server/src/cli/args';
import type { PortfolioReport } from '../../server/src/engine/portfolio/types';
import { figureAttributes, figures, figureValue, requiredPaths, resolve } from '../html/scan';

const SAMPLES = path.resolve(__dirname, '../../samples');
const TODAY = '2026-11-23';
let dir: string;

async function run(argv: string[], cwd = SAMPLES) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, env: { LANG: 'C' }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-report-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('casefile report', () => {
  it.each([[['.']], [['cases/2026']], [['cases/2025/vgr-2025-011.case.yaml', 'casefile.yaml']]])(
    'counts the findings that check reports for the same paths (%j)',
    async (paths) => {
      const check = await run(['check', ...paths, '--format', 'json', '--today', TODAY]);
      const report = await run(['report', ...paths, '--format', 'json', '--today', TODAY]);
      expect(report.code).toBe(0);
      const c = JSON.parse(check.stdout) as { errors: number; warnings: number; infos: number; findings: { rule: string }[] };
      const r = JSON.parse(report.stdout) as { findings: { errors: number; warnings: number; infos: number; byRule: Record<string, number> } };
      const byRule: Record<string, number> = {};
      for (const f of c.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
      expect(r.findings).toEqual({ errors: c.errors, warnings: c.warnings, infos: c.infos, byRule });
    },
  );
  it.each(['en', 'sv'])("prints in its HTML the JSON's figures, every one of them, and nothing external (%s)", async (lang) => {
    const json = JSON.parse((await run(['report', '--format', 'json', '--today', TODAY, '--lang', lang])).stdout) as PortfolioReport;
    const html = (await run(['report', '--format', 'html', '--today', TODAY, '--lang', lang])).stdout;
    const found = figures(html);
    expect(found.length).toBe(figureAttributes(html));
    for (const f of found) expect(figureValue(f.text), f.path).toBe(resolve(json, f.path));
    const printed = new Set(found.map((f) => f.path));
    for (const p of requiredPaths(json)) expect(printed.has(p), p).toBe(true);
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|@import/i);
  });
  it('exits 0 although there are errors', async () => {
    expect((await run(['check', '--today', TODAY])).code).toBe(1);
    expect((await run(['report', '--format', 'json', '--today', TODAY])).code).toBe(0);
  });
  it('writes --out whole, the same as standard output, leaving no temporary file', async () => {
    const out = path.join(dir, 'portfolio.json');
    fs.writeFileSync(out, 'an older report');
    const written = await run(['report', '--format', 'json', '--today', TODAY, '--out', out]);
    expect(written).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const printed = await run(['report', '--format', 'json', '--today', TODAY]);
    expect(fs.readFileSync(out, 'utf8')).toBe(printed.stdout);
    expect(fs.readdirSync(dir)).toEqual(['portfolio.json']);
  });
  it('refuses a folder or a missing folder as --out (exit 2, naming it), before checking anything', async () => {
    const folder = await run(['report', '--out', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`${dir} is a folder`);
    const missing = await run(['report', '--out', path.join(dir, 'nowhere', 'r.html')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(path.join(dir, 'nowhere', 'r.html'));
  });
  it('refuses an --out it cannot write (exit 2)', async () => {
    // /proc takes no new files, not even from root (a read-only folder would not stop root).
    const r = await run(['report', '--format', 'json', '--out', '/proc/casefile-report.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write /proc/casefile-report.json');
  });
  it('prints nothing that a terminal would obey', async () => {
    const repo = fs.mkdtempSync(path.join(dir, 'hostile-'));
    fs.mkdirSync(path.join(repo, 'cases'));
    fs.writeFileSync(path.join(repo, 'cases', 'x.case.yaml'), 'id: "X-\\e[31m1"\ntitle: "\\e]0;owned\\a\\u202e"\nphase: needs\nopened: 2026-11-01\n');
    const r = await run(['report', '--format', 'json', '--today', TODAY], repo);
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(JSON.parse(r.stdout).timeInPhase[0].id).toBe('X-\u001b[31m1');
  });
});

describe('report arguments', () => {
  const env = { LANG: 'C' };
  it('defaults to html on the current folder', () => {
    expect(parseCommandLine(['report'], env)).toMatchObject({ command: 'report', paths: ['.'], format: 'html', out: undefined, locale: 'en', cache: false });
  });
  it('takes its options and those it shares with check', () => {
    const a = parseCommandLine(
      ['report', 'a', '--format', 'json', '--out', 'r.json', '--today', TODAY, '--lang', 'sv', '--config', 'p.yaml', '--cache-dir', 'c', '--no-color'],
      env,
    );
    expect(a).toMatchObject({
      command: 'report',
      paths: ['a'],
      format: 'json',
      out: 'r.json',
      today: TODAY,
      locale: 'sv',
      config: 'p.yaml',
      cache: true,
      cacheDir: 'c',
      color: false,
    });
  });
  it.each([
    [['report', '--format', 'sarif'], /--format must be one of html, json for report/],
    [['report', '--today', '2026-02-30'], /--today takes a date/],
    [['report', '--max-warnings', '0'], /--max-warnings is an option of `casefile check`, not of `casefile report`/],
    [['report', '--quiet'], /--quiet is an option of `casefile check`/],
    [['report', '--base', 'main'], /--base is an option of `casefile review`, not of `casefile report`/],
    [['report', '--fail-on', 'any'], /--fail-on is an option of `casefile review`/],
    [['report', '--out', ''], /--out takes a file name/],
    [['check', '--out', 'r.html'], /--out is an option of `casefile report`, not of `casefile check`/],
    [['review', '--out', 'r.html'], /--out is an option of `casefile report`, not of `casefile review`/],
    [['review', '--quiet'], /--quiet is an option of `casefile check`; `casefile review` fails by --fail-on/],
    [['check', '--head', 'x'], /--head is an option of `casefile review`, not of `casefile check`/],
  ])('%j is a usage error', (argv, message) => {
    const a = parseCommandLine(argv, env);
    expect(a.command).toBe('usage-error');
    expect((a as { message: string }).message).toMatch(message);
  });
});
