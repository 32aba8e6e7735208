// `casefile review`: the cases under the paths at a git base compared with the working tree or a
// head commit (spec section 10). Git reads the base; the engine checks both; compare.ts says what changed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../engine';
import { docsLink } from '../engine/docs';
import { defaultBase, GitError, openRepository, resolveCommit } from '../engine/git/git';
import { checkSnapshot, type ResultMemo, type SnapshotCheck } from '../engine/review/check-snapshot';
import type { CheckedFile, CheckedSnapshot } from '../engine/review/checked';
import { readRegularFile, type ReadFailure } from '../engine/workspace/read-file';
import { MAX_FILE_BYTES } from '../engine/text';
import { compareSnapshots } from '../engine/review/compare';
import { snapshotOfCommit, snapshotOfWorkTree, type Snapshot } from '../engine/review/snapshot';
import type { ReviewReport } from '../engine/review/types';
import { CASE_FILE, DIRECTORY_FILE, isInside, POLICY_FILE, realRoot, relativeTo } from '../engine/workspace/scan';
import type { FailOn, ReviewArgs } from './args';
import { givenPath, runCaches, UsageError, type RunIo } from './run';

export interface ReviewRun {
  report: ReviewReport;
  /** Where the base came from when --base was not given ("origin/main"), for the message on stderr. */
  against?: string;
}

export async function runReview(args: ReviewArgs, workingDir: string, version: string, today: string, io: RunIo): Promise<ReviewRun> {
  // git names real paths; so do we, or a folder reached through a link would be "outside" the repository.
  const cwd = realRoot(workingDir);
  const targets = args.paths.map((given) => {
    const { abs, stat, root } = givenPath(cwd, given);
    if (!stat.isDirectory() && !CASE_FILE.test(abs) && path.basename(abs) !== POLICY_FILE && path.basename(abs) !== DIRECTORY_FILE) {
      throw new UsageError(`review compares case files (*.case.yaml), casefile.yaml and directory.yaml; ${given} is none of them`);
    }
    return { abs: realRoot(abs), root: realRoot(root) };
  });
  const configPath = args.config ? path.resolve(cwd, args.config) : undefined;
  if (configPath && !fs.existsSync(configPath)) throw new UsageError(`config file not found: ${args.config}`);
  // Read as check reads it: regular files only, capped; a failure is reported on the file.
  const config = configPath ? { file: relativeTo(cwd, configPath), content: readConfig(configPath) } : undefined;

  const repo = await gitCall(args, () => openRepository(targets[0]!.root, io.env));
  const baseRef = args.base;
  const { commit: base, against } = await gitCall(args, () => (baseRef !== undefined ? { commit: resolveCommit(repo, baseRef), against: undefined } : defaultBase(repo)), '--base');
  const headRef = args.head;
  const head = headRef !== undefined ? await gitCall(args, () => resolveCommit(repo, headRef), '--head') : null;

  const memo: ResultMemo = new Map();
  const caches = args.cache ? runCaches(args, cwd, version, io) : undefined;
  const store = caches && ((digest: string) => caches.open(args.today ?? today, digest));
  const roots = [...new Set(targets.map((t) => t.root))];
  const baseFiles: CheckedSnapshot['files'] = [];
  const headFiles: CheckedSnapshot['files'] = [];
  let docsBase: string | undefined;
  for (const root of roots) {
    if (!isInside(repo.top, root)) throw new UsageError(`${relativeTo(cwd, root)} is not inside the git repository at ${relativeTo(cwd, repo.top)}`);
    const prefix = path.relative(repo.top, root).split(path.sep).join('/');
    const run: SnapshotCheck = { today: args.today ?? today, locale: args.locale, config, display: (rel) => relativeTo(cwd, path.join(repo.top, rel)), root, memo, store };
    const reported = (f: CheckedFile) =>
      (config !== undefined && f.kind === 'policy' && f.file === config.file) || targets.some((t) => t.root === root && isInside(t.abs, path.join(repo.top, f.rel)));
    const baseSnap = await gitCall(args, () => snapshotOfCommit(repo, base, prefix));
    const headSnap = head ? await gitCall(args, () => snapshotOfCommit(repo, head, prefix)) : snapshotOfWorkTree(repo, root);
    // A case whose blob differs is parsed again to say what changed: read with the others, in one git process.
    const blobs = (snap: Snapshot) => new Set(snap.cases.map((f) => f.blob));
    const [baseBlobs, headBlobs] = [blobs(baseSnap), blobs(headSnap)];
    const checkedBase = await gitCall(args, () => checkSnapshot(baseSnap, { ...run, preload: (f) => !headBlobs.has(f.blob) }));
    const checkedHead = await gitCall(args, () => checkSnapshot(headSnap, { ...run, preload: (f) => !baseBlobs.has(f.blob) }));
    // Rule links as check and report make them: the (head's) policy's docs_url, the first root's that sets one.
    docsBase ??= checkedHead.docsUrl;
    // Known by their path from the repository root, as check knows them (a case without id by it).
    const fromRoot = (f: CheckedFile): CheckedFile => ({ ...f, rel: prefix && f.rel.startsWith(`${prefix}/`) ? f.rel.slice(prefix.length + 1) : f.rel });
    baseFiles.push(...checkedBase.files.filter(reported).map(fromRoot));
    headFiles.push(...checkedHead.files.filter(reported).map(fromRoot));
  }
  caches?.save();
  const report = compareSnapshots(
    { commit: base, files: baseFiles },
    { commit: head, files: headFiles },
    { today: args.today ?? today, locale: args.locale, tool: { name: 'casefile', version }, rules: RULES.map((r) => r.meta), docs: docsLink(docsBase) },
  );
  return { report, against };
}

export function reviewExitCode(report: ReviewReport, failOn: FailOn): 0 | 1 {
  if (failOn === 'new') return report.newErrors > 0 ? 1 : 0;
  if (failOn === 'any') return report.errors > 0 ? 1 : 0;
  return 0;
}

/** Git's errors are usage errors (exit 2), in the reader's language. */
async function gitCall<T>(args: ReviewArgs, call: () => T | Promise<T>, option?: '--base' | '--head'): Promise<T> {
  try {
    return await call();
  } catch (error) {
    // Which of the two revisions git could not find.
    if (error instanceof GitError) throw new UsageError(`${option && error.code === 'unknown-ref' ? `${option}: ` : ''}${error.localized[args.locale]}`);
    throw error;
  }
}

function readConfig(file: string): Uint8Array | ReadFailure {
  const read = readRegularFile(file, { maxBytes: MAX_FILE_BYTES });
  return 'bytes' in read ? read.bytes : read;
}
