// What depends on the client's capabilities: a client that takes no versioned document changes gets
// the rename as plain `changes` by URI; one that takes definition links gets links.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import {
  createConnection,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type LocationLink,
  type ProtocolConnection,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { startServer } from '../../server/src/lsp/server';
import { SAMPLE_NOW } from './harness';
import { A, FILES } from './navigation-repo';

let client: ProtocolConnection | undefined;
let root = '';
afterEach(async () => {
  await client?.sendRequest('shutdown');
  client?.dispose();
  client = undefined;
  fs.rmSync(root, { recursive: true, force: true });
});

/** A server over the navigation repository, initialized with the client capabilities given; a.case.yaml open. */
async function start(capabilities: object): Promise<{ client: ProtocolConnection; uri: (rel: string) => string }> {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-lsp-changes-'));
  for (const [rel, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  const up = new PassThrough();
  const down = new PassThrough();
  let indexed!: () => void;
  const ready = new Promise<void>((resolve) => (indexed = resolve));
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), { now: () => SAMPLE_NOW, onIndexed: () => indexed() });
  const c = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client = c;
  c.onRequest('client/registerCapability', () => null);
  c.listen();
  const uri = (rel: string) => URI.file(path.join(root, rel)).toString();
  await c.sendRequest('initialize', { processId: null, rootUri: uri(''), workspaceFolders: [{ uri: uri(''), name: 'ws' }], capabilities, initializationOptions: { locale: 'en' } });
  await c.sendNotification('initialized', {});
  await ready;
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('cases/a.case.yaml'), languageId: 'casefile', version: 1, text: A } });
  return { client: c, uri };
}

const line = A.split('\n').findIndex((l) => l.includes('VGR-2026-002'));
const character = A.split('\n')[line]!.indexOf('VGR-2026-002') + 1;

it('answers a rename with `changes` when the client does not take documentChanges', async () => {
  const { client: c, uri } = await start({});
  const edit = (await c.sendRequest('textDocument/rename', {
    textDocument: { uri: uri('cases/a.case.yaml') },
    position: { line, character },
    newName: 'VGR-2026-020',
  })) as WorkspaceEdit;
  expect(edit.documentChanges).toBeUndefined();
  expect(Object.keys(edit.changes ?? {}).sort()).toEqual([uri('cases/a.case.yaml'), uri('cases/b.case.yaml'), uri('cases/c.case.yaml')]);
  expect(edit.changes![uri('cases/b.case.yaml')]).toEqual([{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 16 } }, newText: 'VGR-2026-020' }]);
});

it('answers a definition with links when the client takes them, the whole value as the origin', async () => {
  const { client: c, uri } = await start({ textDocument: { definition: { linkSupport: true } } });
  const links = (await c.sendRequest('textDocument/definition', { textDocument: { uri: uri('cases/a.case.yaml') }, position: { line, character } })) as LocationLink[];
  const target = { start: { line: 0, character: 4 }, end: { line: 0, character: 16 } };
  expect(links).toEqual([
    {
      originSelectionRange: { start: { line, character: character - 1 }, end: { line, character: character + 11 } },
      targetUri: uri('cases/b.case.yaml'),
      targetRange: target,
      targetSelectionRange: target,
    },
  ]);
});
