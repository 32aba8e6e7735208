// The language server: wires the connection to the workspace index and the feature adapters.
// Exported so tests run it in-process over two streams.
import { TextDocuments, TextDocumentSyncKind, FileChangeType, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import type { ClientCapabilities } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localToday } from '../engine/model';
import { DiagnosticsPublisher } from './publisher';
import { localeOf } from './locale';
import { pathOf } from '../engine/workspace/uris';
import { Scheduler } from './scheduler';
import { Workspace } from '../engine/workspace/editor-workspace';
import { INDEX_CHANGED_NOTIFICATION, type InitOptions } from '../shared/protocol';
import type { Feature, ServerContext } from './context';
import { completionFeature } from './features/completion';
import { hoverFeature } from './features/hover';
import { codeActionsFeature } from './features/code-actions';
import { symbolsFeature } from './features/symbols';
import { indexFeature, totals } from './features/index-request';
import { movePhaseFeature } from './features/move-phase';
import { newCaseFeature } from './features/new-case';
import { portfolioFeature } from './features/portfolio';
import { everyMidnight, PhaseHistories, type HistoryReader } from './phase-histories';

/** Every feature of the server: their capabilities are merged, each registers its handlers. */
const FEATURES: readonly Feature[] = [completionFeature, hoverFeature, codeActionsFeature, symbolsFeature, indexFeature, movePhaseFeature, newCaseFeature, portfolioFeature];

export interface ServerOptions {
  /** The clock (tests fix it); today is its local date. */
  now?: () => Date;
  /** Milliseconds a document rests before it is validated. */
  debounceMs?: number;
  /** Called once the workspace folders are indexed (tests wait on it). */
  onIndexed?: () => void;
  /** Reads git's phase history of a repository root (tests replace git). */
  readPhaseHistory?: HistoryReader;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const now = options.now ?? (() => new Date());
  const documents = new TextDocuments(TextDocument);
  let clientLocale: string | undefined;
  let languageSetting: unknown = 'auto';
  let configurationPull = false;
  let folderEvents = false;
  let folders: string[] = [];
  let clientCapabilities: ClientCapabilities = {};
  const publisher = new DiagnosticsPublisher(connection, documents);

  const log = (message: string) => connection.console.error(message);
  const logError = (error: unknown) => log(`casefile: ${(error as Error)?.stack ?? String(error)}`);
  const locale = () => localeOf(clientLocale, languageSetting);
  const today = () => localToday(now());

  const indexNotifier = new Scheduler(
    100,
    () => void connection.sendNotification(INDEX_CHANGED_NOTIFICATION, { ...totals(workspace), validatedAt: workspace.validatedAt }),
    logError,
  );
  const workspace: Workspace<TextDocument> = new Workspace<TextDocument>({
    document: (uri) => documents.get(uri),
    publish: (entry, uri, version) => publisher.publish(entry, uri, version),
    clear: (uri) => publisher.clear(uri),
    indexChanged: () => indexNotifier.schedule('index'),
    log,
    today,
    locale,
  });
  // Enabled at initialize, unless the client says the workspace is not trusted.
  const histories = new PhaseHistories(false, () => indexNotifier.schedule('index'), log, options.readPhaseHistory);
  // Days in phase and stale cases count to today: at midnight the index changes without an edit.
  const stopMidnight = everyMidnight(() => indexNotifier.schedule('index'), now);
  const scheduler = new Scheduler(options.debounceMs ?? 50, (uri) => workspace.validate(uri), logError);

  const guard = async <T>(name: string, fallback: T, run: () => T | Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      log(`casefile: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return fallback;
    }
  };
  const context: ServerContext = {
    connection,
    documents,
    workspace,
    locale,
    today,
    histories,
    flush: (uri) => scheduler.flush(uri),
    guard,
    clientCapabilities: () => clientCapabilities,
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    clientLocale = init.locale ?? params.locale ?? undefined;
    clientCapabilities = params.capabilities;
    publisher.yamlExtensionActive = init.yamlExtensionActive === true;
    histories.enabled = init.workspaceTrusted !== false;
    configurationPull = params.capabilities.workspace?.configuration === true;
    folderEvents = params.capabilities.workspace?.workspaceFolders === true;
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.flatMap((uri) => pathOf(uri) ?? []);
    return {
      capabilities: {
        ...Object.assign({}, ...FEATURES.map((f) => f.capabilities)),
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'casefile' },
    };
  });

  connection.onInitialized(() => {
    void guard('initialized', undefined, async () => {
      if (folderEvents) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          void guard('workspace folders', undefined, async () => {
            for (const f of e.removed) {
              const abs = pathOf(f.uri);
              if (abs) workspace.removeFolder(abs);
            }
            await Promise.all(e.added.flatMap((f) => pathOf(f.uri) ?? []).map((abs) => workspace.addFolder(abs)));
          });
        });
      }
      await readConfiguration();
      await Promise.all(folders.map((folder) => workspace.addFolder(folder)));
      // A settings change read meanwhile re-checks the index: that counts as indexing too.
      await workspace.idle();
    }).finally(() => options.onIndexed?.());
  });

  async function readConfiguration(settings?: unknown): Promise<void> {
    if (configurationPull) {
      const section = (await connection.workspace.getConfiguration('casefile')) as { language?: unknown } | null;
      languageSetting = section?.language ?? 'auto';
    } else if (settings && typeof settings === 'object') {
      languageSetting = (settings as { casefile?: { language?: unknown } }).casefile?.language ?? 'auto';
    }
  }

  connection.onDidChangeConfiguration((change) => {
    void workspace.track(() =>
      guard('configuration', undefined, async () => {
        const before = locale();
        await readConfiguration(change.settings);
        if (locale() === before) return;
        await workspace.reloadAll();
        // Counts stay, words change: the client's views in the server's language (the portfolio) ask again.
        indexNotifier.schedule('index');
      }),
    );
  });

  // TextDocuments fires a content change right after each open; an opened file is checked at once.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    workspace.opened(e.document.uri);
    justOpened.add(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    scheduler.schedule(uri, justOpened.delete(uri) ? 0 : undefined);
  });
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    void guard('close', undefined, () => workspace.closed(e.document.uri));
  });
  connection.onDidChangeWatchedFiles((params) => {
    void guard('watched files', undefined, () => workspace.filesChanged(params.changes.map((c) => ({ uri: c.uri, deleted: c.type === FileChangeType.Deleted }))));
  });

  for (const feature of FEATURES) feature.register(context);

  connection.onShutdown(() => {
    scheduler.dispose();
    indexNotifier.dispose();
    histories.dispose();
    stopMidnight();
  });
  documents.listen(connection);
  connection.listen();
}
