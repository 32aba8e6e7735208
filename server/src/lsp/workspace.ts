// The repository index of the workspace: every case file (open or closed), the settings of each
// repository, and the final findings of each file. Re-checks only what an event can affect.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, crossFileFindings, finalFindings, unreadableResult, type CaseFileKind, type FileResult, type Locale } from '../engine';
import { checkPath } from '../engine/workspace/check-path';
import { unreadableFrom } from '../engine/workspace/read-file';
import { findRoot, present, scanCases } from '../engine/workspace/scan';
import { readSettings } from '../engine/workspace/settings';
import { checkMany, defaultThreads, poolCanRun, PARALLEL_THRESHOLD } from '../engine/workspace/pool';
import { isInside, kindOf, pathOf, relativeTo, uriOf } from './paths';
import { Repo, signatureOf, type Entry } from './repo';

export interface WorkspaceHost {
  /** The open document of a URI. */
  document(uri: string): TextDocument | undefined;
  /** Publishes one file's final findings (the host maps and filters them). */
  publish(entry: Entry, uri: string, version: number | undefined): void;
  /** Clears a file's diagnostics. */
  clear(uri: string): void;
  indexChanged(): void;
  log(message: string): void;
  today(): string;
  locale(): Locale;
}

// Two workers halve the indexing time; more would cost tens of MB each for little gain here.
const EDITOR_THREADS = Math.min(2, defaultThreads());

/** Files checked between two turns of the event loop while indexing, so requests stay answered. */
const CHUNK = 100;

export class Workspace {
  readonly repos = new Map<string, Repo>();
  /** Open documents by path (the client's URI spelling is kept). */
  private readonly open = new Map<string, string>();
  /** Workspace folder → the root of its repository (two folders may share one). */
  private readonly folders = new Map<string, string>();
  /** Work on the index under way, and who waits for it to end. */
  private busy = 0;
  private readonly idlers: (() => void)[] = [];
  validatedAt: string | undefined;

  constructor(private readonly host: WorkspaceHost) {}

  // ---- folders -------------------------------------------------------------------------------

  /** Indexes a workspace folder's repository (found as the CLI finds it). */
  async addFolder(folder: string): Promise<void> {
    const root = findRoot(folder);
    this.folders.set(folder, root);
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
    await this.reload(repo);
  }

  removeFolder(folder: string): void {
    const root = this.folders.get(folder) ?? findRoot(folder);
    this.folders.delete(folder);
    // Another workspace folder of the same repository keeps it.
    if ([...this.folders.values()].includes(root)) return;
    const repo = this.repos.get(root);
    if (!repo?.scanned) return;
    this.repos.delete(root);
    for (const e of repo.entries.values()) {
      const uri = this.open.get(e.abs);
      // An open document stays in the editor: it is checked again as a loose file.
      if (uri) this.validate(uri);
      else this.host.clear(this.uriFor(e.abs));
    }
    this.host.indexChanged();
  }

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

  /** Re-checks everything (the locale or the day changed). */
  async reloadAll(): Promise<void> {
    await Promise.all([...this.repos.values()].map((r) => this.reload(r)));
  }

  // ---- documents -----------------------------------------------------------------------------

  opened(uri: string): void {
    const abs = pathOf(uri);
    if (abs) this.open.set(abs, uri);
  }

  /** The editor let go of a file: its text is the disk's again, or it leaves the index. */
  closed(uri: string): void {
    const abs = pathOf(uri);
    if (!abs) return;
    this.open.delete(abs);
    const kind = kindOf(abs);
    if (!kind) return;
    if (kind !== 'case') {
      const repo = this.repos.get(path.dirname(abs));
      if (repo && !this.dropIfUnused(repo)) this.reloadLater(repo);
      return;
    }
    const repo = this.repoOfCase(abs);
    if (repo.scanned && present(abs)) {
      this.checkCase(repo, abs);
      this.finish(repo, [abs]);
    } else {
      this.remove(repo, abs);
      this.dropIfUnused(repo);
    }
  }

  /** A loose repository lives only while one of its files is open; then its diagnostics go too. */
  private dropIfUnused(repo: Repo): boolean {
    if (repo.scanned || [...repo.entries.keys()].some((abs) => this.open.has(abs))) return false;
    this.repos.delete(repo.root);
    for (const abs of repo.entries.keys()) this.host.clear(this.uriFor(abs));
    this.host.indexChanged();
    return true;
  }

  /** Validates an open document (after the debounce, or at once when a feature needs it). */
  validate(uri: string): void {
    const abs = pathOf(uri);
    const kind = abs ? kindOf(abs) : undefined;
    if (!abs || !kind || !this.host.document(uri)) return;
    if (kind !== 'case') {
      this.reloadLater(this.repoOfSettings(abs));
      return;
    }
    const repo = this.repoOfCase(abs);
    if (repo.today !== this.host.today()) {
      this.reloadLater(repo);
      return;
    }
    this.checkCase(repo, abs);
    this.finish(repo, [abs]);
  }

  // ---- files on disk -------------------------------------------------------------------------

  /** Files created, changed or deleted outside the editor (git checkout, another editor). */
  filesChanged(changes: { uri: string; deleted: boolean }[]): void {
    const touched = new Map<Repo, string[]>();
    const reloads = new Set<Repo>();
    for (const change of changes) {
      const abs = pathOf(change.uri);
      if (!abs || this.open.has(abs)) continue;
      const kind = kindOf(abs);
      if (kind === 'policy' || kind === 'directory') {
        const repo = this.repos.get(path.dirname(abs));
        if (repo) reloads.add(repo);
      } else if (kind === 'case') {
        const repo = this.scannedRepoOf(abs);
        if (!repo) continue;
        if (change.deleted || !present(abs)) this.remove(repo, abs, false);
        else {
          this.checkCase(repo, abs);
          touched.set(repo, [...(touched.get(repo) ?? []), abs]);
        }
        if (!touched.has(repo)) touched.set(repo, []);
      } else if (change.deleted) {
        // A deleted folder takes its case files with it.
        for (const repo of this.repos.values()) {
          for (const e of [...repo.entries.values()]) {
            if (e.kind === 'case' && isInside(abs, e.abs) && !this.open.has(e.abs)) {
              this.remove(repo, e.abs, false);
              if (!touched.has(repo)) touched.set(repo, []);
            }
          }
        }
      }
    }
    for (const repo of reloads) this.reloadLater(repo);
    for (const [repo, files] of touched) if (!reloads.has(repo)) this.finish(repo, files);
  }

  // ---- what features need --------------------------------------------------------------------

  /** The repository and entry of an open document, validated for its current version. */
  current(uri: string): { repo: Repo; entry: Entry; document: TextDocument } | undefined {
    const abs = pathOf(uri);
    const kind = abs ? kindOf(abs) : undefined;
    const document = this.host.document(uri);
    if (!abs || !kind || !document) return undefined;
    const repo = kind === 'case' ? this.repoOfCase(abs) : this.repoOfSettings(abs);
    let entry = repo.entries.get(abs);
    if (!entry || entry.version !== document.version || entry.stamp !== repo.stamp()) {
      if (kind === 'case') {
        entry = this.checkCase(repo, abs);
        this.finish(repo, [abs]);
      } else {
        this.loadSettings(repo);
        entry = repo.entries.get(abs);
        this.reloadLater(repo, false);
      }
    }
    return entry ? { repo, entry, document } : undefined;
  }

  /** The repository new cases go to: the first workspace folder's. */
  primary(): Repo | undefined {
    for (const repo of this.repos.values()) if (repo.scanned) return repo;
    return undefined;
  }

  uriFor(abs: string): string {
    return this.open.get(abs) ?? uriOf(abs);
  }

  // ---- the steps -----------------------------------------------------------------------------

  /**
   * Loads the settings, re-checks every case file (those indexed and those found but not yet
   * checked) in chunks, then finishes the repository. A newer reload makes an older one stop.
   */
  private reload(repo: Repo, settings = true): Promise<void> {
    return this.track(() => this.rebuild(repo, settings));
  }

  private async rebuild(repo: Repo, settings: boolean): Promise<void> {
    if (settings) {
      this.loadSettings(repo);
      // The settings files' own diagnostics need not wait for every case.
      this.finish(repo, [...repo.entries.values()].filter((e) => e.kind !== 'case').map((e) => e.abs));
    }
    // One pool run per repository at a time: a reload asked for meanwhile runs after it.
    if (repo.pooling) {
      repo.again = true;
      return;
    }
    const gen = repo.gen;
    const stale = () => repo.gen !== gen || this.repos.get(repo.root) !== repo;
    let files = [...new Set([...repo.cases().map((e) => e.abs), ...repo.pending])];
    // Link loops are not read; checkCase reports them.
    const closed = files.filter((abs) => !this.documentOf(abs) && !repo.loops.includes(abs));
    if (closed.length >= PARALLEL_THRESHOLD && poolCanRun(EDITOR_THREADS)) {
      // Many closed files: the CLI's worker pool (dist/worker.js beside the bundle) checks them.
      repo.pooling = true;
      try {
        const results = await checkMany(closed.map((abs) => ({ absolute: abs, file: relativeTo(repo.root, abs) })), repo.options, EDITOR_THREADS);
        if (!stale()) {
          closed.forEach((abs, i) => {
            const result = results[i];
            if (result && !this.documentOf(abs)) this.store(repo, abs, result, undefined);
          });
          // Left: files opened meanwhile and link loops.
          const pooled = new Set(closed);
          files = files.filter((abs) => !pooled.has(abs) || this.documentOf(abs));
        }
      } catch (error) {
        this.host.log(`casefile: the worker pool failed, checking in-process: ${(error as Error)?.stack ?? error}`);
      } finally {
        repo.pooling = false;
      }
      if (repo.again || stale()) {
        repo.again = false;
        if (this.repos.get(repo.root) === repo) await this.rebuild(repo, false);
        return;
      }
    }
    for (let i = 0; i < files.length; i += CHUNK) {
      for (const abs of files.slice(i, i + CHUNK)) {
        if (repo.gen !== gen) return;
        this.checkCase(repo, abs);
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (stale()) return;
    }
    repo.pending = [];
    this.finish(repo, repo.entries.keys());
  }

  /** A reload nobody waits for: its errors are logged, never thrown. */
  private reloadLater(repo: Repo, settings = true): void {
    this.reload(repo, settings).catch((error: unknown) => this.host.log(`casefile: re-checking ${repo.root} failed: ${(error as Error)?.stack ?? error}`));
  }

  private loadSettings(repo: Repo): void {
    const base = { today: this.host.today(), locale: this.host.locale() };
    const loaded = readSettings(repo.root, base, { openText: (abs) => this.textOf(abs) });
    repo.gen++;
    repo.today = base.today;
    repo.options = loaded.options;
    const before = new Map<string, Entry>();
    for (const e of [...repo.entries.values()]) {
      if (e.kind === 'case') continue;
      before.set(e.abs, e);
      repo.entries.delete(e.abs);
    }
    for (const result of loaded.files) {
      const abs = path.join(repo.root, result.file);
      const version = this.versionOf(abs);
      if (version === undefined) delete result.parsed;
      this.store(repo, abs, result, version, before.get(abs));
      before.delete(abs);
    }
    // A settings file that is gone loses its diagnostics.
    for (const gone of before.keys()) this.host.clear(this.uriFor(gone));
  }

  /** The file's own check, reused while the document version, the settings and the day hold. */
  private checkCase(repo: Repo, abs: string): Entry {
    const document = this.documentOf(abs);
    const old = repo.entries.get(abs);
    if (document && old && old.version === document.version && old.stamp === repo.stamp()) return old;
    const rel = relativeTo(repo.root, abs);
    let result: FileResult;
    try {
      if (document) result = checkText(rel, document.getText(), 'case', repo.options);
      else {
        result = this.readCase(repo, abs, rel);
        delete result.parsed;
      }
    } catch (error) {
      // The engine should never throw; if it does, the file is reported rather than lost.
      this.host.log(`casefile: checking ${abs} failed: ${(error as Error)?.stack ?? error}`);
      result = unreadableResult(rel, 'case', 'read-error', repo.options, { detail: String((error as Error)?.message ?? error) });
    }
    return this.store(repo, abs, result, document?.version, old);
  }

  private store(repo: Repo, abs: string, local: FileResult, version: number | undefined, old = repo.entries.get(abs)): Entry {
    const entry: Entry = {
      abs,
      rel: local.file,
      kind: local.kind,
      local,
      version,
      stamp: repo.stamp(),
      // Forces the next finish to compute the final findings.
      crossKey: '\0',
      findings: old?.findings ?? [],
      signature: old?.signature ?? '',
    };
    repo.entries.set(abs, entry);
    return entry;
  }

  /** A closed case file from disk; a symbolic-link loop is reported as the CLI reports it. */
  private readCase(repo: Repo, abs: string, rel: string): FileResult {
    if (!repo.loops.includes(abs)) {
      const result = checkPath(abs, rel, 'case', repo.options);
      if (result.findings[0]?.rule !== 'unreadable-file' || !isLinkLoop(abs)) return result;
      repo.loops.push(abs);
    }
    return unreadableFrom(rel, 'case', { error: 'symlink-loop' }, repo.options);
  }

  private remove(repo: Repo, abs: string, finish = true): void {
    const loop = repo.loops.indexOf(abs);
    if (loop >= 0) repo.loops.splice(loop, 1);
    if (!repo.entries.delete(abs)) return;
    this.host.clear(this.uriFor(abs));
    this.host.indexChanged();
    if (finish) this.finish(repo, []);
  }

  /**
   * Cross-file step over all facts; final findings for the touched files and for every file whose
   * cross-file findings changed; those are published. Everything else stays as it was.
   */
  private finish(repo: Repo, touched: Iterable<string>): void {
    const must = new Set(touched);
    const cross = crossFileFindings(repo.facts(), repo.options);
    let changed = false;
    for (const e of repo.entries.values()) {
      const mine = cross.get(e.rel) ?? [];
      const key = mine.length ? JSON.stringify(mine) : '';
      if (!must.has(e.abs) && key === e.crossKey) continue;
      e.crossKey = key;
      e.findings = finalFindings(e.local, mine, repo.options);
      const signature = signatureOf(e);
      if (signature !== e.signature) changed = true;
      e.signature = signature;
      this.publish(e);
    }
    this.validatedAt = new Date().toISOString();
    if (changed) this.host.indexChanged();
  }

  private publish(e: Entry): void {
    const uri = this.uriFor(e.abs);
    const document = this.host.document(uri);
    // A result for an older version than the document's is dropped: a newer one is on its way.
    if (document && e.version !== document.version) return;
    this.host.publish(e, uri, e.version);
  }

  // ---- lookups -------------------------------------------------------------------------------

  private documentOf(abs: string): TextDocument | undefined {
    const uri = this.open.get(abs);
    return uri ? this.host.document(uri) : undefined;
  }

  private textOf(abs: string): string | undefined {
    return this.documentOf(abs)?.getText();
  }

  private versionOf(abs: string): number | undefined {
    return this.documentOf(abs)?.version;
  }

  private scannedRepoOf(abs: string): Repo | undefined {
    let best: Repo | undefined;
    for (const repo of this.repos.values()) {
      if (repo.scanned && isInside(repo.root, abs) && (!best || repo.root.length > best.root.length)) best = repo;
    }
    return best;
  }

  private repoOfCase(abs: string): Repo {
    return this.scannedRepoOf(abs) ?? this.loose(findRoot(path.dirname(abs)));
  }

  private repoOfSettings(abs: string): Repo {
    return this.repos.get(path.dirname(abs)) ?? this.loose(path.dirname(abs));
  }

  /** A repository for files opened outside the workspace folders: only its open files are checked. */
  private loose(root: string): Repo {
    let repo = this.repos.get(root);
    if (!repo) {
      repo = new Repo(root, false);
      this.repos.set(root, repo);
      this.loadSettings(repo);
    }
    return repo;
  }
}

function isLinkLoop(abs: string): boolean {
  try {
    fs.statSync(abs);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

export type { Entry, CaseFileKind };
