// The steps on single files of a repository: load its settings, check a case file (open or on disk),
// store or remove the result, and finish: the cross-file step and the final findings, published.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText, crossFileFindings, factsKey, finalFindings, moveCrossFindings, unreadableResult, type FileResult, type Finding } from '..';
import { checkPath } from './check-path';
import { unreadableFrom } from './read-file';
import { readSettings } from './settings';
import { relativeTo } from './uris';
import { signatureOf, type Entry, type Repo } from './indexed-repository';
import type { OpenDocuments } from './open-documents';
import type { WorkspaceHost } from './workspace-host';

export class FileChecks {
  /** ISO time of the last finish. */
  validatedAt: string | undefined;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly docs: OpenDocuments,
  ) {}

  loadSettings(repo: Repo): void {
    const base = { today: this.host.today(), locale: this.host.locale() };
    const loaded = readSettings(repo.root, base, { openText: (abs) => this.docs.textOf(abs) });
    repo.gen++;
    repo.today = base.today;
    // The editor's index keeps the names cases use, for navigation.
    repo.options = { ...loaded.options, names: true };
    const before = new Map<string, Entry>();
    for (const e of [...repo.entries.values()]) {
      if (e.kind === 'case') continue;
      before.set(e.abs, e);
      repo.entries.delete(e.abs);
    }
    for (const result of loaded.files) {
      const abs = path.join(repo.root, result.file);
      const version = this.docs.versionOf(abs);
      if (version === undefined) delete result.parsed;
      this.store(repo, abs, result, version, before.get(abs));
      before.delete(abs);
    }
    // A settings file that is gone loses its diagnostics.
    for (const gone of before.keys()) this.host.clear(this.docs.uriFor(gone));
  }

  /** The file's own check, reused while the document version, the settings and the day hold. */
  checkCase(repo: Repo, abs: string): Entry {
    const document = this.docs.documentOf(abs);
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

  store(repo: Repo, abs: string, local: FileResult, version: number | undefined, old = repo.entries.get(abs)): Entry {
    const entry: Entry = {
      abs,
      rel: local.file,
      kind: local.kind,
      local,
      version,
      stamp: repo.stamp(),
      // Forces the next finish to compute the final findings.
      crossKey: '\0',
      cross: old?.cross,
      crossFacts: old?.crossFacts,
      findings: old?.findings ?? [],
      signature: old?.signature ?? '',
    };
    if (!old || factsKey(old.local.facts) !== factsKey(local.facts)) repo.factsGen++;
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

  remove(repo: Repo, abs: string, finish = true): void {
    const loop = repo.loops.indexOf(abs);
    if (loop >= 0) repo.loops.splice(loop, 1);
    if (!repo.entries.delete(abs)) return;
    repo.factsGen++;
    this.host.clear(this.docs.uriFor(abs));
    this.host.indexChanged();
    if (finish) this.finish(repo, []);
  }

  /**
   * Cross-file step over all facts; final findings for the touched files and for every file whose
   * cross-file findings changed; those are published. Everything else stays as it was.
   */
  finish(repo: Repo, touched: Iterable<string>): void {
    const must = new Set(touched);
    let changed = this.finishMoved(repo, must);
    if (changed === undefined) {
      changed = false;
      const cross = crossFileFindings(repo.facts(), repo.options);
      repo.crossAt = `${repo.factsGen}|${repo.stamp()}`;
      for (const e of repo.entries.values()) {
        const mine = cross.get(e.rel) ?? [];
        e.cross = mine;
        e.crossFacts = e.local.facts;
        if (this.apply(repo, e, mine, must.has(e.abs))) changed = true;
      }
    }
    this.validatedAt = new Date().toISOString();
    if (changed) this.host.indexChanged();
  }

  /**
   * The usual edit: no case came or went and no id or link changed since the last cross-file step,
   * so only the touched files' cross-file findings move with their text. Undefined when the step
   * must run over every case; else whether the index changed.
   */
  private finishMoved(repo: Repo, must: Set<string>): boolean | undefined {
    if (repo.crossAt !== `${repo.factsGen}|${repo.stamp()}`) return undefined;
    const moves: [Entry, Finding[]][] = [];
    for (const abs of must) {
      const e = repo.entries.get(abs);
      if (!e) continue;
      const facts = e.local.facts;
      const mine = !facts ? [] : e.crossFacts ? moveCrossFindings(e.cross ?? [], e.crossFacts, facts) : undefined;
      if (!mine) return undefined;
      moves.push([e, mine]);
    }
    let changed = false;
    for (const [e, mine] of moves) {
      e.cross = mine;
      e.crossFacts = e.local.facts;
      if (this.apply(repo, e, mine, true)) changed = true;
    }
    return changed;
  }

  /** Final findings from a file's cross-file ones, published when they or the file changed; true when the index changed. */
  private apply(repo: Repo, e: Entry, mine: Finding[], must: boolean): boolean {
    const key = mine.length ? JSON.stringify(mine) : '';
    if (!must && key === e.crossKey) return false;
    e.crossKey = key;
    e.findings = finalFindings(e.local, mine, repo.options);
    const signature = signatureOf(e);
    const changed = signature !== e.signature;
    e.signature = signature;
    this.publish(e);
    return changed;
  }

  private publish(e: Entry): void {
    const uri = this.docs.uriFor(e.abs);
    const document = this.host.document(uri);
    // A result for an older version than the document's is dropped: a newer one is on its way.
    if (document && e.version !== document.version) return;
    this.host.publish(e, uri, e.version);
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
