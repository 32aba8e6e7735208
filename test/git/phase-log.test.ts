// The phase history from git (spec section 9): real repositories, fixed committer dates.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitEnv, gitHooks, runGitAsync } from '../../server/src/engine/git/git';
import { caseFilePathspecs, readPhaseHistories, readPhaseHistory } from '../../server/src/engine/git/phase-log';
import { phaseValue } from '../../server/src/engine/git/phase-log-parse';
import { env, git, makeRepo, tempDir } from './fixture';

const CASE = (phase: string, extra = '') => `id: A-1\ntitle: t\nkind: dialogue\nphase: ${phase}\nopened: 2026-01-01\n${extra}`;

/** Writes (null: deletes) the files and commits on `day` (YYYY-MM-DD, committer date). */
function commitOn(dir: string, day: string, files: Record<string, string | null>, moves: [string, string][] = []): string {
  for (const [from, to] of moves) {
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    git(dir, 'mv', from, to);
  }
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (content === null) fs.rmSync(full);
    else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    }
  }
  git(dir, 'add', '-A');
  const when = `${day}T12:00:00Z`;
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', day], { cwd: dir, env: { ...env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } });
  return git(dir, 'rev-parse', 'HEAD');
}

async function history(root: string) {
  const h = await readPhaseHistory(root, env);
  return { state: h.state, changes: Object.fromEntries([...h.changes].map(([file, c]) => [path.relative(root, file).split(path.sep).join('/'), c])) };
}

afterEach(() => {
  gitHooks.onRun = undefined;
});

describe('readPhaseHistory', () => {
  it('finds the newest commit that changed the phase value, with its committer date', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'cases/a.case.yaml': CASE('needs') });
    commitOn(dir, '2026-02-01', { 'cases/a.case.yaml': CASE('planning') });
    const moved = commitOn(dir, '2026-03-01', { 'cases/a.case.yaml': CASE('execution') });
    commitOn(dir, '2026-04-01', { 'cases/a.case.yaml': CASE('execution', 'summary: later\n') });
    expect(await history(dir)).toEqual({ state: 'used', changes: { 'cases/a.case.yaml': { date: '2026-03-01', phase: 'execution', commit: moved } } });
  });

  it('ignores a comment, quoting or spacing change on the phase line', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    const moved = commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning') });
    commitOn(dir, '2026-03-01', { 'a.case.yaml': CASE('planning   # chosen route') });
    commitOn(dir, '2026-04-01', { 'a.case.yaml': CASE('"planning"') });
    commitOn(dir, '2026-05-01', { 'a.case.yaml': CASE('planning').replace('phase: ', 'phase:    ') });
    expect((await history(dir)).changes).toEqual({ 'a.case.yaml': { date: '2026-02-01', phase: 'planning', commit: moved } });
  });

  it('does not count the commit that creates a file (it falls back on opened)', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('planning') });
    commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning', 'summary: s\n') });
    expect(await history(dir)).toEqual({ state: 'used', changes: {} });
  });

  it('follows a rename or move, also one that changed the phase in the same commit', async () => {
    const dir = makeRepo();
    const body = (phase: string) => CASE(phase, 'summary: a long enough text that the file is recognised as the same after the move\n');
    commitOn(dir, '2026-01-01', { 'old/a.case.yaml': body('needs'), 'old/b.case.yaml': body('needs').replace('A-1', 'B-1') });
    const aMoved = commitOn(dir, '2026-02-01', { 'old/a.case.yaml': body('planning') });
    commitOn(dir, '2026-03-01', {}, [['old/a.case.yaml', 'new/2026/a.case.yaml']]);
    commitOn(dir, '2026-04-01', { 'old/b.case.yaml': null, 'new/b.case.yaml': body('execution').replace('A-1', 'B-1') });
    const bMoved = git(dir, 'rev-parse', 'HEAD');
    expect((await history(dir)).changes).toEqual({
      'new/2026/a.case.yaml': { date: '2026-02-01', phase: 'planning', commit: aMoved },
      'new/b.case.yaml': { date: '2026-04-01', phase: 'execution', commit: bMoved },
    });
  });

  it('tells each file of a commit that changed two', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs'), 'b.case.yml': CASE('planning').replace('A-1', 'B-1'), 'c.case.yaml': CASE('needs') });
    const both = commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning'), 'b.case.yml': CASE('needs').replace('A-1', 'B-1'), 'notes.yaml': 'phase: x\n' });
    expect((await history(dir)).changes).toEqual({
      'a.case.yaml': { date: '2026-02-01', phase: 'planning', commit: both },
      'b.case.yml': { date: '2026-02-01', phase: 'needs', commit: both },
    });
  });

  it('keys files by their path under a root that is a subfolder of the repository, and leaves out the rest', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'org/cases/x/a.case.yaml': CASE('needs'), 'other/b.case.yaml': CASE('needs') });
    const moved = commitOn(dir, '2026-02-01', { 'org/cases/x/a.case.yaml': CASE('planning'), 'other/b.case.yaml': CASE('planning') });
    const root = path.join(dir, 'org');
    const h = await readPhaseHistory(root, env);
    expect([...h.changes]).toEqual([[path.join(root, 'cases', 'x', 'a.case.yaml'), { date: '2026-02-01', phase: 'planning', commit: moved }]]);
  });

  it('reads names with a space and non-ASCII letters', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'ärenden/vård och omsorg.case.yaml': CASE('needs'), 'ärenden/"q"\\.case.yaml': CASE('needs') });
    const moved = commitOn(dir, '2026-02-01', { 'ärenden/vård och omsorg.case.yaml': CASE('planning'), 'ärenden/"q"\\.case.yaml': CASE('result') });
    expect((await history(dir)).changes).toEqual({
      'ärenden/vård och omsorg.case.yaml': { date: '2026-02-01', phase: 'planning', commit: moved },
      'ärenden/"q"\\.case.yaml': { date: '2026-02-01', phase: 'result', commit: moved },
    });
  });

  it('takes a change made on a merged branch, dated by its own commit', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs'), 'b.case.yaml': CASE('needs') });
    git(dir, 'checkout', '-q', '-b', 'move');
    const moved = commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning') });
    git(dir, 'checkout', '-q', 'main');
    commitOn(dir, '2026-03-01', { 'b.case.yaml': CASE('needs', 'summary: s\n') });
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'merge', 'move'], { cwd: dir, env: { ...env, GIT_COMMITTER_DATE: '2026-04-01T12:00:00Z' } });
    expect((await history(dir)).changes).toEqual({ 'a.case.yaml': { date: '2026-02-01', phase: 'planning', commit: moved } });
  });

  it.skipIf(process.platform !== 'linux')('leaves out a name that is not UTF-8 (it cannot be named the same on disk), and reads the rest', async () => {
    const dir = makeRepo();
    const latin1 = Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xe5]), Buffer.from('.case.yaml')]);
    fs.writeFileSync(latin1, CASE('needs'));
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    fs.writeFileSync(latin1, CASE('planning'));
    const moved = commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning') });
    expect((await history(dir)).changes).toEqual({ 'a.case.yaml': { date: '2026-02-01', phase: 'planning', commit: moved } });
  });

  it('records a removed phase key as a change to no phase', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    const removed = commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('needs').replace('phase: needs\n', '') });
    expect((await history(dir)).changes).toEqual({ 'a.case.yaml': { date: '2026-02-01', phase: '', commit: removed } });
  });

  it('uses nothing of a shallow clone, and says so', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning') });
    const clone = path.join(tempDir(), 'clone');
    git(dir, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    expect(await history(clone)).toEqual({ state: 'shallow', changes: {} });
  });

  it("is 'none' without git on PATH, outside a repository, and in a repository without commits", async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    const empty = tempDir();
    expect(await readPhaseHistory(dir, { ...env, PATH: empty })).toEqual({ state: 'none', changes: new Map() });
    expect(await readPhaseHistory(tempDir(), env)).toEqual({ state: 'none', changes: new Map() });
    expect(await readPhaseHistory(makeRepo(), env)).toEqual({ state: 'none', changes: new Map() });
    expect(await readPhaseHistory(path.join(empty, 'gone'), env)).toEqual({ state: 'none', changes: new Map() });
  });

  it('runs the same few git processes however many files and commits there are', async () => {
    const count = async (files: number, commits: number) => {
      const dir = makeRepo();
      for (let c = 0; c < commits; c++) {
        const phase = c % 2 === 0 ? 'needs' : 'planning';
        commitOn(dir, `2026-01-0${c + 1}`, Object.fromEntries(Array.from({ length: files }, (_, i) => [`cases/c${i}.case.yaml`, CASE(phase)])));
      }
      const runs: string[][] = [];
      gitHooks.onRun = (args) => runs.push([...args]);
      const h = await readPhaseHistory(dir, env);
      gitHooks.onRun = undefined;
      expect(h.changes.size).toBe(commits > 1 ? files : 0);
      return runs.length;
    };
    // rev-parse and the partial-clone look-up, then the two log passes.
    expect(await count(1, 1)).toBe(4);
    expect(await count(40, 4)).toBe(4);
  });
});

describe('readPhaseHistory (review findings)', () => {
  it('dates a phase set by a conflict resolution in a merge by the merge, and one merge that took a side by that side', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs'), 'b.case.yaml': CASE('needs') });
    git(dir, 'checkout', '-q', '-b', 'side');
    commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning') });
    const bSide = commitOn(dir, '2026-02-02', { 'b.case.yaml': CASE('planning') });
    git(dir, 'checkout', '-q', 'main');
    commitOn(dir, '2026-03-01', { 'a.case.yaml': CASE('execution') });
    const when = { ...env, GIT_COMMITTER_DATE: '2026-04-01T12:00:00Z', GIT_AUTHOR_DATE: '2026-04-01T12:00:00Z' };
    try {
      execFileSync('git', ['merge', '-q', 'side'], { cwd: dir, env: when, stdio: 'ignore' });
    } catch {
      // The conflict on a.case.yaml, resolved to a value neither side had.
    }
    fs.writeFileSync(path.join(dir, 'a.case.yaml'), CASE('result'));
    git(dir, 'add', '-A');
    execFileSync('git', ['commit', '-q', '--no-edit'], { cwd: dir, env: when });
    const merge = git(dir, 'rev-parse', 'HEAD');
    expect((await history(dir)).changes).toEqual({
      'a.case.yaml': { date: '2026-04-01', phase: 'result', commit: merge },
      'b.case.yaml': { date: '2026-02-02', phase: 'planning', commit: bSide },
    });
  });

  it('sees a phase line with a tab before the colon', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs').replace('phase: ', 'phase\t: ') });
    const moved = commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning').replace('phase: ', 'phase\t: ') });
    expect((await history(dir)).changes).toEqual({ 'a.case.yaml': { date: '2026-02-01', phase: 'planning', commit: moved } });
  });

  it('walks parents after children whatever the dates (clock skew), so a rename is still followed', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'old.case.yaml': CASE('needs', 'summary: a long enough text that the file is recognised after the move\n'), 'z.case.yaml': CASE('needs') });
    const moved = commitOn(dir, '2026-06-01', { 'old.case.yaml': CASE('planning', 'summary: a long enough text that the file is recognised after the move\n') });
    git(dir, 'checkout', '-q', '-b', 'side');
    // A child dated before its parent (a wrong clock).
    commitOn(dir, '2026-02-01', {}, [['old.case.yaml', 'new.case.yaml']]);
    git(dir, 'checkout', '-q', 'main');
    commitOn(dir, '2026-07-01', { 'z.case.yaml': CASE('needs', 'summary: z\n') });
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'merge', 'side'], { cwd: dir, env: { ...env, GIT_COMMITTER_DATE: '2026-08-01T12:00:00Z' } });
    expect((await history(dir)).changes).toEqual({ 'new.case.yaml': { date: '2026-06-01', phase: 'planning', commit: moved } });
  });

  it("asks git only about the root's folder, its wildcards, brackets, spaces and letters taken literally", async () => {
    const dir = makeRepo();
    const folder = 'org/a*b [x] å';
    // Other files in the folder, and one renamed to a case file: a creation, as the case-file walk sees it.
    commitOn(dir, '2026-01-01', {
      [`${folder}/notes.yaml`]: 'phase: x\n',
      [`${folder}/draft.yaml`]: CASE('needs', 'summary: a long enough text that the file is recognised after the move\n'),
    });
    commitOn(dir, '2026-01-01', {
      [`${folder}/notes.yaml`]: 'phase: y\n',
      [`${folder}/draft.yaml`]: CASE('planning', 'summary: a long enough text that the file is recognised after the move\n'),
    });
    commitOn(dir, '2026-01-01', {}, [[`${folder}/draft.yaml`, `${folder}/d.case.yaml`]]);
    commitOn(dir, '2026-01-01', { [`${folder}/c/a.case.yaml`]: CASE('needs'), 'org/aXb [x] å/b.case.yaml': CASE('needs'), 'other/c.case.yaml': CASE('needs') });
    const moved = commitOn(dir, '2026-02-01', {
      [`${folder}/c/a.case.yaml`]: CASE('planning'),
      'org/aXb [x] å/b.case.yaml': CASE('planning'),
      'other/c.case.yaml': CASE('planning'),
    });
    const runs: string[][] = [];
    gitHooks.onRun = (args) => runs.push([...args]);
    const root = path.join(dir, ...folder.split('/'));
    const h = await readPhaseHistory(root, env);
    expect([...h.changes]).toEqual([[path.join(root, 'c', 'a.case.yaml'), { date: '2026-02-01', phase: 'planning', commit: moved }]]);
    const logs = runs.filter((args) => args.includes('log'));
    expect(logs).toHaveLength(2);
    for (const args of logs) expect(args.slice(args.indexOf('--') + 1)).toEqual([':(literal)org/a*b [x] å/']);
    // git itself finds the sibling that the wildcard would have matched, when asked about it.
    expect((await readPhaseHistory(path.join(dir, 'org', 'aXb [x] å'), env)).changes.size).toBe(1);
  });

  it('reads a repository once for several roots in it, keyed by each root', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'x/a.case.yaml': CASE('needs'), 'y/b.case.yaml': CASE('needs'), 'z/c.case.yaml': CASE('needs') });
    const moved = commitOn(dir, '2026-02-01', { 'x/a.case.yaml': CASE('planning'), 'y/b.case.yaml': CASE('planning'), 'z/c.case.yaml': CASE('planning') });
    const other = tempDir();
    const runs: string[][] = [];
    gitHooks.onRun = (args) => runs.push([...args]);
    const [x, y] = [path.join(dir, 'x'), path.join(dir, 'y')];
    const all = await readPhaseHistories([x, y, other], env);
    expect(runs.filter((args) => args.includes('log'))).toHaveLength(2);
    expect([...all.get(x)!.changes.keys()]).toEqual([path.join(x, 'a.case.yaml')]);
    expect([...all.get(y)!.changes.values()]).toEqual([{ date: '2026-02-01', phase: 'planning', commit: moved }]);
    expect(all.get(other)).toEqual({ state: 'none', changes: new Map() });
    expect(caseFilePathspecs(['x/', '', 'y/'])).toEqual(['*.case.yaml', '*.case.yml']);
  });

  it('is not led elsewhere by GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE or the pathspec variables (as inside a git hook)', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    const moved = commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning') });
    const other = makeRepo();
    commitOn(other, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    const expected = { 'a.case.yaml': { date: '2026-02-01', phase: 'planning', commit: moved } };
    const read = async (extra: NodeJS.ProcessEnv) => {
      const h = await readPhaseHistory(dir, { ...env, ...extra });
      return Object.fromEntries([...h.changes].map(([file, c]) => [path.relative(dir, file), c]));
    };
    expect(await read({ GIT_DIR: path.join(other, '.git'), GIT_WORK_TREE: other, GIT_INDEX_FILE: path.join(other, '.git', 'index') })).toEqual(expected);
    expect(await read({ GIT_LITERAL_PATHSPECS: '1' })).toEqual(expected);
    expect(await read({ GIT_NOGLOB_PATHSPECS: '1' })).toEqual(expected);
    expect(await read({ GIT_ICASE_PATHSPECS: '1' })).toEqual(expected);
  });

  it("says 'shallow' (partial) for a partial clone, whose old contents git may not fetch", async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning') });
    git(dir, 'config', 'uploadpack.allowFilter', 'true');
    const clone = path.join(tempDir(), 'clone');
    git(dir, 'clone', '-q', '--filter=blob:none', `file://${dir}`, clone);
    expect(await readPhaseHistory(clone, env)).toEqual({ state: 'shallow', partial: true, changes: new Map() });
  });

  it.skipIf(process.platform === 'win32')('still reads with a git that knows no --diff-merges (before 2.31), merges through their parents', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    const moved = commitOn(dir, '2026-02-01', { 'a.case.yaml': CASE('planning') });
    const bin = tempDir();
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nfor a in "$@"; do case "$a" in --diff-merges*) echo "fatal: unrecognized argument: $a" >&2; exit 128;; esac; done\nexec ${real} "$@"\n`,
      { mode: 0o755 },
    );
    expect((await readPhaseHistory(dir, { ...env, PATH: bin })).changes).toEqual(
      new Map([[path.join(dir, 'a.case.yaml'), { date: '2026-02-01', phase: 'planning', commit: moved }]]),
    );
  });

  it.skipIf(process.platform === 'win32')("stops a git that hangs, with what it started, and answers 'none'", async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    const bin = tempDir();
    const sleep = execFileSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).trim();
    // A child that keeps the pipes open: only stopping the whole group ends the wait.
    fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\n${sleep} 30 &\nwait\n`, { mode: 0o755 });
    const hung = { ...env, PATH: bin };
    const started = Date.now();
    expect(await readPhaseHistory(dir, hung, { timeoutMs: 300 })).toEqual({ state: 'none', changes: new Map() });
    await expect(runGitAsync(dir, hung, ['status'], undefined, 300)).rejects.toMatchObject({ code: 'failed', message: /did not finish within 300 ms/ });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('phaseValue', () => {
  it('reads the value whatever the quotes, comment or spacing, and only of the phase key', () => {
    expect(['phase: planning', 'phase:   "planning"  # x', "phase: 'planning'", 'phase: planning\r'].map(phaseValue)).toEqual(['planning', 'planning', 'planning', 'planning']);
    expect(phaseValue('phase:')).toBe('');
    expect(phaseValue('phases: x')).toBeUndefined();
  });
});

describe('runGitAsync', () => {
  it('answers like runGit, and stops git past maxBuffer or when git is missing', async () => {
    const dir = makeRepo();
    commitOn(dir, '2026-01-01', { 'a.case.yaml': CASE('needs') });
    const r = await runGitAsync(dir, gitEnv(env), ['rev-parse', '--is-shallow-repository']);
    expect({ status: r.status, out: r.stdout.toString('utf8') }).toEqual({ status: 0, out: 'false\n' });
    expect((await runGitAsync(dir, gitEnv(env), ['rev-parse', '--verify', '--quiet', 'nope'])).status).toBe(1);
    await expect(runGitAsync(dir, gitEnv(env), ['log', '-p'], 10)).rejects.toMatchObject({ code: 'failed' });
    await expect(runGitAsync(dir, { ...env, PATH: tempDir() }, ['status'])).rejects.toMatchObject({ code: 'no-git' });
    await expect(runGitAsync(path.join(dir, 'gone'), gitEnv(env), ['status'])).rejects.toMatchObject({ code: 'no-repo' });
  });
});
