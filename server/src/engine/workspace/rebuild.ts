// Re-checking a whole repository: settings first, then every case file, on the worker pool when many
// closed files wait, else in-process in chunks so requests stay answered. Counts the work under way.
import type { WorkspaceHost } from './workspace-host';
import type { Repo } from './indexed-repository';
import type { RepositoryIndex } from './repository-index';
import type { OpenDocuments } from './open-documents';
import type { FileChecks } from './file-checks';
import { checkMany, defaultThreads, poolCanRun, PARALLEL_THRESHOLD } from './pool';
import { relativeTo } from './uris';

/** How the editor's index uses the worker pool. */
export interface PoolSettings {
  threads: number;
  /** The worker bundle; by default dist/worker.js beside the running bundle. */
  workerFile?: string;
}

// Two workers halve the indexing time; more would cost tens of MB each for little gain here.
export const EDITOR_POOL: PoolSettings = { threads: Math.min(2, defaultThreads()) };

/** Files checked between two turns of the event loop while indexing, so requests stay answered. */
const CHUNK = 100;

export class Rebuilds {
  /** Work on the index under way, and who waits for it to end. */
  private busy = 0;
  private readonly idlers: (() => void)[] = [];

  constructor(
    private readonly host: WorkspaceHost,
    private readonly docs: OpenDocuments,
    private readonly index: RepositoryIndex,
    private readonly checks: FileChecks,
    private readonly pool: PoolSettings = EDITOR_POOL,
  ) {}

  /** Resolves once no work on the index is under way (start-up waits on it). */
  idle(): Promise<void> {
    return this.busy === 0 ? Promise.resolve() : new Promise((resolve) => this.idlers.push(resolve));
  }

  /** Counts work that changes the index (a reload, a settings change being read) until it ends. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await work();
    } finally {
      if (--this.busy === 0) for (const resolve of this.idlers.splice(0)) resolve();
    }
  }

  /**
   * Loads the settings, re-checks every case file (those indexed and those found but not yet
   * checked) in chunks, then finishes the repository. A newer reload makes an older one stop.
   */
  reload(repo: Repo, settings = true): Promise<void> {
    return this.track(() => this.rebuild(repo, settings));
  }

  /** A reload nobody waits for: its errors are logged, never thrown. */
  reloadLater(repo: Repo, settings = true): void {
    this.reload(repo, settings).catch((error: unknown) => this.host.log(`casefile: re-checking ${repo.root} failed: ${(error as Error)?.stack ?? error}`));
  }

  /** Re-checks everything (the locale or the day changed). */
  async reloadAll(): Promise<void> {
    await Promise.all([...this.index.repos.values()].map((r) => this.reload(r)));
  }

  private async rebuild(repo: Repo, settings: boolean): Promise<void> {
    if (settings) {
      this.checks.loadSettings(repo);
      // The settings files' own diagnostics need not wait for every case.
      this.checks.finish(
        repo,
        [...repo.entries.values()].filter((e) => e.kind !== 'case').map((e) => e.abs),
      );
    }
    // One pool run per repository at a time: a reload asked for meanwhile runs after it.
    if (repo.pooling) {
      repo.again = true;
      return;
    }
    const gen = repo.gen;
    const stale = () => repo.gen !== gen || this.index.repos.get(repo.root) !== repo;
    let files = [...new Set([...repo.cases().map((e) => e.abs), ...repo.pending])];
    // Link loops are not read; checkCase reports them.
    const closed = files.filter((abs) => !this.docs.documentOf(abs) && !repo.loops.includes(abs));
    if (closed.length >= PARALLEL_THRESHOLD && poolCanRun(this.pool.threads, this.pool.workerFile)) {
      // Many closed files: the CLI's worker pool (dist/worker.js beside the bundle) checks them.
      repo.pooling = true;
      try {
        const results = await checkMany(
          closed.map((abs) => ({ absolute: abs, file: relativeTo(repo.root, abs) })),
          repo.options,
          this.pool.threads,
          this.pool.workerFile,
        );
        if (!stale()) {
          closed.forEach((abs, i) => {
            const result = results[i];
            if (result && !this.docs.documentOf(abs)) this.checks.store(repo, abs, result, undefined);
          });
          // Left: files opened meanwhile and link loops.
          const pooled = new Set(closed);
          files = files.filter((abs) => !pooled.has(abs) || this.docs.documentOf(abs));
        }
      } catch (error) {
        this.host.log(`casefile: the worker pool failed, checking in-process: ${(error as Error)?.stack ?? error}`);
      } finally {
        repo.pooling = false;
      }
      if (repo.again || stale()) {
        repo.again = false;
        if (this.index.repos.get(repo.root) === repo) await this.rebuild(repo, false);
        return;
      }
    }
    for (let i = 0; i < files.length; i += CHUNK) {
      for (const abs of files.slice(i, i + CHUNK)) {
        if (repo.gen !== gen) return;
        this.checks.checkCase(repo, abs);
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (stale()) return;
    }
    repo.pending = [];
    this.checks.finish(repo, repo.entries.keys());
  }
}
