// The newest commit that changed each case file's `phase` value, for a whole repository in a
// constant number of git processes (spec section 9): rev-parse, then two `git log` passes side by
// side — the file changes of every commit (the walk, with renames), and the `phase:` lines patches
// touched. Asynchronous, so the language server never waits on git; never throws.
//
// Choices: the commit that adds a file created the case, it did not move it (such a case falls
// back on `opened`); renames and moves (`-M`) are followed, so a moved case keeps its history;
// merge commits count as `git log` shows them by default (their changes through their parents);
// a shallow clone's history is cut, so none of it is used (`state: 'shallow'`). The history is
// HEAD's: a file moved or changed but not committed yet is known under its committed name only.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { GitHistoryState, GitPhaseChange } from '../portfolio/types';
import { gitEnv, runGitAsync } from './git';
import { COMMIT_MARK, parseNameStatus, parsePhasePatches, type CommitChanges } from './phase-log-parse';

export interface PhaseHistory {
  state: GitHistoryState;
  /** By absolute path of the file in the working tree. */
  changes: Map<string, GitPhaseChange>;
}

const CASE_FILES = ['*.case.yaml', '*.case.yml'];
// Options that make the output ours whatever the user's git config says.
const LOG = ['-c', 'core.quotePath=false', 'log', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--no-show-signature'];
const MAX_OUTPUT = 512 * 1024 * 1024;

const none = (): PhaseHistory => ({ state: 'none', changes: new Map() });

/** Never throws: without git, outside a repository, or on a git failure, `state: 'none'`. Asynchronous (never blocks the server). */
export async function readPhaseHistory(root: string, env: NodeJS.ProcessEnv = process.env): Promise<PhaseHistory> {
  try {
    return await read(path.resolve(root), gitEnv(env));
  } catch {
    return none();
  }
}

async function read(root: string, env: NodeJS.ProcessEnv): Promise<PhaseHistory> {
  const where = await runGitAsync(root, env, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  const [topLine, shallow] = where.stdout.toString('utf8').split('\n');
  if (where.status !== 0 || !topLine) return none();
  if (shallow === 'true') return { state: 'shallow', changes: new Map() };
  const top = path.resolve(topLine);
  // Both walks see the same commits: same revisions, same paths, same history simplification.
  const [walk, patches] = await Promise.all([
    runGitAsync(top, env, [...LOG, '--name-status', '-z', `--format=${COMMIT_MARK}%H %cs`, '--', ...CASE_FILES], MAX_OUTPUT),
    runGitAsync(
      top,
      env,
      [...LOG, '-p', '--unified=0', '--diff-filter=MRT', '-G^phase[ \t]*:', '--src-prefix=a/', '--dst-prefix=b/', `--format=${COMMIT_MARK}%H`, '--', ...CASE_FILES],
      MAX_OUTPUT,
    ),
  ]);
  if (walk.status !== 0 || patches.status !== 0) return none();
  const set = new Map(parsePhasePatches(patches.stdout).map((c) => [`${c.commit}\0${c.path}`, c.phase]));
  const newest = newestChanges(parseNameStatus(walk.stdout), (commit, file) => set.get(`${commit}\0${file}`));
  // Keys under the root as the caller names it (it may reach the repository through a symlink).
  const under = path.relative(top, await fs.realpath(root).catch(() => root));
  const changes = new Map<string, GitPhaseChange>();
  for (const [file, change] of newest) {
    const rel = path.relative(under, file.split('/').join(path.sep));
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) continue;
    changes.set(path.join(root, rel), change);
  }
  return { state: 'used', changes };
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
