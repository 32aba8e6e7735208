// The git layer against real repositories: opening, resolving revisions, the default base, and
// the errors the CLI maps to exit 2 (no git, no repository, unknown or option-like REF, shallow clone).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBase, GitError, gitEnv, headCommit, openRepository, resolveCommit, type GitErrorCode } from '../../server/src/engine/git/git';
import { commit, env, git, makeRepo, tempDir } from './fixture';

function open(dir: string) {
  return openRepository(dir, env);
}

/** The GitError a call throws (fails the test when it throws nothing or something else). */
function gitError(call: () => unknown): GitError {
  try {
    call();
  } catch (e) {
    if (e instanceof GitError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

function expectCode(call: () => unknown, code: GitErrorCode): GitError {
  const e = gitError(call);
  expect(e.code).toBe(code);
  expect(e.message).toBe(e.localized.en);
  expect(e.localized.sv).not.toBe(e.localized.en);
  return e;
}

describe('openRepository', () => {
  it('finds the top from a subfolder', () => {
    const dir = makeRepo();
    commit(dir, { 'cases/a.yaml': 'a' });
    const repo = open(path.join(dir, 'cases'));
    expect(repo.top).toBe(dir);
    expect(repo.shallow).toBe(false);
  });

  it('says when the folder is no repository', () => {
    const e = expectCode(() => open(tempDir()), 'no-repo');
    expect(e.message).toMatch(/not inside a git repository/);
  });

  it('says when the folder does not exist', () => {
    expectCode(() => open(path.join(tempDir(), 'gone')), 'no-repo');
  });

  it('says when git is missing from PATH', () => {
    const empty = tempDir();
    const e = expectCode(() => openRepository(makeRepo(), { ...env, PATH: empty }), 'no-git');
    expect(e.message).toMatch(/git was not found/);
  });

  it('never runs a git from a relative PATH entry', () => {
    const dir = makeRepo();
    const fake = path.join(dir, 'git');
    fs.writeFileSync(fake, '#!/bin/sh\ntouch pwned\n', { mode: 0o755 });
    expectCode(() => openRepository(dir, { ...env, PATH: '.' }), 'no-git');
    expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false);
  });
});

describe('gitEnv', () => {
  it("answers about the folder's own repository when a git hook's variables point elsewhere", () => {
    const dir = makeRepo();
    const mine = commit(dir, { 'a.txt': 'a' });
    const other = makeRepo();
    commit(other, { 'b.txt': 'b' });
    const hook = { ...env, GIT_DIR: path.join(other, '.git'), GIT_WORK_TREE: other, GIT_INDEX_FILE: path.join(other, '.git', 'index'), GIT_LITERAL_PATHSPECS: '1' };
    const repo = openRepository(dir, hook);
    expect(repo.top).toBe(dir);
    expect(headCommit(repo)).toBe(mine);
    expect(Object.keys(gitEnv(hook)).filter((k) => /^GIT_(DIR|WORK_TREE|INDEX_FILE|LITERAL_PATHSPECS)$/.test(k))).toEqual([]);
  });
});

describe('resolveCommit and headCommit', () => {
  const dir = makeRepo();
  const first = commit(dir, { 'a.yaml': 'one' });
  git(dir, 'tag', '-a', '-m', 'release', 'v1');
  git(dir, 'branch', 'feature');
  const second = commit(dir, { 'a.yaml': 'two' });
  const repo = open(dir);

  it('resolves branches, annotated tags, short ids, HEAD~1 and HEAD to commit ids', () => {
    expect(resolveCommit(repo, 'feature')).toBe(first);
    expect(resolveCommit(repo, 'v1')).toBe(first);
    expect(resolveCommit(repo, first.slice(0, 7))).toBe(first);
    expect(resolveCommit(repo, 'HEAD~1')).toBe(first);
    expect(resolveCommit(repo, 'HEAD')).toBe(second);
    expect(resolveCommit(repo, 'main')).toBe(second);
    expect(headCommit(repo)).toBe(second);
  });

  it('says when a REF is unknown', () => {
    const e = expectCode(() => resolveCommit(repo, 'no-such-branch'), 'unknown-ref');
    expect(e.message).toContain("'no-such-branch'");
    expectCode(() => resolveCommit(repo, 'HEAD~5'), 'unknown-ref');
    expectCode(() => resolveCommit(repo, ''), 'unknown-ref');
  });

  it('treats a REF that starts with - as unknown, never as an option', () => {
    const out = path.join(tempDir(), 'x');
    expectCode(() => resolveCommit(repo, `--output=${out}`), 'unknown-ref');
    expectCode(() => resolveCommit(repo, '-h'), 'unknown-ref');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('gives null for HEAD in a repository with no commit yet', () => {
    expect(headCommit(open(makeRepo()))).toBeNull();
  });
});

describe('a shallow clone', () => {
  const upstream = makeRepo();
  const first = commit(upstream, { 'a.yaml': 'one' });
  const second = commit(upstream, { 'a.yaml': 'two' });
  const clone = path.join(tempDir(), 'clone');
  git(upstream, 'clone', '-q', '--depth', '1', `file://${upstream}`, clone);
  const repo = open(clone);

  it('is known as shallow and still resolves what it has', () => {
    expect(repo.shallow).toBe(true);
    expect(resolveCommit(repo, 'HEAD')).toBe(second);
  });

  it('says to fetch the history for a commit it lacks', () => {
    for (const ref of [first, 'HEAD~1']) {
      const e = expectCode(() => resolveCommit(repo, ref), 'shallow');
      expect(e.message).toContain('fetch-depth: 0');
      expect(e.message).toContain('GIT_DEPTH: 0');
      expect(e.localized.sv).toContain('fetch-depth: 0');
    }
  });

  it('says to fetch the history when the merge base is beyond its depth', () => {
    const up = makeRepo();
    commit(up, { 'a.yaml': 'one' });
    git(up, 'checkout', '-q', '-b', 'feature');
    commit(up, { 'a.yaml': 'feature 1' });
    commit(up, { 'a.yaml': 'feature 2' });
    git(up, 'checkout', '-q', 'main');
    commit(up, { 'a.yaml': 'main 2' });
    const cl = path.join(tempDir(), 'clone');
    git(up, 'clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', `file://${up}`, cl);
    const e = expectCode(() => defaultBase(open(cl)), 'shallow');
    expect(e.message).toContain('fetch-depth: 0');
    expect(e.message).toContain('GIT_DEPTH: 0');
  });
});

describe('defaultBase', () => {
  it('takes the merge base with origin/HEAD before origin/main, named by the branch it points to', () => {
    const upstream = makeRepo();
    commit(upstream, { 'a.yaml': 'one' });
    git(upstream, 'checkout', '-q', '-b', 'develop');
    const base = commit(upstream, { 'a.yaml': 'develop' });
    const clone = path.join(tempDir(), 'clone');
    git(upstream, 'clone', '-q', `file://${upstream}`, clone);
    git(clone, 'checkout', '-q', '-b', 'feature');
    commit(clone, { 'a.yaml': 'feature' });
    commit(upstream, { 'a.yaml': 'develop moved on' });
    git(clone, 'fetch', '-q');
    expect(git(clone, 'rev-parse', 'origin/develop')).not.toBe(base);
    expect(defaultBase(open(clone))).toEqual({ commit: base, against: 'origin/develop' });
  });

  it('falls back to origin/main when origin/HEAD is missing', () => {
    const upstream = makeRepo();
    const base = commit(upstream, { 'a.yaml': 'one' });
    const clone = path.join(tempDir(), 'clone');
    git(upstream, 'clone', '-q', `file://${upstream}`, clone);
    git(clone, 'remote', 'set-head', 'origin', '-d');
    git(clone, 'checkout', '-q', '-b', 'feature');
    commit(clone, { 'a.yaml': 'feature' });
    expect(defaultBase(open(clone))).toEqual({ commit: base, against: 'origin/main' });
  });

  it.each(['main', 'master'])('falls back to a local %s', (branch) => {
    const dir = makeRepo(branch);
    const base = commit(dir, { 'a.yaml': 'one' });
    git(dir, 'checkout', '-q', '-b', 'feature');
    commit(dir, { 'a.yaml': 'two' });
    expect(defaultBase(open(dir))).toEqual({ commit: base, against: branch });
  });

  it('names --base when no default branch exists', () => {
    const dir = makeRepo('trunk');
    commit(dir, { 'a.yaml': 'one' });
    const e = expectCode(() => defaultBase(open(dir)), 'no-default-base');
    expect(e.message).toContain('--base');
    expect(e.localized.sv).toContain('--base');
  });

  it('names --base when HEAD shares no commit with the default branch', () => {
    const dir = makeRepo();
    commit(dir, { 'a.yaml': 'one' });
    git(dir, 'checkout', '-q', '--orphan', 'unrelated');
    commit(dir, { 'b.yaml': 'other' });
    expect(expectCode(() => defaultBase(open(dir)), 'no-default-base').message).toContain('--base');
  });

  it('names --base in a repository with no commit yet', () => {
    expect(expectCode(() => defaultBase(open(makeRepo())), 'no-default-base').message).toContain('--base');
  });
});
