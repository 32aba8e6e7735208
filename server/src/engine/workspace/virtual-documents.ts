// Documents with no file on disk (untitled:, vscode-vfs: and other schemes). There is no repository
// to read, so each is checked alone as a loose file: default settings, only itself for the
// cross-file rules.
import { checkText, crossFileFindings, finalFindings, loadSettings, type CaseFileKind } from '..';
import { Repo, signatureOf, type Entry } from './indexed-repository';
import { kindOf, virtualName } from './uris';
import type { OpenDocument, WorkspaceHost } from './workspace-host';

export class VirtualDocuments<D extends OpenDocument = OpenDocument> {
  /** One repository per open virtual document, by URI. */
  private readonly repos = new Map<string, Repo>();

  constructor(private readonly host: WorkspaceHost<D>) {}

  /** True for a URI this class serves: not a file: URI. */
  static serves(uri: string): boolean {
    return virtualName(uri) !== undefined;
  }

  /** Checks the open document and publishes its findings. */
  validate(uri: string): void {
    const current = this.current(uri);
    if (current) this.host.publish(current.entry, uri, current.entry.version);
  }

  /** The repository and entry of the open document, checked for its current version. */
  current(uri: string): { repo: Repo; entry: Entry; document: D } | undefined {
    const document = this.host.document(uri);
    const kind = document && kindOfVirtual(uri, document);
    if (!document || !kind) return undefined;
    let repo = this.repos.get(uri);
    if (!repo) {
      repo = new Repo(uri, false);
      this.repos.set(uri, repo);
    }
    const locale = this.host.locale();
    if (repo.today !== this.host.today() || repo.options?.locale !== locale) {
      const base = { today: this.host.today(), locale };
      const defaults = loadSettings({}, base);
      repo.options = { ...base, policy: defaults.policy, directory: defaults.directory, names: true };
      repo.today = base.today;
      repo.gen++;
    }
    const old = repo.entries.get(uri);
    if (old && old.version === document.version && old.stamp === repo.stamp() && old.kind === kind) return { repo, entry: old, document };
    const name = virtualName(uri) || uri;
    const local = checkText(name, document.getText(), kind, repo.options);
    repo.entries.clear();
    const facts = local.facts ? [local.facts] : [];
    const findings = finalFindings(local, crossFileFindings(facts, repo.options).get(local.file) ?? [], repo.options);
    const entry: Entry = { abs: uri, rel: local.file, kind, local, version: document.version, stamp: repo.stamp(), crossKey: '', findings, signature: '' };
    entry.signature = signatureOf(entry);
    repo.entries.set(uri, entry);
    return { repo, entry, document };
  }

  /** The editor let go of the document: it and its diagnostics go. */
  closed(uri: string): void {
    if (this.repos.delete(uri)) this.host.clear(uri);
  }

  /** Checks every open virtual document again (the locale or the day changed). */
  reloadAll(): void {
    for (const uri of this.repos.keys()) this.validate(uri);
  }
}

/** By name as on disk; a document whose name says nothing is a case when the editor calls it one. */
function kindOfVirtual(uri: string, document: OpenDocument): CaseFileKind | undefined {
  const name = virtualName(uri);
  if (name === undefined) return undefined;
  return kindOf(name) ?? (document.languageId === 'casefile' ? 'case' : undefined);
}
