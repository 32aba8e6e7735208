// The repository index of an editor's workspace: every case file (open or closed), the settings of
// each repository, and the final findings of each file. Turns editor events (folders, open
// documents, files changed on disk) into the least re-checking they need.
import * as path from 'node:path';
import { findRoot, present, scanCases } from './scan';
import { isInside, kindOf, pathOf } from './uris';
import { Repo, type Entry } from './indexed-repository';
import { OpenDocuments } from './open-documents';
import { RepositoryIndex } from './repository-index';
import { FileChecks } from './file-checks';
import { Rebuilds, type PoolSettings } from './rebuild';
import { VirtualDocuments } from './virtual-documents';
import type { OpenDocument, WorkspaceHost } from './workspace-host';

export interface WorkspaceOptions {
  /** The worker pool for big repositories (tests name the worker bundle). */
  pool?: PoolSettings;
}

export class Workspace<D extends OpenDocument = OpenDocument> {
  private readonly docs: OpenDocuments<D>;
  private readonly index: RepositoryIndex;
  private readonly checks: FileChecks;
  private readonly rebuilds: Rebuilds;
  private readonly virtual: VirtualDocuments<D>;

  constructor(
    private readonly host: WorkspaceHost<D>,
    options: WorkspaceOptions = {},
  ) {
    this.docs = new OpenDocuments(host);
    this.checks = new FileChecks(host, this.docs);
    this.index = new RepositoryIndex((repo) => this.checks.loadSettings(repo));
    this.rebuilds = new Rebuilds(host, this.docs, this.index, this.checks, options.pool);
    this.virtual = new VirtualDocuments(host);
  }

  get repos(): Map<string, Repo> {
    return this.index.repos;
  }

  get validatedAt(): string | undefined {
    return this.checks.validatedAt;
  }

  // ---- folders -------------------------------------------------------------------------------

  /** Indexes a workspace folder's repository (found as the CLI finds it). */
  async addFolder(folder: string): Promise<void> {
    const root = findRoot(folder);
    this.index.folders.set(folder, root);
    const existing = this.repos.get(root);
    if (existing?.scanned) return;
    const repo = new Repo(root, true);
    // A loose repository of the same root (a file opened earlier) is taken over with its open files.
    for (const e of existing?.entries.values() ?? []) repo.entries.set(e.abs, e);
    // Loose repositories inside it are now part of it: their open files are found by the scan.
    for (const [r, other] of this.repos) if (!other.scanned && isInside(root, r)) this.repos.delete(r);
    this.repos.set(root, repo);
    const scan = scanCases(root);
    repo.loops = scan.loops;
    repo.pending = [...scan.cases, ...scan.loops];
    await this.rebuilds.reload(repo);
  }

  removeFolder(folder: string): void {
    const root = this.index.folders.get(folder) ?? findRoot(folder);
    this.index.folders.delete(folder);
    // Another workspace folder of the same repository keeps it.
    if ([...this.index.folders.values()].includes(root)) return;
    const repo = this.repos.get(root);
    if (!repo?.scanned) return;
    this.repos.delete(root);
    for (const e of repo.entries.values()) {
      // An open document stays in the editor: it is checked again as a loose file.
      if (this.docs.isOpen(e.abs)) this.validate(this.docs.uriFor(e.abs));
      else this.host.clear(this.docs.uriFor(e.abs));
    }
    this.host.indexChanged();
  }

  /** Resolves once no work on the index is under way (start-up waits on it). */
  idle(): Promise<void> {
    return this.rebuilds.idle();
  }

  /** Counts work that changes the index (a reload, a settings change being read) until it ends. */
  track<T>(work: () => Promise<T>): Promise<T> {
    return this.rebuilds.track(work);
  }

  /** Re-checks everything (the locale or the day changed). */
  reloadAll(): Promise<void> {
    this.virtual.reloadAll();
    return this.rebuilds.reloadAll();
  }

  // ---- documents -----------------------------------------------------------------------------

  opened(uri: string): void {
    this.docs.opened(uri);
  }

  /** The editor let go of a file: its text is the disk's again, or it leaves the index. */
  closed(uri: string): void {
    if (VirtualDocuments.serves(uri)) return this.virtual.closed(uri);
    const abs = this.docs.closed(uri);
    if (!abs) return;
    const kind = kindOf(abs);
    if (!kind) return;
    if (kind !== 'case') {
      const repo = this.repos.get(path.dirname(abs));
      if (repo && !this.dropIfUnused(repo)) this.rebuilds.reloadLater(repo);
      return;
    }
    const repo = this.index.repoOfCase(abs);
    if (repo.scanned && present(abs)) {
      this.checks.checkCase(repo, abs);
      this.checks.finish(repo, [abs]);
    } else {
      this.checks.remove(repo, abs);
      this.dropIfUnused(repo);
    }
  }

  /** A loose repository lives only while one of its files is open; then its diagnostics go too. */
  private dropIfUnused(repo: Repo): boolean {
    if (repo.scanned || [...repo.entries.keys()].some((abs) => this.docs.isOpen(abs))) return false;
    this.repos.delete(repo.root);
    for (const abs of repo.entries.keys()) this.host.clear(this.docs.uriFor(abs));
    this.host.indexChanged();
    return true;
  }

  /** Validates an open document (as the server paces it, or at once when a feature needs it). */
  validate(uri: string): void {
    if (VirtualDocuments.serves(uri)) return this.virtual.validate(uri);
    const abs = pathOf(uri);
    const kind = abs ? kindOf(abs) : undefined;
    if (!abs || !kind || !this.docs.byUri(uri)) return;
    if (kind !== 'case') {
      this.rebuilds.reloadLater(this.index.repoOfSettings(abs));
      return;
    }
    const repo = this.index.repoOfCase(abs);
    if (repo.today !== this.host.today()) {
      this.rebuilds.reloadLater(repo);
      return;
    }
    this.checks.checkCase(repo, abs);
    this.checks.finish(repo, [abs]);
  }

  // ---- files on disk -------------------------------------------------------------------------

  /** Files created, changed or deleted outside the editor (git checkout, another editor). */
  filesChanged(changes: { uri: string; deleted: boolean }[]): void {
    const touched = new Map<Repo, string[]>();
    const reloads = new Set<Repo>();
    for (const change of changes) {
      const abs = pathOf(change.uri);
      if (!abs || this.docs.isOpen(abs)) continue;
      const kind = kindOf(abs);
      if (kind === 'policy' || kind === 'directory') {
        const repo = this.repos.get(path.dirname(abs));
        if (repo) reloads.add(repo);
      } else if (kind === 'case') {
        const repo = this.index.scannedRepoOf(abs);
        if (!repo) continue;
        if (change.deleted || !present(abs)) this.checks.remove(repo, abs, false);
        else {
          this.checks.checkCase(repo, abs);
          touched.set(repo, [...(touched.get(repo) ?? []), abs]);
        }
        if (!touched.has(repo)) touched.set(repo, []);
      } else if (change.deleted) {
        // A deleted folder takes its case files with it.
        for (const repo of this.repos.values()) {
          for (const e of [...repo.entries.values()]) {
            if (e.kind === 'case' && isInside(abs, e.abs) && !this.docs.isOpen(e.abs)) {
              this.checks.remove(repo, e.abs, false);
              if (!touched.has(repo)) touched.set(repo, []);
            }
          }
        }
      }
    }
    for (const repo of reloads) this.rebuilds.reloadLater(repo);
    for (const [repo, files] of touched) if (!reloads.has(repo)) this.checks.finish(repo, files);
  }

  // ---- what features need --------------------------------------------------------------------

  /** The repository and entry of an open document, validated for its current version. */
  current(uri: string): { repo: Repo; entry: Entry; document: D } | undefined {
    if (VirtualDocuments.serves(uri)) return this.virtual.current(uri);
    const abs = pathOf(uri);
    const kind = abs ? kindOf(abs) : undefined;
    const document = this.docs.byUri(uri);
    if (!abs || !kind || !document) return undefined;
    const repo = kind === 'case' ? this.index.repoOfCase(abs) : this.index.repoOfSettings(abs);
    let entry = repo.entries.get(abs);
    if (!entry || entry.version !== document.version || entry.stamp !== repo.stamp()) {
      if (kind === 'case') {
        entry = this.checks.checkCase(repo, abs);
        this.checks.finish(repo, [abs]);
      } else {
        this.checks.loadSettings(repo);
        entry = repo.entries.get(abs);
        this.rebuilds.reloadLater(repo, false);
      }
    }
    return entry ? { repo, entry, document } : undefined;
  }

  /** The repository new cases go to: the first workspace folder's. */
  primary(): Repo | undefined {
    return this.index.primary();
  }

  uriFor(abs: string): string {
    return this.docs.uriFor(abs);
  }
}
