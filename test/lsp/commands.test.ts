// casefile/movePhase and casefile/newCase: the server computes the edit, the client applies it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ApplyWorkspaceEditParams, CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { MovePhaseResult, NewCaseProposal, NewCaseResult } from '../../server/src/shared/protocol';
import { codes, Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const NEEDS = 'cases/2026/vgr-2026-030.case.yaml';
const PLANNING = 'cases/2026/skane-2026-012.case.yaml';

describe('move phase', () => {
  it('is refused with the gate named, in the UI language, and nothing is edited', async () => {
    h = await Harness.start({ init: { locale: 'sv' } });
    await h.open(NEEDS);
    const result = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(NEEDS), direction: 'next' })) as MovePhaseResult;
    expect(result.applied).toBe(false);
    expect(result.message).toMatch(/need\.verified/);
    expect(result.message).toMatch(/^Kan inte flytta/);
    expect(h.applied).toEqual([]);
  });

  it('edits an open document at its current version through workspace/applyEdit', async () => {
    h = await Harness.start();
    const text = h.read(PLANNING);
    await h.open(PLANNING, text);
    const v = await h.change(PLANNING, `# edited\n${text}`);
    const result = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(PLANNING), direction: 'previous' })) as MovePhaseResult;
    expect(result).toEqual({ applied: true, phase: 'needs' });
    const change = h.applied[0]!.edit.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: h.uri(PLANNING), version: v });
    const after = TextDocument.applyEdits(TextDocument.create('x', 'casefile', v, `# edited\n${text}`), change.edits as TextEdit[]);
    expect(after).toBe(`# edited\n${text.replace('phase: planning', 'phase: needs')}`);
  });

  it('edits a closed file by its URI, and reports when the client does not apply the edit', async () => {
    let answer = true;
    h = await Harness.start({ applyEdit: () => (answer ? { applied: true } : { applied: false, failureReason: 'read-only' }) });
    const result = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(PLANNING), direction: 'previous' })) as MovePhaseResult;
    expect(result).toEqual({ applied: true, phase: 'needs' });
    const edits = h.applied[0]!.edit.changes![h.uri(PLANNING)]!;
    const text = h.read(PLANNING);
    expect(TextDocument.applyEdits(TextDocument.create('x', 'casefile', 0, text), edits)).toBe(text.replace('phase: planning', 'phase: needs'));
    answer = false;
    const refused = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(PLANNING), direction: 'previous' })) as MovePhaseResult;
    expect(refused.applied).toBe(false);
    expect(refused.message).toMatch(/read-only/);
  });
});

describe('new case', () => {
  it('proposes the next id in the repository style and its year folder, then creates the file', async () => {
    // The client creates the file as VS Code would: on disk, from the server's edit.
    const apply = (p: ApplyWorkspaceEditParams) => {
      const [create, insert] = p.edit.documentChanges as [CreateFile, TextDocumentEdit];
      const file = URI.parse(create.uri).fsPath;
      if (fs.existsSync(file)) return { applied: false };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, (insert.edits[0] as TextEdit).newText);
      return { applied: true };
    };
    h = await Harness.start({ applyEdit: apply });
    const proposal = (await h.client.sendRequest('casefile/newCaseProposal', { kind: 'dialogue' })) as NewCaseProposal;
    expect(proposal).toEqual({ id: 'VGR-2026-031', folder: h.uri('cases/2026') });

    const result = (await h.client.sendRequest('casefile/newCase', { kind: 'dialogue', id: proposal.id, title: 'Dialog om sårvård' })) as NewCaseResult;
    const rel = 'cases/2026/vgr-2026-031.case.yaml';
    expect(result).toEqual({ uri: h.uri(rel) });
    const [create, insert] = h.applied[0]!.edit.documentChanges as [CreateFile, TextDocumentEdit];
    expect(create).toMatchObject({ kind: 'create', uri: h.uri(rel), options: { overwrite: false } });
    expect(insert.textDocument.uri).toBe(h.uri(rel));
    const text = h.read(rel);
    expect(text).toMatch(/^id: VGR-2026-031$/m);
    expect(text).toMatch(/^kind: dialogue$/m);

    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: h.uri(rel), type: 1 }] });
    await h.open(rel);
    expect(codes(await h.diagnostics(rel, (p) => p.version === 1))).not.toContain('yaml-syntax');

    const again = (await h.client.sendRequest('casefile/newCase', { kind: 'dialogue', id: proposal.id, title: 'x' })) as NewCaseResult;
    expect(again.uri).toBeUndefined();
    expect(again.message).toMatch(/already exists/);
    expect(h.applied).toHaveLength(1);
    const next = (await h.client.sendRequest('casefile/newCaseProposal', { kind: 'advice' })) as NewCaseProposal;
    expect(next.id).toBe('VGR-2026-032');
  });

  it('goes into cases/ when the repository has no year folders', async () => {
    h = await Harness.start({ from: null, files: { '.git/HEAD': '', 'cases/a.case.yaml': 'version: 1\nid: ABC-2026-004\n' } });
    const proposal = (await h.client.sendRequest('casefile/newCaseProposal', { kind: 'advice' })) as NewCaseProposal;
    expect(proposal).toEqual({ id: 'ABC-2026-005', folder: h.uri('cases') });
  });

  it('goes into cases/<year>/ in a folder with no cases yet, as the README describes', async () => {
    h = await Harness.start({ from: null, files: { '.git/HEAD': '', 'casefile.yaml': 'organisation: Region X\n' } });
    const proposal = (await h.client.sendRequest('casefile/newCaseProposal', { kind: 'dialogue' })) as NewCaseProposal;
    expect(proposal).toEqual({ id: 'CASE-2026-001', folder: h.uri('cases/2026') });
  });

  it('goes into cases/<year>/ when the cases are not all flat in cases/', async () => {
    const files = { '.git/HEAD': '', 'cases/a.case.yaml': 'version: 1\nid: ABC-2026-004\n', 'cases/2025/b.case.yaml': 'version: 1\nid: ABC-2025-001\n' };
    h = await Harness.start({ from: null, files });
    const proposal = (await h.client.sendRequest('casefile/newCaseProposal', { kind: 'advice' })) as NewCaseProposal;
    expect(proposal).toEqual({ id: 'ABC-2026-005', folder: h.uri('cases/2026') });
  });
});
