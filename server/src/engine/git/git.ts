// The git binary, read-only: finding the repository and resolving revisions for `casefile review`.
// Every call goes through runGit, or runGitAsync where the language server must not wait (the phase
// history): no shell, no prompts, no optional locks; every failure becomes a GitError with a code the
// CLI maps to exit 2 and a message in English and Swedish.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../types';

export type GitErrorCode = 'no-git' | 'no-repo' | 'unknown-ref' | 'shallow' | 'no-default-base' | 'failed';

export class GitError extends Error {
  constructor(
    readonly code: GitErrorCode,
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = 'GitError';
  }
}

export interface GitRepo {
  /** Absolute path of the work tree's top. */
  top: string;
  /** True for a shallow clone. */
  shallow: boolean;
  /** The environment git runs with (already passed through gitEnv). */
  env?: NodeJS.ProcessEnv;
}

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

/** For tests: sees every git command before it runs. */
export const gitHooks: { onRun?: (args: readonly string[], input?: string) => void } = {};

const FETCH_HISTORY: Localized = {
  en: 'fetch the history, e.g. `fetch-depth: 0` in actions/checkout (GitHub Actions) or `GIT_DEPTH: 0` (GitLab CI)',
  sv: 'hämta historiken, t.ex. `fetch-depth: 0` i actions/checkout (GitHub Actions) eller `GIT_DEPTH: 0` (GitLab CI)',
};

// Variables that would point git at another repository, work tree or index than the folder's own, or
// read our pathspecs another way (set inside a git hook, or by a wrapper): our answers are about the
// folder we name, with the pathspec magic we write.
const LOCATION_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_LITERAL_PATHSPECS',
  'GIT_GLOB_PATHSPECS',
  'GIT_NOGLOB_PATHSPECS',
  'GIT_ICASE_PATHSPECS',
];

/** The environment for git: the folder's own repository, no prompts, nothing written (not even an index refresh), C locale for parsing. */
export function gitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const own = Object.fromEntries(Object.entries(env).filter(([name]) => !LOCATION_VARIABLES.includes(name.toUpperCase())));
  return { ...own, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', LC_ALL: 'C', LANGUAGE: 'C' };
}

/** The git executable on PATH, by absolute path: a relative PATH entry (or the current folder) never supplies it. */
export function findGit(env: NodeJS.ProcessEnv): string | null {
  const names = process.platform === 'win32' ? ['git.exe'] : ['git'];
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter((d) => d && path.isAbsolute(d));
  for (const dir of dirs) {
    for (const name of names) {
      const file = path.join(dir, name);
      if (isExecutableFile(file)) return file;
    }
  }
  return null;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const NO_GIT: Localized = {
  en: 'git was not found on PATH; casefile review needs git',
  sv: 'git hittades inte i PATH; casefile review behöver git',
};

/** Runs git with the given arguments; throws GitError only when git cannot be started. */
export function runGit(cwd: string, env: NodeJS.ProcessEnv, args: readonly string[], input?: string, maxBuffer = 64 * 1024 * 1024): GitResult {
  const git = findGit(env);
  if (!git) throw new GitError('no-git', NO_GIT);
  gitHooks.onRun?.(args, input);
  const r = spawnSync(git, args, { cwd, env, input, maxBuffer, windowsHide: true, shell: false });
  if (r.error) throw spawnFailure(r.error as NodeJS.ErrnoException, cwd);
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/**
 * runGit without blocking: the language server's event loop keeps running while git works. Rejects
 * with a GitError when git cannot be started, its output passes `maxBuffer`, or it runs longer than
 * `timeoutMs` (git is then stopped, with any program it started).
 */
export function runGitAsync(cwd: string, env: NodeJS.ProcessEnv, args: readonly string[], maxBuffer = 64 * 1024 * 1024, timeoutMs?: number): Promise<GitResult> {
  const git = findGit(env);
  if (!git) return Promise.reject(new GitError('no-git', NO_GIT));
  gitHooks.onRun?.(args);
  const command = subcommandOf(args);
  return new Promise((resolve, reject) => {
    // Its own process group (POSIX), so a timeout stops what git started too (a pager, a hook, a wrapper's children).
    const group = timeoutMs !== undefined && process.platform !== 'win32';
    const child = spawn(git, args, { cwd, env, windowsHide: true, shell: false, detached: group, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failed: GitError | undefined;
    const stop = (error: GitError) => {
      if (failed) return;
      failed = error;
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            stop(new GitError('failed', { en: `git ${command} did not finish within ${timeoutMs} ms`, sv: `git ${command} blev inte klar inom ${timeoutMs} ms` }));
            // Settle now: a child that kept the pipes open must not keep the caller waiting.
            reject(failed);
          }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBuffer) stop(new GitError('failed', { en: `git ${command} wrote more output than ${maxBuffer} bytes`, sv: `git ${command} skrev mer än ${maxBuffer} byte` }));
      if (!failed) out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // 'close' may not follow a failed start: settle here too (a promise settles once).
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(failed ?? spawnFailure(error as NodeJS.ErrnoException, cwd));
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      if (failed) reject(failed);
      else resolve({ status: status ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

function spawnFailure(error: NodeJS.ErrnoException, cwd: string): GitError {
  // git itself was found, so ENOENT means the folder is gone.
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return new GitError('no-repo', { en: `folder not found: ${cwd}`, sv: `mappen finns inte: ${cwd}` });
  return new GitError('failed', { en: `git could not be run: ${error.message}`, sv: `git kunde inte köras: ${error.message}` });
}

/** The subcommand a message names: not a leading option, nor the value of a leading `-c`. */
function subcommandOf(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c') i++;
    else if (!args[i]!.startsWith('-')) return args[i]!;
  }
  return args[0] ?? '';
}

/** A failed git command as an error, with git's own words. */
export function gitFailed(args: readonly string[], r: GitResult): GitError {
  // git's fatal line rather than a warning before it.
  const command = subcommandOf(args);
  const said = r.stderr.trim().split('\n');
  const line = said.find((l) => /^(fatal|error):/.test(l)) ?? said[0] ?? '';
  return new GitError('failed', { en: `git ${command} failed: ${line}`, sv: `git ${command} misslyckades: ${line}` });
}

function git(repo: GitRepo, args: readonly string[]): GitResult {
  return runGit(repo.top, repo.env ?? gitEnv(), args);
}

function lines(r: GitResult): string[] {
  return r.stdout.toString('utf8').split('\n').filter(Boolean);
}

export function openRepository(cwd: string, env: NodeJS.ProcessEnv = process.env): GitRepo {
  const genv = gitEnv(env);
  const r = runGit(cwd, genv, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  const [top, shallow] = lines(r);
  if (r.status !== 0 || !top) throw noRepository(cwd, r.stderr);
  return { top: path.resolve(top), shallow: shallow === 'true', env: genv };
}

function noRepository(cwd: string, stderr: string): GitError {
  if (stderr.includes('dubious ownership')) {
    return new GitError('no-repo', {
      en: `git does not trust the repository at ${cwd} (another user owns it); mark it safe with \`git config --global --add safe.directory <path>\``,
      sv: `git litar inte på förrådet i ${cwd} (en annan användare äger det); märk det som säkert med \`git config --global --add safe.directory <sökväg>\``,
    });
  }
  return new GitError('no-repo', { en: `not inside a git repository: ${cwd}`, sv: `inte i ett git-förråd: ${cwd}` });
}

/** A full object id: SHA-1 or SHA-256. */
export const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The commit a revision names, or null; a revision that could be read as an option is never passed. */
function tryCommit(repo: GitRepo, ref: string): string | null {
  if (!isSafeRevision(ref)) return null;
  const r = git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const id = lines(r)[0];
  return r.status === 0 && id && OBJECT_ID.test(id) ? id : null;
}

function isSafeRevision(ref: string): boolean {
  return ref.length > 0 && !ref.startsWith('-') && !/[\0\n\r]/.test(ref);
}

export function resolveCommit(repo: GitRepo, ref: string): string {
  const id = tryCommit(repo, ref);
  if (id) return id;
  // In a shallow clone an unknown revision is most likely history that was not fetched.
  if (repo.shallow && isSafeRevision(ref)) {
    return fail('shallow', {
      en: `unknown revision '${ref}' in this shallow clone: ${FETCH_HISTORY.en}`,
      sv: `okänd revision '${ref}' i denna grunda klon: ${FETCH_HISTORY.sv}`,
    });
  }
  return fail('unknown-ref', { en: `unknown revision: '${ref}'`, sv: `okänd revision: '${ref}'` });
}

function fail(code: GitErrorCode, text: Localized): never {
  throw new GitError(code, text);
}

export function headCommit(repo: GitRepo): string | null {
  return tryCommit(repo, 'HEAD');
}

/** Where the default branch may be, in order; `name` is what a reader sees, `ref` what git is asked. */
const DEFAULT_BRANCHES = [
  { name: 'origin/HEAD', ref: 'refs/remotes/origin/HEAD' },
  { name: 'origin/main', ref: 'refs/remotes/origin/main' },
  { name: 'main', ref: 'refs/heads/main' },
  { name: 'master', ref: 'refs/heads/master' },
];

export function defaultBase(repo: GitRepo): { commit: string; against: string } {
  const head = headCommit(repo);
  const found = DEFAULT_BRANCHES.map((b) => ({ ...b, commit: tryCommit(repo, b.ref) })).find((b) => b.commit);
  if (!head || !found?.commit) return fail('no-default-base', noDefaultBase(repo, head));
  const against = found.name === 'origin/HEAD' ? (originHeadTarget(repo) ?? found.name) : found.name;
  const r = git(repo, ['merge-base', head, found.commit]);
  const commit = lines(r)[0];
  if (r.status === 0 && commit && OBJECT_ID.test(commit)) return { commit, against };
  if (r.status !== 1) throw gitFailed(['merge-base'], r);
  if (repo.shallow) {
    return fail('shallow', {
      en: `HEAD and ${against} have no common commit in this shallow clone: ${FETCH_HISTORY.en}`,
      sv: `HEAD och ${against} har ingen gemensam commit i denna grunda klon: ${FETCH_HISTORY.sv}`,
    });
  }
  return fail('no-default-base', {
    en: `HEAD and ${against} have no common commit; name the base with --base REF`,
    sv: `HEAD och ${against} har ingen gemensam commit; ange basen med --base REF`,
  });
}

function noDefaultBase(repo: GitRepo, head: string | null): Localized {
  const why: Localized = head
    ? { en: 'no default branch found (origin/HEAD, origin/main, main or master)', sv: 'ingen standardgren hittades (origin/HEAD, origin/main, main eller master)' }
    : { en: 'the repository has no commit yet', sv: 'förrådet har ingen commit än' };
  const more: Localized = repo.shallow ? { en: `, or ${FETCH_HISTORY.en}`, sv: `, eller ${FETCH_HISTORY.sv}` } : { en: '', sv: '' };
  return { en: `${why.en}; name the base with --base REF${more.en}`, sv: `${why.sv}; ange basen med --base REF${more.sv}` };
}

/** `origin/main` for an origin/HEAD that points there, so the reader sees the branch's name. */
function originHeadTarget(repo: GitRepo): string | null {
  const r = git(repo, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  const name = lines(r)[0];
  return r.status === 0 && name ? name : null;
}
