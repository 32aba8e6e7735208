// The language server: wires the connection to the workspace index and the feature adapters.
// Exported so tests run it in-process over two streams.
import { TextDocuments, TextDocumentSyncKind, FileChangeType, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import type { ClientCapabilities } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsLink, DOCS_URL_PATTERN } from '../engine/docs';
import { localToday } from '../engine/model';
import { DiagnosticsPublisher } from './publisher';
import { localeOf } from './locale';
import { pathOf } from '../engine/workspace/uris';
import { Scheduler, ValidationScheduler } from './scheduler';
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
import { codeLensFeature } from './features/code-lens';
import { templatesFeature } from './features/templates';
import { definitionFeature } from './features/definition';
import { referencesFeature } from './features/references';
import { renameFeature } from './features/rename';
import { workspaceSymbolsFeature } from './features/workspace-symbols';
import { everyMidnight, PhaseHistories, type HistoryReader } from './phase-histories';
import { indexedLine, languageLine, startLine } from './activity-log';

/** Navigation over the repository: go to definition, find references, rename, workspace symbols. */
const NAVIGATION: readonly Feature[] = [definitionFeature, referencesFeature, renameFeature, workspaceSymbolsFeature];

/** Every feature of the server: their capabilities are merged, each registers its handlers. */
const FEATURES: readonly Feature[] = [
  completionFeature,
  hoverFeature,
  codeActionsFeature,
  symbolsFeature,
  indexFeature,
  movePhaseFeature,
  newCaseFeature,
  portfolioFeature,
  codeLensFeature,
  templatesFeature,
  ...NAVIGATION,
];

export interface ServerOptions {
  /** The clock (tests fix it); today is its local date. */
  now?: () => Date;
  /** Longest a changed document waits for its validation while edits arrive faster than validation, ms. */
  maxWaitMs?: number;
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
  // Rule links: the casefile.docsUrl setting, else what the client can open (init), else the web's.
  let clientDocs: string | undefined;
  let clientHoverDocs: string | undefined;
  let docsSetting: unknown;
  const setting = () => (typeof docsSetting === 'string' && DOCS_URL_PATTERN.test(docsSetting.trim()) ? docsSetting.trim() : undefined);
  const docsBase = () => setting() ?? clientDocs;
  const hoverDocs = () => docsLink(setting() ?? clientHoverDocs ?? clientDocs);
  let configurationPull = false;
  let folderEvents = false;
  let codeLensRefresh = false;
  let folders: string[] = [];
  let clientCapabilities: ClientCapabilities = {};
  const publisher = new DiagnosticsPublisher(connection, documents);

  const log = (message: string) => connection.console.error(message);
  const info = (message: string) => connection.console.info(message);
  const indexFolder = async (folder: string) => {
    const started = performance.now();
    await workspace.addFolder(folder);
    info(indexedLine(workspace, folder, performance.now() - started));
  };
  const logError = (error: unknown) => log(`casefile: ${(error as Error)?.stack ?? String(error)}`);
  const locale = () => localeOf(clientLocale, languageSetting);
  const today = () => localToday(now());

  // The Cases view asks for the whole index at each notification: while someone types, it waits for a pause (at most 2 s).
  const indexNotifier = new Scheduler(
    250,
    () => void connection.sendNotification(INDEX_CHANGED_NOTIFICATION, { ...totals(workspace), validatedAt: workspace.validatedAt }),
    logError,
    2000,
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
  const scheduler = new ValidationScheduler((uri) => workspace.validate(uri), logError, { maxWaitMs: options.maxWaitMs });

  const guard = async <T>(name: string, fallback: T, run: () => T | Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      log(`casefile: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return fallback;
    }
  };
  const client = () => clientCapabilities;
  const context: ServerContext = {
    connection,
    documents,
    workspace,
    locale,
    today,
    histories,
    flush: (uri) => scheduler.flush(uri),
    guard,
    clientCapabilities: client,
    docs: hoverDocs,
    ruleLinks: () => docsLink(docsBase()),
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    clientLocale = init.locale ?? params.locale ?? undefined;
    clientCapabilities = params.capabilities;
    publisher.yamlExtensionActive = init.yamlExtensionActive === true;
    clientDocs = typeof init.docsLink === 'string' ? init.docsLink : undefined;
    clientHoverDocs = typeof init.hoverDocsLink === 'string' ? init.hoverDocsLink : undefined;
    publisher.docs = docsLink(docsBase());
    histories.enabled = init.workspaceTrusted !== false;
    configurationPull = params.capabilities.workspace?.configuration === true;
    folderEvents = params.capabilities.workspace?.workspaceFolders === true;
    codeLensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
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
            await Promise.all(e.added.flatMap((f) => pathOf(f.uri) ?? []).map(indexFolder));
          });
        });
      }
      info(startLine(folders, histories.enabled));
      await readConfiguration();
      info(languageLine(languageSetting, locale()));
      await Promise.all(folders.map(indexFolder));
      // A settings change read meanwhile re-checks the index: that counts as indexing too.
      await workspace.idle();
    }).finally(() => options.onIndexed?.());
  });

  async function readConfiguration(settings?: unknown): Promise<void> {
    if (configurationPull) {
      const section = (await connection.workspace.getConfiguration('casefile')) as { language?: unknown; docsUrl?: unknown } | null;
      languageSetting = section?.language ?? 'auto';
      docsSetting = section?.docsUrl;
    } else if (settings && typeof settings === 'object') {
      languageSetting = (settings as { casefile?: { language?: unknown } }).casefile?.language ?? 'auto';
      docsSetting = (settings as { casefile?: { docsUrl?: unknown } }).casefile?.docsUrl;
    }
    publisher.docs = docsLink(docsBase());
  }

  connection.onDidChangeConfiguration((change) => {
    void workspace.track(() =>
      guard('configuration', undefined, async () => {
        const before = locale();
        const setting = languageSetting;
        const docsBefore = docsBase();
        await readConfiguration(change.settings);
        if (languageSetting !== setting) info(languageLine(languageSetting, locale()));
        if (locale() === before && docsBase() === docsBefore) return;
        await workspace.reloadAll();
        // The phase lens is in the UI language: shown lenses are asked for again.
        if (codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(logError);
        // Counts stay, words change: the client's views in the server's language (the portfolio) ask again.
        indexNotifier.schedule('index');
      }),
    );
  });

  // TextDocuments fires a content change right after each open: an opened file is checked at once.
  documents.onDidOpen((e) => workspace.opened(e.document.uri));
  documents.onDidChangeContent((e) => scheduler.changed(e.document.uri));
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
