// `casefile review`: the cases under the paths at a git base compared with the working tree or a
// head commit (spec section 10). Git reads the base; the engine checks both; compare.ts says what changed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docsUrl, RULES } from '../engine';
import { defaultBase, GitError, openRepository, resolveCommit } from '../engine/git/git';
import { checkSnapshot, type ResultMemo, type SnapshotCheck } from '../engine/review/check-snapshot';
import type { CheckedSnapshot } from '../engine/review/checked';
import { compareSnapshots } from '../engine/review/compare';
import { snapshotOfCommit, snapshotOfWorkTree } from '../engine/review/snapshot';
import type { ReviewReport } from '../engine/review/types';
import { isInside } from '../engine/workspace/scan';
import type { FailOn, ReviewArgs } from './args';
import { givenPath, runCaches, UsageError, type RunIo } from './run';

export interface ReviewRun {
  report: ReviewReport;
  /** Where the base came from when --base was not given ("origin/main"), for the message on stderr. */
  against?: string;
}

export async function runReview(args: ReviewArgs, workingDir: string, version: string, today: string, io: RunIo): Promise<ReviewRun> {
  // git names real paths; so do we, or a folder reached through a link would be "outside" the repository.
  const cwd = real(workingDir);
  const targets = args.paths.map((given) => {
    const { abs, root } = givenPath(cwd, given);
    return { abs: real(abs), root: real(root) };
  });
  const configPath = args.config ? path.resolve(cwd, args.config) : undefined;
  if (configPath && !fs.existsSync(configPath)) throw new UsageError(`config file not found: ${args.config}`);
  const config = configPath ? { file: display(cwd, configPath), bytes: fs.readFileSync(configPath) } : undefined;

  const repo = await gitCall(args, () => openRepository(targets[0]!.root, io.env));
  const baseRef = args.base;
  const { commit: base, against } = await gitCall(args, () => (baseRef !== undefined ? { commit: resolveCommit(repo, baseRef), against: undefined } : defaultBase(repo)));
  const headRef = args.head;
  const head = headRef !== undefined ? await gitCall(args, () => resolveCommit(repo, headRef)) : null;

  const memo: ResultMemo = new Map();
  const caches = args.cache ? runCaches(args, cwd, version, io) : undefined;
  const store = caches && ((digest: string) => caches.open(args.today ?? today, digest));
  const roots = [...new Set(targets.map((t) => t.root))];
  const baseFiles: CheckedSnapshot['files'] = [];
  const headFiles: CheckedSnapshot['files'] = [];
  for (const root of roots) {
    if (!isInside(repo.top, root)) throw new UsageError(`${display(cwd, root)} is not inside the git repository at ${display(cwd, repo.top)}`);
    const prefix = path.relative(repo.top, root).split(path.sep).join('/');
    const run: SnapshotCheck = { today: args.today ?? today, locale: args.locale, config, display: (rel) => display(cwd, path.join(repo.top, rel)), root, memo, store };
    const reported = (rel: string) => targets.some((t) => t.root === root && isInside(t.abs, path.join(repo.top, rel)));
    const baseSnap = await gitCall(args, () => snapshotOfCommit(repo, base, prefix));
    const headSnap = head ? await gitCall(args, () => snapshotOfCommit(repo, head, prefix)) : snapshotOfWorkTree(root, repo.top);
    const checkedBase = await gitCall(args, () => checkSnapshot(baseSnap, run));
    const checkedHead = await gitCall(args, () => checkSnapshot(headSnap, run));
    baseFiles.push(...checkedBase.files.filter((f) => reported(f.rel)));
    headFiles.push(...checkedHead.files.filter((f) => reported(f.rel)));
  }
  caches?.save();
  const report = compareSnapshots(
    { commit: base, files: baseFiles },
    { commit: head, files: headFiles },
    { today: args.today ?? today, locale: args.locale, tool: { name: 'casefile', version }, rules: RULES.map((r) => r.meta), docs: docsUrl },
  );
  return { report, against };
}

export function reviewExitCode(report: ReviewReport, failOn: FailOn): 0 | 1 {
  if (failOn === 'new') return report.newErrors > 0 ? 1 : 0;
  if (failOn === 'any') return report.errors > 0 ? 1 : 0;
  return 0;
}

/** Git's errors are usage errors (exit 2), in the reader's language. */
async function gitCall<T>(args: ReviewArgs, call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.localized[args.locale]);
    throw error;
  }
}

const display = (cwd: string, abs: string) => path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs);

function real(abs: string): string {
  try {
    return fs.realpathSync.native(abs);
  } catch {
    return abs;
  }
}
