// The newest commit that changed each case file's `phase` value, for a whole repository in a
// constant number of git processes (spec section 9): rev-parse and a config look-up, then two
// `git log` passes side by side — the file changes of every commit (the walk, with renames), and the
// `phase:` lines patches touched. Asynchronous, so the language server never waits on git; never
// throws; git is stopped after a time limit (a hung git gives `state: 'none'`).
//
// Choices: the commit that adds a file created the case, it did not move it (such a case falls
// back on `opened`); renames and moves (`-M`) are followed, so a moved case keeps its history;
// a merge counts only where its result differs from every parent (dense combined diff: a conflict resolution
// or an edit in the merge), otherwise the change is dated by the branch commit that made it;
// commits are walked in topological order, so clock skew cannot put a child after its parent;
// a shallow clone's history is cut, and a partial clone (`--filter`) lacks the old file contents
// (git may not fetch them), so neither is used (`state: 'shallow'`, `partial` tells which). Only
// block-style `phase: …` lines are seen: a file written as one flow mapping (`{id: …, phase: …}`)
// never gets a git date (it falls back on `opened`). The history is HEAD's: a file moved or
// changed but not committed yet is known under its committed name only.
import * as path from 'node:path';
import type { GitHistoryState, GitPhaseChange } from '../portfolio/types';
import { gitEnv, runGitAsync } from './git';
import { COMMIT_MARK, parseNameStatus, parsePhasePatches, type CommitChanges, type PathChange } from './phase-log-parse';

export interface PhaseHistory {
  state: GitHistoryState;
  /** By absolute path of the file in the working tree. */
  changes: Map<string, GitPhaseChange>;
  /** With `state: 'shallow'`: the repository is a partial clone (`--filter`), not a shallow one. */
  partial?: boolean;
}

export interface PhaseHistoryOptions {
  /** Stop git after this long (all processes together); the history is then `none`. */
  timeoutMs?: number;
}

const CASE_FILES: readonly string[] = ['*.case.yaml', '*.case.yml'];
// Options that make the output ours whatever the user's git config says: no renames dropped past a
// configured limit (0: git's maximum), the root commit shown, merges as combined diffs, parents
// before children whatever the dates.
const LOG = [
  '-c',
  'core.quotePath=false',
  '-c',
  'diff.renameLimit=0',
  '-c',
  'log.showRoot=true',
  'log',
  '-M',
  // Not `--cc`: it implies `-p`, and the walk would read every patch (5× slower). git 2.31 or later.
  '--diff-merges=dense-combined',
  '--topo-order',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-show-signature',
];
const LOG_BEFORE_2_31 = LOG.filter((option) => !option.startsWith('--diff-merges'));
// A class, not `[ \t]`: in git's (POSIX) regular expressions that is a backslash or a `t`, not a tab.
const PHASE_LINE = '-G^phase[[:blank:]]*:';
const MAX_OUTPUT = 512 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

const none = (): PhaseHistory => ({ state: 'none', changes: new Map() });

/** Never throws: without git, outside a repository, on a git failure or timeout, `state: 'none'`. Asynchronous (never blocks the server). */
export async function readPhaseHistory(root: string, env: NodeJS.ProcessEnv = process.env, options: PhaseHistoryOptions = {}): Promise<PhaseHistory> {
  return (await readPhaseHistories([root], env, options)).get(root) ?? none();
}

/**
 * The histories of several roots, keyed as given, reading each repository once however many of the
 * roots lie in it (a CLI run over several folders, a multi-root workspace). Never throws.
 */
export async function readPhaseHistories(roots: readonly string[], env: NodeJS.ProcessEnv = process.env, options: PhaseHistoryOptions = {}): Promise<Map<string, PhaseHistory>> {
  const genv = gitEnv(env);
  const deadline = Date.now() + (options.timeoutMs ?? TIMEOUT_MS);
  const found = await Promise.all(roots.map((root) => locate(path.resolve(root), genv, deadline).catch(() => undefined)));
  const byTop = new Map<string, { root: string; where: Location }[]>();
  for (const [i, where] of found.entries()) {
    if (!where) continue;
    const key = where.top;
    byTop.set(key, [...(byTop.get(key) ?? []), { root: roots[i]!, where }]);
  }
  const result = new Map<string, PhaseHistory>(roots.map((root) => [root, none()]));
  await Promise.all(
    [...byTop.values()].map(async (group) => {
      const { top, shallow, partial } = group[0]!.where;
      if (shallow || partial) {
        for (const { root } of group) result.set(root, { state: 'shallow', changes: new Map(), ...(partial ? { partial: true } : {}) });
        return;
      }
      const newest = await readTop(
        top,
        group.map((g) => g.where.prefix),
        genv,
        deadline,
      ).catch(() => undefined);
      if (!newest) return;
      for (const { root, where } of group) result.set(root, { state: 'used', changes: underRoot(path.resolve(root), where.prefix, newest) });
    }),
  );
  return result;
}

interface Location {
  top: string;
  /** The root's folder from the top, as git names it: '' or ending in '/'. */
  prefix: string;
  shallow: boolean;
  partial: boolean;
}

async function locate(root: string, env: NodeJS.ProcessEnv, deadline: number): Promise<Location | undefined> {
  const [where, promisor] = await Promise.all([
    runGitAsync(root, env, ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--show-prefix'], undefined, left(deadline)),
    // A partial clone names a promisor remote (or the older extensions.partialclone); exit 1: none.
    runGitAsync(root, env, ['config', '--get-regexp', '^(remote\\..*\\.promisor|extensions\\.partialclone)$'], undefined, left(deadline)),
  ]);
  const [topLine, shallow, prefix] = where.stdout.toString('utf8').split('\n');
  if (where.status !== 0 || !topLine) return undefined;
  const partial =
    promisor.status === 0 &&
    promisor.stdout
      .toString('utf8')
      .split('\n')
      .some((l) => /^extensions\.partialclone \S|^remote\..*\.promisor true$/i.test(l));
  return { top: path.resolve(topLine), prefix: prefix ?? '', shallow: shallow === 'true', partial };
}

const left = (deadline: number) => Math.max(1, deadline - Date.now());

/**
 * What git is asked about: every case file of the repository, or the roots' folders, named literally
 * (wildcards, brackets in a folder's name are no pattern). A folder named without a pattern lets git
 * skip the rest of each tree (a third of the time of a `:(glob)` pattern under the folder); the case
 * files in it are then picked out here (isCaseFile).
 */
export function caseFilePathspecs(prefixes: readonly string[]): string[] {
  const folders = [...new Set(prefixes)];
  // Without magic `*` also matches `/` (gitEnv leaves no variable that would read it otherwise).
  if (folders.includes('')) return [...CASE_FILES];
  return folders.map((p) => `:(literal)${p}`);
}

const isCaseFile = (file: string) => CASE_FILES.some((f) => file.endsWith(f.slice(1)));

/** Only case files, as if git had been asked about them alone: a rename from or to another name is a creation or a deletion. */
function caseFilesOnly(commits: CommitChanges[]): CommitChanges[] {
  return commits.map((c) => ({
    ...c,
    paths: c.paths.flatMap((p): PathChange[] => {
      const to = isCaseFile(p.path);
      const from = p.from !== undefined && isCaseFile(p.from);
      if (p.from === undefined) return to ? [p] : [];
      if (to && from) return [p];
      if (to) return [{ status: 'A', path: p.path }];
      return from && p.status === 'R' ? [{ status: 'D', path: p.from }] : [];
    }),
  }));
}

/** The newest phase change of every case file under the prefixes, by path from the top (`/`). */
async function readTop(
  top: string,
  prefixes: readonly string[],
  env: NodeJS.ProcessEnv,
  deadline: number,
  log: readonly string[] = LOG,
): Promise<Map<string, GitPhaseChange> | undefined> {
  const spec = caseFilePathspecs(prefixes);
  // Both walks see the same commits: same revisions, same paths, same history simplification, same order.
  const [walk, patches] = await Promise.all([
    runGitAsync(top, env, [...log, '--name-status', '-z', `--format=${COMMIT_MARK}%H %cs`, '--', ...spec], MAX_OUTPUT, left(deadline)),
    runGitAsync(
      top,
      env,
      [...log, '-p', '--unified=0', '--diff-filter=MRT', PHASE_LINE, '--src-prefix=a/', '--dst-prefix=b/', `--format=${COMMIT_MARK}%H`, '--', ...spec],
      MAX_OUTPUT,
      left(deadline),
    ),
  ]);
  // A git before 2.31 knows no --diff-merges: merges then count through their parents only.
  const old = (r: { status: number; stderr: string }) => r.status !== 0 && r.stderr.includes('--diff-merges');
  if (log === LOG && (old(walk) || old(patches))) return readTop(top, prefixes, env, deadline, LOG_BEFORE_2_31);
  if (walk.status !== 0 || patches.status !== 0) return undefined;
  const set = new Map(parsePhasePatches(patches.stdout).map((c) => [`${c.commit}\0${c.path}`, c.phase]));
  return newestChanges(caseFilesOnly(parseNameStatus(walk.stdout)), (commit, file) => set.get(`${commit}\0${file}`));
}

/** The changes under the root's folder, keyed by absolute path under the root as the caller names it (maybe through a symlink). */
function underRoot(root: string, prefix: string, newest: Map<string, GitPhaseChange>): Map<string, GitPhaseChange> {
  const changes = new Map<string, GitPhaseChange>();
  for (const [file, change] of newest) {
    if (!file.startsWith(prefix)) continue;
    changes.set(path.join(root, ...file.slice(prefix.length).split('/')), change);
  }
  return changes;
}

/**
 * Walks the commits newest first, following each file that exists at the end of the walk back
 * through its renames, and keeps the first commit that set its phase value. `phaseSet` tells the
 * value a commit's patch gave a path, if it changed it. Keys: paths from the top, `/` separators.
 */
export function newestChanges(commits: readonly CommitChanges[], phaseSet: (commit: string, file: string) => string | undefined): Map<string, GitPhaseChange> {
  const found = new Map<string, GitPhaseChange>();
  // The name a file had at this point of the walk → its name at the end, for files still traced.
  const traced = new Map<string, string>();
  // Names whose fate at the end is decided (first met newest first).
  const met = new Set<string>();
  const meet = (name: string, exists: boolean) => {
    if (met.has(name)) return;
    met.add(name);
    if (exists) traced.set(name, name);
  };
  for (const { commit, date, paths } of commits) {
    for (const change of paths) {
      const name = change.path;
      if (change.status === 'D') {
        meet(name, false);
        continue;
      }
      meet(name, true);
      const current = traced.get(name);
      if (current === undefined) continue;
      const phase = change.status === 'A' ? undefined : phaseSet(commit, name);
      if (phase !== undefined) found.set(current, { date, phase, commit });
      traced.delete(name);
      // A rename leads further back to the old name; a phase found, or the file's creation, ends it.
      if (phase === undefined && change.status === 'R' && change.from !== undefined) {
        met.add(change.from);
        traced.set(change.from, current);
      } else if (phase === undefined && change.status !== 'A' && change.status !== 'C') traced.set(name, current);
    }
  }
  return found;
}
