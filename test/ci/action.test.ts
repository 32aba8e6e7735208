// The GitHub Action (action.yml), the pre-commit hook (.pre-commit-hooks.yaml) and the README's
// recipes: what they declare, that no script can be injected into, and the Action's shell steps run
// in bash against stand-ins for the CLI and the comment, in the order and with the env GitHub gives.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  name: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;

describe('action.yml', () => {
  it('is a composite action with the documented inputs and defaults', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))).toEqual({
      paths: '.',
      'fail-on': 'new',
      comment: 'true',
      sarif: 'false',
      lang: 'en',
    });
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
  });

  it('puts no expression inside a script: inputs and event fields reach run: only through env:', () => {
    const scripts = steps.filter((s) => s.run);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const s of scripts) {
      expect(s.run, s.name).not.toContain('${{ inputs.');
      expect(s.run, s.name).not.toContain('${{ github.event.');
      expect(s.run, s.name).not.toMatch(/\$\{\{/);
      expect(s.shell, s.name).toBe('bash');
    }
  });

  it('refuses a bad input before it installs anything', () => {
    const install = steps.find((s) => s.name === 'Install Casefile')!;
    const good = { CASEFILE_FAIL_ON: 'new', CASEFILE_COMMENT: 'true', CASEFILE_SARIF: 'false', CASEFILE_LANG: 'en' };
    for (const [name, value, message] of [
      ['CASEFILE_FAIL_ON', 'some', 'input fail-on must be new, any or none'],
      ['CASEFILE_COMMENT', 'yes', 'input comment must be true or false'],
      ['CASEFILE_SARIF', 'True', 'input sarif must be true or false'],
      ['CASEFILE_LANG', 'de', 'input lang must be en or sv'],
    ]) {
      // No GITHUB_ACTION_PATH: reaching `cd` or `npm ci` would fail differently.
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', install.run!], { encoding: 'utf8', env: { PATH: process.env.PATH, ...good, [name!]: value } });
      expect(r.status, name).toBe(1);
      expect(r.stdout).toBe(`::error title=Casefile::${message}\n`);
    }
  });

  it('names only inputs it has, and uses no third-party action', () => {
    const text = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const named = new Set([...text.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!));
    expect([...named].sort()).toEqual(Object.keys(action.inputs).sort());
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['github/codeql-action/upload-sarif@v3']);
  });
});

/** The README's "In CI" section, up to the next section of the same level. */
function readmeSection(heading: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const level = heading.split(' ')[0]!;
  const end = readme.indexOf(`\n${level} `, start + heading.length + 2);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('the README recipes', () => {
  it('the GitHub recipe and the inputs table name exactly the inputs action.yml has', () => {
    const section = readmeSection('### GitHub Actions');
    const table = [...section.matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]!);
    expect(table.sort()).toEqual(Object.keys(action.inputs).sort());
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => YAML.parse(m[1]!) as { jobs: Record<string, { steps: Step[] }> });
    const ours = blocks.flatMap((b) => Object.values(b.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('casefile/casefile@'))));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      expect(step.uses).toBe('casefile/casefile@v0');
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    }
    // The checkout before it fetches the whole history, which review needs for the base.
    for (const b of blocks) for (const job of Object.values(b.jobs)) expect(job.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'fetch-depth': 0 });
  });

  it('the GitLab recipe fetches the target branch, reviews against it and publishes both reports', () => {
    const section = readmeSection('### GitLab CI');
    const yaml = YAML.parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]!) as Record<string, { variables?: Record<string, unknown>; script: string[]; artifacts: unknown }>;
    const jobs = Object.values(yaml);
    const review = jobs.find((j) => j.script.some((l) => l.includes('casefile review')))!;
    expect(review.variables).toEqual({ GIT_DEPTH: '0' });
    // The remote-tracking branch is named in full: a plain `git fetch origin BRANCH` updates it only where origin has a fetch refspec.
    expect(review.script).toContain('git fetch origin "+refs/heads/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME:refs/remotes/origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"');
    expect(review.script).toContain('npx casefile review --base "$(git merge-base HEAD "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME")" --format gitlab > gl-code-quality.json');
    expect(review.artifacts).toMatchObject({ when: 'always', reports: { codequality: 'gl-code-quality.json' } });
    const check = jobs.find((j) => j.script.some((l) => l.includes('check --format junit')))!;
    expect(check.artifacts).toMatchObject({ when: 'always', reports: { junit: expect.any(String) } });
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = YAML.parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
    pass_filenames: boolean;
  }[];

  it('declares the casefile hook', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'casefile', name: 'casefile', entry: 'casefile check', language: 'node', pass_filenames: true });
    // The entry is the package's own command.
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hooks[0]!.entry.split(' ')[0]);
  });

  it('matches case files, casefile.yaml and directory.yaml, and no other YAML', () => {
    // pre-commit uses Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hooks[0]!.files);
    for (const f of ['a.case.yaml', 'cases/2026/vgr-2026-031.case.yaml', 'cases/b.case.yml', 'casefile.yaml', 'directory.yaml', 'sub/repo/casefile.yaml', 'sub/directory.yaml'])
      expect(files.test(f), f).toBe(true);
    for (const f of ['other.yaml', 'case.yaml', 'a.case.yaml.bak', 'mycasefile.yaml', 'old-directory.yaml', 'cases/a.case.json', '.github/workflows/ci.yml', 'a.case.yamlx'])
      expect(files.test(f), f).toBe(false);
  });
});

// ---- The Action's shell steps, run in bash as the runner runs them ----

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-action-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Stand-ins at the action's path: bin/casefile.js and dist/pr-comment.js log their calls and answer as told. */
function fakeActionPath(): string {
  const dir = path.join(tmp, 'action');
  if (fs.existsSync(dir)) return dir;
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(
    path.join(dir, 'bin', 'casefile.js'),
    `const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.STUB_LOG, JSON.stringify({ cwd: process.cwd(), args }) + '\\n');
const format = args[args.indexOf('--format') + 1];
const status = Number(process.env['STUB_' + args[0].toUpperCase()] || 0);
if (status === 2) { process.stderr.write('casefile: the base is not in this shallow clone; fetch the history (fetch-depth: 0)\\n'); process.exit(2); }
const out = { github: '::error file=a.case.yaml,line=1::x\\n', sarif: '{"version":"2.1.0"}\\n', markdown: args[0] === 'review' ? '<!-- casefile-review -->\\nthe review\\n' : '<!-- casefile-check -->\\nthe check\\n' };
process.stdout.write(out[format]);
process.exit(status);
`,
  );
  fs.writeFileSync(
    path.join(dir, 'dist', 'pr-comment.js'),
    `const fs = require('fs');
fs.appendFileSync(process.env.STUB_LOG, JSON.stringify({ comment: process.argv.slice(2), token: process.env.GITHUB_TOKEN, summary: fs.readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8') }) + '\\n');
`,
  );
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

/** A repository with two commits; returns its folder and the first commit (the base). */
function repository(name: string): { dir: string; base: string } {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  git(dir, 'init', '-q');
  fs.writeFileSync(path.join(dir, 'a.case.yaml'), 'id: A-1\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  fs.writeFileSync(path.join(dir, 'a.case.yaml'), 'id: A-1\ntitle: x\n');
  git(dir, 'commit', '-qam', 'head');
  return { dir, base };
}

/** The `${{ }}` and `if:` expressions this action uses, evaluated over a context as GitHub would. */
function evaluate(expression: string, ctx: Record<string, unknown>): unknown {
  // A missing property is null in GitHub's expressions, never an error: every access is optional.
  const js = expression
    .replace(/\binputs\.([\w-]+)/g, "inputs['$1']")
    .replace(/\.(?=[A-Za-z_])/g, '?.')
    .replace(/==/g, '===')
    .replace(/!=/g, '!==')
    .replace(/!===/g, '!==');
  return new Function('ctx', `with (ctx) { return (${js}); }`)(ctx);
}

interface Scenario {
  event: string;
  payload: Record<string, unknown>;
  workspace: string;
  inputs?: Record<string, string>;
  /** Exit statuses of the stand-in CLI, per command. */
  status?: { check?: number; review?: number };
}

/** Runs the composite's steps after the install, honouring if:, env: and $GITHUB_OUTPUT. */
function runAction(s: Scenario) {
  const actionPath = fakeActionPath();
  const run = fs.mkdtempSync(path.join(tmp, 'run-'));
  const files = { log: path.join(run, 'log'), summary: path.join(run, 'summary.md'), temp: path.join(run, 'temp') };
  fs.writeFileSync(files.log, '');
  fs.writeFileSync(files.summary, '');
  fs.mkdirSync(files.temp);
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...s.inputs };
  const outputs: Record<string, Record<string, string>> = {};
  const stepsCtx = new Proxy({}, { get: (_, id: string) => ({ outputs: new Proxy(outputs[id] ?? {}, { get: (o, k: string) => o[k] ?? '' }) }) });
  const github = { event_name: s.event, event: s.payload, token: 'the-token', repository: 'acme/cases', workspace: s.workspace };
  let failed = false;
  const ctx = { inputs, github, steps: stepsCtx, always: () => true };
  const log: { step: string; status: number; stdout: string; stderr: string }[] = [];
  const ran: string[] = [];
  for (const step of steps) {
    if (step.name === 'Install Casefile') continue;
    const condition = step.if ?? 'success()';
    if (!evaluate(condition, { ...ctx, success: () => !failed })) continue;
    ran.push(step.name);
    if (step.uses) continue;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = String(v).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => String(evaluate(e, ctx) ?? ''));
    const output = path.join(run, `output-${step.id ?? ran.length}`);
    fs.writeFileSync(output, '');
    // GitHub's own invocation of shell: bash.
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: s.workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_WORKSPACE: s.workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: files.temp,
        STUB_LOG: files.log,
        STUB_CHECK: String(s.status?.check ?? 0),
        STUB_REVIEW: String(s.status?.review ?? 0),
        ...env,
      },
    });
    log.push({ step: step.name, status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    if (step.id)
      outputs[step.id] = Object.fromEntries(
        fs
          .readFileSync(output, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    if (r.status !== 0) failed = true;
  }
  const calls = fs
    .readFileSync(files.log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { args?: string[]; cwd?: string; comment?: string[]; token?: string; summary?: string });
  const stdout = log.map((l) => l.stdout + l.stderr).join('');
  return { ran, log, calls, summary: fs.readFileSync(files.summary, 'utf8'), stdout, failed, status: log.at(-1)?.status, outputs };
}

describe('the Action’s steps in bash', () => {
  const pr = (base: string, extra: Record<string, unknown> = {}) => ({
    number: 7,
    pull_request: { number: 7, base: { sha: base }, head: { repo: { full_name: 'acme/cases' } } },
    ...extra,
  });

  it('on a pull request: annotates, reviews against the base, writes the summary before the comment, and fails as review does', () => {
    const { dir, base } = repository('pr');
    const r = runAction({ event: 'pull_request', payload: pr(base), workspace: dir, inputs: { paths: 'cases  casefile.yaml\nmore', lang: 'sv' }, status: { check: 1, review: 1 } });
    expect(r.ran).toEqual(['Check the cases', 'Review the change', 'Comment on the pull request', 'Verdict']);
    const cli = r.calls.filter((c) => c.args);
    expect(cli.map((c) => c.args)).toEqual([
      ['check', '--cache', '--format', 'github', '--lang', 'sv', '--', 'cases', 'casefile.yaml', 'more'],
      ['review', '--cache', '--base', base, '--format', 'markdown', '--fail-on', 'new', '--lang', 'sv', '--', 'cases', 'casefile.yaml', 'more'],
    ]);
    for (const c of cli) expect(fs.realpathSync(c.cwd!)).toBe(fs.realpathSync(dir));
    expect(r.stdout).toContain('::error file=a.case.yaml,line=1::x');
    const comment = r.calls.find((c) => c.comment)!;
    expect(comment.token).toBe('the-token');
    expect(fs.readFileSync(comment.comment![0]!, 'utf8')).toBe('<!-- casefile-review -->\nthe review\n');
    // The summary was there when the comment step ran.
    expect(comment.summary).toBe('<!-- casefile-review -->\nthe review\n');
    expect(r.summary).toBe('<!-- casefile-review -->\nthe review\n');
    expect(r.status).toBe(1);
    expect(r.outputs.review!.status).toBe('1');
  });

  it('passes when review passes, even with check errors that the base had too', () => {
    const { dir, base } = repository('pass');
    const r = runAction({ event: 'pull_request', payload: pr(base), workspace: dir, status: { check: 1, review: 0 } });
    expect(r.failed).toBe(false);
    expect(r.status).toBe(0);
    expect(r.calls.filter((c) => c.args).map((c) => c.args![0])).toEqual(['check', 'review']);
  });

  it('writes SARIF and uploads it when asked, and makes no comment when told not to', () => {
    const { dir, base } = repository('sarif');
    const r = runAction({ event: 'pull_request', payload: pr(base), workspace: dir, inputs: { sarif: 'true', comment: 'false', 'fail-on': 'any' } });
    expect(r.ran).toEqual(['Check the cases', 'Review the change', 'Upload SARIF', 'Verdict']);
    expect(r.calls.filter((c) => c.args).map((c) => c.args!.slice(0, 4))).toEqual([
      ['check', '--cache', '--format', 'github'],
      ['check', '--cache', '--format', 'sarif'],
      ['review', '--cache', '--base', base],
    ]);
    expect(r.calls.find((c) => c.args?.[0] === 'review')!.args).toContain('any');
    expect(fs.readFileSync(r.outputs.check!.sarif!, 'utf8')).toBe('{"version":"2.1.0"}\n');
    expect(r.calls.some((c) => c.comment)).toBe(false);
  });

  it("skips the SARIF upload on a fork's pull request, whose token cannot upload", () => {
    const { dir, base } = repository('fork');
    const payload = pr(base);
    payload.pull_request.head.repo.full_name = 'someone/cases';
    const r = runAction({ event: 'pull_request', payload, workspace: dir, inputs: { sarif: 'true' } });
    expect(r.ran).toEqual(['Check the cases', 'Review the change', 'Comment on the pull request', 'Verdict']);
  });

  it('says clearly when a shallow clone lacks the base, and fails with status 2 without a comment', () => {
    const { dir: origin } = repository('origin');
    const shallow = path.join(tmp, 'shallow');
    git(tmp, 'clone', '-q', '--depth', '1', `file://${origin}`, shallow);
    const base = git(origin, 'rev-parse', 'HEAD~1');
    const r = runAction({ event: 'pull_request', payload: pr(base), workspace: shallow, status: { review: 2 } });
    expect(r.stdout).toContain(`::error title=Casefile::The checkout is shallow and lacks the base commit ${base}. Give actions/checkout 'fetch-depth: 0'`);
    expect(r.stdout).toContain('casefile: the base is not in this shallow clone');
    expect(r.stdout).toContain('::error title=Casefile::casefile review could not run (exit status 2)');
    expect(r.ran).not.toContain('Comment on the pull request');
    expect(r.summary).toBe('');
    expect(r.status).toBe(2);
  });

  it("on a push, reviews against the branch's previous commit", () => {
    const { dir, base } = repository('push');
    const r = runAction({ event: 'push', payload: { before: base, after: 'x' }, workspace: dir });
    expect(r.calls.find((c) => c.args?.[0] === 'review')!.args!.slice(0, 4)).toEqual(['review', '--cache', '--base', base]);
    expect(r.ran).not.toContain('Comment on the pull request');
    expect(r.status).toBe(0);
  });

  it('without a base (a new branch, a force push, a manual run) it summarises check, whose errors decide unless fail-on is none', () => {
    const { dir } = repository('nobase');
    const newBranch = runAction({ event: 'push', payload: { before: '0'.repeat(40) }, workspace: dir, status: { check: 1 } });
    expect(newBranch.calls.filter((c) => c.args).map((c) => c.args!.slice(0, 4))).toEqual([
      ['check', '--cache', '--format', 'github'],
      ['check', '--cache', '--format', 'markdown'],
    ]);
    expect(newBranch.summary).toBe('<!-- casefile-check -->\nthe check\n');
    expect(newBranch.status).toBe(1);
    const forced = runAction({ event: 'push', payload: { before: 'f'.repeat(40) }, workspace: dir, inputs: { 'fail-on': 'none' }, status: { check: 1 } });
    expect(forced.stdout).toContain(`::notice title=Casefile::The branch's previous commit ${'f'.repeat(40)} is not in the clone`);
    expect(forced.status).toBe(0);
    const manual = runAction({ event: 'workflow_dispatch', payload: {}, workspace: dir, status: { check: 0 } });
    expect(manual.status).toBe(0);
    expect(manual.calls.some((c) => c.args?.[0] === 'review')).toBe(false);
  });
});
