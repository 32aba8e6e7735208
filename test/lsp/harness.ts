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
  type InitializeParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { startServer } from '../../server/src/lsp/server';
import { INDEX_CHANGED_NOTIFICATION, type InitOptions } from '../../server/src/lsp/protocol';

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
  language: string;
  /** The server's clock; tests move it. */
  now: Date;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly notificationWaiters = new Map<string, Waiter<unknown>[]>();
  private readonly versions = new Map<string, number>();
  private readonly indexed: Promise<void>;

  private constructor(readonly root: string, private readonly options: HarnessOptions) {
    this.language = options.language ?? 'auto';
    const up = new PassThrough();
    const down = new PassThrough();
    let done!: () => void;
    this.indexed = new Promise((resolve) => (done = resolve));
    const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    this.now = options.now ?? SAMPLE_NOW;
    startServer(server, { now: () => this.now, onIndexed: () => done() });
    this.client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    this.client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.settle(this.diagnosticWaiters, p);
    });
    this.client.onNotification(INDEX_CHANGED_NOTIFICATION, (p: unknown) => this.settle(this.notificationWaiters.get(INDEX_CHANGED_NOTIFICATION) ?? [], p));
    this.client.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.client.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => ({ language: this.language })));
    this.client.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      this.applied.push(p);
      return this.options.applyEdit ? this.options.applyEdit(p) : { applied: true };
    });
    this.client.listen();
  }

  /** A temporary workspace, initialized and indexed. */
  static async start(options: HarnessOptions = {}): Promise<Harness> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-lsp-'));
    if (options.from !== null) fs.cpSync(options.from ?? SAMPLES, root, { recursive: true });
    for (const [rel, text] of Object.entries(options.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    const h = new Harness(root, options);
    const params: InitializeParams = {
      processId: null,
      rootUri: h.uri(''),
      workspaceFolders: [{ uri: h.uri(''), name: 'ws' }],
      capabilities: { workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } } },
      initializationOptions: options.init ?? { locale: 'en' },
    };
    await h.client.sendRequest('initialize', params);
    await h.client.sendNotification('initialized', {});
    await h.indexed;
    return h;
  }

  uri(rel: string): string {
    return URI.file(path.join(this.root, rel)).toString();
  }

  read(rel: string): string {
    return fs.readFileSync(path.join(this.root, rel), 'utf8');
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
    return new Promise((resolve) => this.diagnosticWaiters.push({ match: (p) => p.uri === uri && match(p), resolve }));
  }

  /** The next notification of a method that satisfies `match`. */
  notification<T>(method: string, match: (p: T) => boolean = () => true): Promise<T> {
    return new Promise((resolve) => {
      const list = this.notificationWaiters.get(method) ?? [];
      list.push({ match: match as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void });
      this.notificationWaiters.set(method, list);
    });
  }

  async open(rel: string, text = this.read(rel), languageId = 'casefile'): Promise<void> {
    this.versions.set(rel, 1);
    await this.client.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(rel), languageId, version: 1, text } });
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
    await this.client.sendRequest('shutdown');
    this.client.dispose();
    fs.rmSync(this.root, { recursive: true, force: true });
  }

  private settle<T>(waiters: Waiter<T>[], value: T): void {
    for (let i = 0; i < waiters.length; ) {
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
  return typeof d?.message === 'string' ? d.message : d?.message.value ?? '';
}
