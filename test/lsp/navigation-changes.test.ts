// A client that takes no versioned document changes gets the rename as plain `changes` by URI.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { createConnection, createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type WorkspaceEdit } from 'vscode-languageserver/node';
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

it('answers a rename with `changes` when the client does not take documentChanges', async () => {
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
  client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  const uri = (rel: string) => URI.file(path.join(root, rel)).toString();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: uri(''),
    workspaceFolders: [{ uri: uri(''), name: 'ws' }],
    capabilities: {},
    initializationOptions: { locale: 'en' },
  });
  await client.sendNotification('initialized', {});
  await ready;
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('cases/a.case.yaml'), languageId: 'casefile', version: 1, text: A } });
  const line = A.split('\n').findIndex((l) => l.includes('VGR-2026-002'));
  const character = A.split('\n')[line]!.indexOf('VGR-2026-002') + 1;
  const edit = (await client.sendRequest('textDocument/rename', {
    textDocument: { uri: uri('cases/a.case.yaml') },
    position: { line, character },
    newName: 'VGR-2026-020',
  })) as WorkspaceEdit;
  expect(edit.documentChanges).toBeUndefined();
  expect(Object.keys(edit.changes ?? {}).sort()).toEqual([uri('cases/a.case.yaml'), uri('cases/b.case.yaml'), uri('cases/c.case.yaml')]);
  expect(edit.changes![uri('cases/b.case.yaml')]).toEqual([{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 16 } }, newText: 'VGR-2026-020' }]);
});
