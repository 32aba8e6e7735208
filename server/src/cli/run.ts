// `casefile check`: find repositories, index them, check files (in parallel when many), report.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRoot, present, relativeTo, scanCases, DIRECTORY_FILE, POLICY_FILE } from '../engine/workspace/scan';
import { readSettings } from '../engine/workspace/settings';
import { docsLink, finishRepository, RULES, type DocsLink, type FileResult, type Locale } from '../engine';
import { checkMany } from '../engine/workspace/pool';
import { checkCached } from '../engine/workspace/cached-check';
import { cacheScopeKey, codeVersion, defaultCacheDir, ResultCache } from '../engine/workspace/result-cache';
import { unreadableFrom } from '../engine/workspace/read-file';
import type { CheckArgs } from './args';
import type { Policy } from '../engine/policy';
import { safeText } from './formatters/safe-text';
import { tally, type CheckReport, type FileReport } from './report';

export class UsageError extends Error {}

interface Repository {
  root: string;
  /** Every case file of the repository (the index for cross-file rules). */
  cases: string[];
  loops: string[];
  /** Absolute paths whose findings are reported. */
  reported: Set<string>;
}

/** What a run needs of its process besides the arguments: the cache's default folder and its one-line notes. */
export interface RunIo {
  env: NodeJS.ProcessEnv;
  stderr: (text: string) => void;
}

/** A run's arguments as check and report share them. */
export type PassArgs = Pick<CheckArgs, 'paths' | 'today' | 'config' | 'locale' | 'cache' | 'cacheDir'>;

/** One file whose findings are reported, as check saw it. */
export interface ReportedFile {
  /** Its `file` is relative to the working directory, with `/` separators. */
  result: FileResult;
  absolute: string;
  /** Relative to the repository root. */
  rel: string;
}

/** One repository of a pass: its effective policy and the reported files in the order checked. */
export interface CheckedRepository {
  root: string;
  policy: Policy;
  files: ReportedFile[];
}

/**
 * The one pass of check and report: find repositories, read their settings, check their cases (in
 * parallel when many). `started` hears the repository roots before any checking begins, so work of
 * its own (git) overlaps with the workers.
 */
export async function checkRepositories(args: PassArgs, cwd: string, version: string, today: string, io: RunIo, started?: (roots: string[]) => void): Promise<CheckedRepository[]> {
  const repos = collect(args.paths, cwd);
  const caches = args.cache ? runCaches(args, cwd, version, io) : undefined;
  const base = { today: args.today ?? today, locale: args.locale };
  const display = (abs: string) => relativeTo(cwd, abs);
  const configPath = args.config ? path.resolve(cwd, args.config) : undefined;
  if (configPath && !fs.existsSync(configPath)) throw new UsageError(`config file not found: ${args.config}`);
  started?.([...repos.keys()]);

  const checked: CheckedRepository[] = [];
  for (const repo of repos.values()) {
    // A settings file that cannot be read is reported like any other file; the defaults apply.
    const { options, files: settingsFiles, digest } = readSettings(repo.root, base, { policy: configPath, name: display });
    if (configPath) repo.reported.add(configPath);

    const results: FileResult[] = [...settingsFiles];
    const jobs = repo.cases.map((abs) => ({ absolute: abs, file: display(abs) }));
    if (caches) {
      results.push(...(await checkCached(jobs, options, caches.open(options.today, digest))));
    } else {
      results.push(...(await checkMany(jobs, options)));
    }
    for (const loop of repo.loops) results.push(unreadableFrom(display(loop), 'case', { error: 'symlink-loop' }, options));
    finishRepository(results, options);

    const reported = new Map([...repo.reported].map((abs) => [display(abs), abs]));
    const files: ReportedFile[] = [];
    for (const result of results) {
      const absolute = reported.get(result.file);
      if (absolute !== undefined) files.push({ result, absolute, rel: relativeTo(repo.root, absolute) });
    }
    checked.push({ root: repo.root, policy: options.policy, files });
  }
  caches?.save();
  return checked;
}

export async function runCheck(args: CheckArgs, cwd: string, version: string, today: string, io: RunIo = { env: {}, stderr: () => {} }): Promise<CheckReport> {
  const checked = await checkRepositories(args, cwd, version, today, io);
  const files: FileReport[] = checked.flatMap((repo) =>
    repo.files.map(({ result: r, rel }) => ({
      file: r.file,
      rel,
      id: r.summary?.id,
      findings: args.quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings,
    })),
  );
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return summarize(files, version, args.maxWarnings, policyDocs(checked));
}

/**
 * The rule links of a run: the policy's `docs_url`. A report has one rule table, so when the
 * repositories checked name different pages the first repository's (in the order given) wins.
 */
export function policyDocs(checked: readonly CheckedRepository[]): DocsLink {
  return docsLink(checked.find((repo) => repo.policy.docsUrl !== undefined)?.policy.docsUrl);
}

/** A path from the command line, its kind and its repository root; a missing path is a usage error. */
export function givenPath(cwd: string, given: string): { abs: string; stat: fs.Stats; root: string } {
  const abs = path.resolve(cwd, given);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new UsageError(`path not found: ${given}`);
  }
  return { abs, stat, root: findRoot(stat.isDirectory() ? abs : path.dirname(abs)) };
}

/** Groups the given paths by repository root; a missing path is a usage error. */
function collect(paths: string[], cwd: string): Map<string, Repository> {
  const repos = new Map<string, Repository>();
  for (const given of paths) {
    const { abs, stat, root } = givenPath(cwd, given);
    let repo = repos.get(root);
    if (!repo) {
      const scan = scanCases(root);
      repo = { root, cases: scan.cases, loops: scan.loops, reported: new Set() };
      repos.set(root, repo);
    }
    if (stat.isDirectory()) {
      const inside = (p: string) => p === abs || p.startsWith(abs.endsWith(path.sep) ? abs : abs + path.sep);
      for (const c of repo.cases) if (inside(c)) repo.reported.add(c);
      for (const name of [POLICY_FILE, DIRECTORY_FILE]) {
        const settingsFile = path.join(root, name);
        if (inside(settingsFile) && present(settingsFile)) repo.reported.add(settingsFile);
      }
      for (const loop of repo.loops) if (inside(loop)) repo.reported.add(loop);
    } else {
      // A file named on the command line is checked whatever its name.
      if (!repo.cases.includes(abs) && path.basename(abs) !== POLICY_FILE && path.basename(abs) !== DIRECTORY_FILE) repo.cases.push(abs);
      repo.reported.add(abs);
    }
  }
  return repos;
}

function summarize(files: FileReport[], version: string, maxWarnings: number | undefined, docs: DocsLink): CheckReport {
  return {
    files,
    ...tally(files),
    tool: { name: 'casefile', version },
    rules: RULES.map((r) => r.meta),
    docs,
    maxWarnings,
  };
}

export interface RunCaches {
  /** The cache of a scope; one instance per scope in a run, so one save holds everything the run used. */
  open(today: string, settings: string): ResultCache;
  /** Saves every cache opened (and with CASEFILE_DEBUG_CACHE=1 says how it went). */
  save(): void;
}

/** The result caches of one run of check or review (--cache). */
export function runCaches(args: { cacheDir?: string; locale: Locale }, cwd: string, version: string, io: RunIo): RunCaches {
  const dir = args.cacheDir ? path.resolve(cwd, args.cacheDir) : defaultCacheDir(io.env);
  const open = new Map<string, ResultCache>();
  return {
    open(today, settings) {
      const scope = { version: codeVersion(version), today, locale: args.locale, settings };
      const key = cacheScopeKey(scope);
      let cache = open.get(key);
      if (!cache) open.set(key, (cache = ResultCache.open(dir, scope, { warn: (file, reason) => io.stderr(`${safeText(cacheNotSaved(args.locale, file, reason))}\n`) })));
      return cache;
    },
    save() {
      for (const cache of open.values()) cache.save();
      const count = (n: (c: ResultCache) => number) => [...open.values()].reduce((sum, c) => sum + n(c), 0);
      if (io.env.CASEFILE_DEBUG_CACHE === '1') io.stderr(`cache: ${count((c) => c.hits)} hits, ${count((c) => c.misses)} misses\n`);
    },
  };
}

/** The one line a failed cache save earns: the run itself goes on. */
function cacheNotSaved(locale: Locale, file: string, reason: string): string {
  return locale === 'sv' ? `casefile: cachen sparades inte (${reason}): ${file}` : `casefile: cache not saved (${reason}): ${file}`;
}

export function exitCode(report: CheckReport): 0 | 1 {
  if (report.errors > 0) return 1;
  if (report.maxWarnings !== undefined && report.warnings > report.maxWarnings) return 1;
  return 0;
}

export type { Locale };
