// The diagnostics publisher: an open document's diagnostics never go back to an older version.
import { describe, expect, it } from 'vitest';
import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticsPublisher } from '../../server/src/lsp/publisher';
import type { Entry } from '../../server/src/engine/workspace/indexed-repository';

const URI = 'file:///ws/cases/a.case.yaml';
const entry = { findings: [], kind: 'case' } as unknown as Entry;

function setup() {
  const sent: PublishDiagnosticsParams[] = [];
  const open = new Map<string, TextDocument>();
  const connection = { sendDiagnostics: (p: PublishDiagnosticsParams) => void sent.push(p) } as unknown as Connection;
  const documents = { get: (uri: string) => open.get(uri) } as unknown as TextDocuments<TextDocument>;
  return { sent, open, publisher: new DiagnosticsPublisher(connection, documents) };
}

describe('diagnostics publisher', () => {
  it('sends each version with its number, and drops a version older than one sent', () => {
    const { sent, open, publisher } = setup();
    open.set(URI, TextDocument.create(URI, 'casefile', 5, 'id: A\n'));
    publisher.publish(entry, URI, 3);
    publisher.publish(entry, URI, 5);
    publisher.publish(entry, URI, 4);
    publisher.publish(entry, URI, 5);
    expect(sent.map((p) => p.version)).toEqual([3, 5]);
  });

  it('a document closed and opened again starts again from its new versions', () => {
    const { sent, open, publisher } = setup();
    open.set(URI, TextDocument.create(URI, 'casefile', 9, 'id: A\n'));
    publisher.publish(entry, URI, 9);
    open.delete(URI);
    publisher.publish({ ...entry, findings: [] } as Entry, URI, undefined);
    open.set(URI, TextDocument.create(URI, 'casefile', 1, 'id: A\n'));
    publisher.publish(entry, URI, 1);
    expect(sent.map((p) => p.version)).toEqual([9, undefined, 1]);
    // Reopened without a publish in between (a new document object): its versions count afresh too.
    publisher.publish(entry, URI, 7);
    open.set(URI, TextDocument.create(URI, 'casefile', 2, 'id: A\n'));
    publisher.publish(entry, URI, 2);
    expect(sent.map((p) => p.version)).toEqual([9, undefined, 1, 7, 2]);
  });
});
