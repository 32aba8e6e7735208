// In-process language-server round trips: the server runs on one end of two stream pairs, a
// protocol client on the other. Tests wait on notifications, never on the clock.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
  type ProtocolConnection,
  MessageType,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { startServer } from '../../server/src/lsp/server';
import type { HistoryReader } from '../../server/src/lsp/phase-histories';
import { INDEX_CHANGED_NOTIFICATION, INDEX_REQUEST, type InitOptions } from '../../server/src/shared/protocol';

export const SAMPLES = path.join(__dirname, '..', '..', 'samples');
/** The day the samples give exactly their deliberate findings (samples/README.md). */
export const SAMPLE_NOW = new Date(2026, 10, 23, 12, 0, 0);

export interface HarnessOptions {
  /** Folder copied into the temporary workspace (default: the samples; null: none). */
  from?: string | null;
  /** Files written into the workspace (relative path → text), after the copy. */
  files?: Record<string, string>;
  init?: InitOptions;
  /** The `casefile.language` setting the client answers with. */
  language?: string;
  now?: Date;
  /** Answers workspace/applyEdit (default: applied). */
  applyEdit?: (params: ApplyWorkspaceEditParams) => ApplyWorkspaceEditResult;
  /** Called after the client answered the n-th workspace/configuration request (1-based). */
  onConfiguration?: (h: Harness, n: number) => void;
  /** Stands in for git's phase history of a repository root (default: git itself). */
  readPhaseHistory?: HistoryReader;
  /** More client capabilities (merged over the harness's; `workspace` one level deep). */
  capabilities?: ClientCapabilities;
  /** Added to the client's `workspace.workspaceEdit` capabilities (e.g. `snippetEditSupport`). */
  workspaceEdit?: Record<string, unknown>;
}

interface Waiter<T> {
  match: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class Harness {
  readonly client: ProtocolConnection;
  /** Every publishDiagnostics, in order, by URI. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly applied: ApplyWorkspaceEditParams[] = [];
  readonly logs: string[] = [];
  /** The messages the server logged as errors (connection.console.error). */
  readonly errors: string[] = [];
  /** The server's answer to initialize. */
  initialized: InitializeResult | undefined;
  /** How often the server called onIndexed. */
  indexedCalls = 0;
  language: string;
  /** Other `casefile.*` settings the client answers with (e.g. docsUrl); tests change them. */
  settings: Record<string, unknown> = {};
  /** The server's clock; tests move it. */
  now: Date;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly notificationWaiters = new Map<string, Waiter<unknown>[]>();
  private readonly versions = new Map<string, number>();
  private readonly indexed: Promise<void>;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  private constructor(
    readonly root: string,
    private readonly options: HarnessOptions,
  ) {
    this.language = options.language ?? 'auto';
    const up = new PassThrough();
    const down = new PassThrough();
    let done!: (roundTrip: Promise<void>) => void;
    this.indexed = new Promise((resolve) => (done = resolve));
    const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    this.now = options.now ?? SAMPLE_NOW;
    startServer(server, {
      now: () => this.now,
      readPhaseHistory: options.readPhaseHistory,
      onIndexed: () => {
        this.indexedCalls++;
        // A round trip sent at the signal: what the server had published by then arrives first.
        done(this.client.sendRequest(INDEX_REQUEST).then(() => undefined));
      },
    });
    this.client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    this.client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.settle(this.diagnosticWaiters, p);
    });
    this.client.onNotification(INDEX_CHANGED_NOTIFICATION, (p: unknown) => this.settle(this.notificationWaiters.get(INDEX_CHANGED_NOTIFICATION.method) ?? [], p));
    this.client.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p.message);
      if (p.type === MessageType.Error) this.errors.push(p.message);
    });
    let configurations = 0;
    this.client.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      const answer = p.items.map(() => ({ ...this.settings, language: this.language }));
      const n = ++configurations;
      // After the answer has been written.
      if (this.options.onConfiguration) void Promise.resolve().then(() => this.options.onConfiguration!(this, n));
      return answer;
    });
    // The server registers for workspace folder events.
    this.client.onRequest('client/registerCapability', () => null);
    this.client.onRequest('client/unregisterCapability', () => null);
    this.client.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      this.applied.push(p);
      return this.options.applyEdit ? this.options.applyEdit(p) : { applied: true };
    });
    this.client.listen();
  }

  /** A temporary workspace, initialized and indexed. */
  static async start(options: HarnessOptions = {}): Promise<Harness> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-lsp-'));
    if (options.from !== null) fs.cpSync(options.from ?? SAMPLES, root, { recursive: true, verbatimSymlinks: true });
    for (const [rel, text] of Object.entries(options.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    const h = new Harness(root, options);
    const params: InitializeParams = {
      processId: null,
      rootUri: h.uri(''),
      workspaceFolders: [{ uri: h.uri(''), name: 'ws' }],
      capabilities: {
        ...options.capabilities,
        workspace: {
          configuration: true,
          applyEdit: true,
          workspaceEdit: { documentChanges: true, ...options.workspaceEdit },
          workspaceFolders: true,
          ...options.capabilities?.workspace,
        },
      },
      initializationOptions: options.init ?? { locale: 'en' },
    };
    h.initialized = (await h.client.sendRequest('initialize', params)) as InitializeResult;
    await h.client.sendNotification('initialized', {});
    await h.indexed;
    return h;
  }

  /** Paths are relative to the workspace root unless absolute. */
  path(rel: string): string {
    return path.isAbsolute(rel) ? rel : path.join(this.root, rel);
  }

  /** A URI as given (untitled:…, vscode-vfs://…), else the file URI of a path. */
  uri(rel: string): string {
    return /^[a-z][a-z0-9+.-]+:/i.test(rel) && !path.isAbsolute(rel) ? rel : URI.file(this.path(rel)).toString();
  }

  read(rel: string): string {
    return fs.readFileSync(this.path(rel), 'utf8');
  }

  /** The latest diagnostics of a file, or undefined when none were published. */
  latest(rel: string): PublishDiagnosticsParams | undefined {
    return this.published.get(this.uri(rel))?.at(-1);
  }

  /** The latest diagnostics of a file that satisfy `match`, now or when they arrive. */
  diagnostics(rel: string, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const uri = this.uri(rel);
    const last = this.published.get(uri)?.at(-1);
    if (last && match(last)) return Promise.resolve(last);
    return this.within(`diagnostics of ${rel}`, (resolve) => this.diagnosticWaiters.push({ match: (p) => p.uri === uri && match(p), resolve }));
  }

  /** The next notification of a method that satisfies `match`. */
  notification<T>(method: string, match: (p: T) => boolean = () => true): Promise<T> {
    return this.within(method, (resolve: (value: T) => void) => {
      const list = this.notificationWaiters.get(method) ?? [];
      list.push({ match: match as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void });
      this.notificationWaiters.set(method, list);
    });
  }

  async open(rel: string, text = this.read(rel), languageId = 'casefile'): Promise<void> {
    this.versions.set(rel, 1);
    await this.client.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(rel), languageId, version: 1, text } });
  }

  /** Replaces ranges, one after the other, in one change (incremental sync); returns the new version. */
  async edit(rel: string, changes: { range: Range; text: string }[]): Promise<number> {
    const version = (this.versions.get(rel) ?? 1) + 1;
    this.versions.set(rel, version);
    await this.client.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(rel), version }, contentChanges: changes });
    return version;
  }

  /** Workspace folders added and removed at run time (absolute paths). */
  async changeFolders(added: string[], removed: string[] = []): Promise<void> {
    const folder = (abs: string) => ({ uri: URI.file(abs).toString(), name: path.basename(abs) });
    await this.client.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: added.map(folder), removed: removed.map(folder) } });
  }

  /** Files changed on disk (type 1 created, 2 changed, 3 deleted). */
  async filesChanged(changes: [rel: string, type: 1 | 2 | 3][]): Promise<void> {
    await this.client.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([rel, type]) => ({ uri: this.uri(rel), type })) });
  }

  /** Replaces the whole text; returns the new version. */
  async change(rel: string, text: string): Promise<number> {
    const version = (this.versions.get(rel) ?? 1) + 1;
    this.versions.set(rel, version);
    await this.client.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(rel), version }, contentChanges: [{ text }] });
    return version;
  }

  async close(rel: string): Promise<void> {
    this.versions.delete(rel);
    await this.client.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(rel) } });
  }

  version(rel: string): number | undefined {
    return this.versions.get(rel);
  }

  async dispose(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.client.sendRequest('shutdown');
    this.client.dispose();
    fs.rmSync(this.root, { recursive: true, force: true });
  }

  /** A wait that fails the test with a name rather than hanging until the test times out. */
  private within<T>(what: string, register: (resolve: (value: T) => void) => void, ms = 15_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      this.timers.add(timer);
      register((value) => {
        clearTimeout(timer);
        this.timers.delete(timer);
        resolve(value);
      });
    });
  }

  private settle<T>(waiters: Waiter<T>[], value: T): void {
    for (let i = 0; i < waiters.length;) {
      const w = waiters[i]!;
      if (w.match(value)) {
        waiters.splice(i, 1);
        w.resolve(value);
      } else i++;
    }
  }
}

/** The rule ids of a publish, sorted. */
export function codes(p: PublishDiagnosticsParams | undefined): string[] {
  return (p?.diagnostics ?? []).map((d) => String(d.code)).sort();
}

/** A diagnostic's message as plain text. */
export function message(d: { message: string | { value: string } } | undefined): string {
  return typeof d?.message === 'string' ? d.message : (d?.message.value ?? '');
}

const temps: string[] = [];

/** A fresh folder outside the harness's workspace, removed by `removeTempFolders`. */
export function tempFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `casefile-lsp-${prefix}-`));
  temps.push(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
