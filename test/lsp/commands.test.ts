// casefile/movePhase and casefile/newCase: the server computes the edit, the client applies it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ApplyWorkspaceEditParams, CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { MovePhaseResult, NewCaseProposal, NewCaseResult } from '../../server/src/shared/protocol';
import { codes, Harness, removeTempFolders, tempFolder } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
  removeTempFolders();
});

const NEEDS = 'cases/2026/vgr-2026-030.case.yaml';
const PLANNING = 'cases/2026/skane-2026-012.case.yaml';

/** The sample moved back to needs on the harness's day: the value, and the log entry after the last one. */
const movedBack = (text: string) =>
  text
    .replace('phase: planning', 'phase: needs')
    .replace('\ntags:', '\n  - date: 2026-11-23\n    event: "Phase: Planning and choice of path → Needs and landscape analysis"\n    phase: needs\ntags:');

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
    expect(result).toEqual({ applied: true, phase: 'needs', problems: [] });
    const change = h.applied[0]!.edit.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: h.uri(PLANNING), version: v });
    const after = TextDocument.applyEdits(TextDocument.create('x', 'casefile', v, `# edited\n${text}`), change.edits as TextEdit[]);
    expect(after).toBe(`# edited\n${movedBack(text)}`);
  });

  /**
   * The editor as VS Code behaves: a change on disk (`onDisk`, once, before the edit) reloads the
   * unmodified document as a new version; a versioned edit applies only at that version; an edit
   * without a version applies to whatever the text is by then. The result is saved to disk.
   */
  function editor(rel: string) {
    const state = { text: '', onDisk: undefined as string | undefined };
    const apply = (p: ApplyWorkspaceEditParams) => {
      if (state.onDisk !== undefined) {
        state.text = state.onDisk;
        state.onDisk = undefined;
        fs.writeFileSync(h!.path(rel), state.text);
        if (h!.version(rel) !== undefined) void h!.change(rel, state.text);
      }
      const versioned = p.edit.documentChanges?.[0] as TextDocumentEdit | undefined;
      const edits = versioned ? (versioned.edits as TextEdit[]) : (p.edit.changes?.[h!.uri(rel)] ?? []);
      if (versioned && versioned.textDocument.version !== null && versioned.textDocument.version !== h!.version(rel)) {
        return { applied: false, failureReason: 'the document has changed' };
      }
      state.text = TextDocument.applyEdits(TextDocument.create('x', 'casefile', 0, state.text), edits);
      fs.writeFileSync(h!.path(rel), state.text);
      return { applied: true };
    };
    return { state, apply };
  }

  /** A change someone else makes on disk: a longer title above `phase`, so old offsets would cut into it. */
  const longerTitle = (text: string) => text.replace(/^title: "(.*)"$/m, 'title: "$1, med en längre titel från en annan redigering"');

  it('refuses a closed file without sending an edit, so a change on disk meanwhile is never overwritten', async () => {
    const sim = editor(PLANNING);
    h = await Harness.start({ init: { locale: 'sv' }, applyEdit: sim.apply });
    const original = h.read(PLANNING);
    sim.state.text = original;
    const changed = longerTitle(original);
    expect(changed).not.toBe(original);
    sim.state.onDisk = changed;
    const result = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(PLANNING), direction: 'previous' })) as MovePhaseResult;
    // Whatever happened, the file is whole: as it was, or as the other change left it.
    expect([original, changed]).toContain(h.read(PLANNING));
    expect(result.applied).toBe(false);
    expect(result.message).toMatch(/^Ärendefilen är inte öppen/);
    expect(h.applied).toEqual([]);
  });

  it('refuses a stale edit when the file changes on disk before the editor applies it, and the file stays intact', async () => {
    const sim = editor(PLANNING);
    h = await Harness.start({ applyEdit: sim.apply });
    sim.state.text = h.read(PLANNING);
    await h.open(PLANNING, sim.state.text);
    const changed = longerTitle(sim.state.text);
    expect(changed).not.toBe(sim.state.text);
    sim.state.onDisk = changed;
    const stale = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(PLANNING), direction: 'previous' })) as MovePhaseResult;
    expect(stale.applied).toBe(false);
    expect(stale.message).toMatch(/did not apply the change: the document has changed\. The file is as it was/);
    expect(h.read(PLANNING)).toBe(changed);

    // Asked again, the move is computed on the new text and lands where it should.
    const again = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(PLANNING), direction: 'previous' })) as MovePhaseResult;
    expect(again, again.message).toEqual({ applied: true, phase: 'needs', problems: [] });
    expect(h.read(PLANNING)).toBe(movedBack(changed));
  });

  it('reports when the client does not apply the edit', async () => {
    h = await Harness.start({ applyEdit: () => ({ applied: false, failureReason: 'read-only' }) });
    await h.open(PLANNING);
    const refused = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(PLANNING), direction: 'previous' })) as MovePhaseResult;
    expect(refused.applied).toBe(false);
    expect(refused.message).toMatch(/read-only/);
  });

  it('names the errors and warnings the move added: what the new phase asks for that is missing', async () => {
    const MOVING = 'cases/2025/vgr-2025-017.case.yaml';
    const sim = editor(MOVING);
    h = await Harness.start({ applyEdit: sim.apply });
    sim.state.text = h.read(MOVING);
    await h.open(MOVING, sim.state.text);
    const before = codes(await h.diagnostics(MOVING));
    const result = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(MOVING), direction: 'next', to: 'execution' })) as MovePhaseResult;
    expect(result.applied, result.message).toBe(true);
    expect(result.phase).toBe('execution');
    expect(result.problems!.length).toBeGreaterThan(0);
    expect(result.problems!.every((p) => p.severity === 'error' || p.severity === 'warning')).toBe(true);
    expect(result.problems!.map((p) => p.rule)).toContain('missing-agreement');
    // Each is a finding of the moved text, at its line, that the text before lacked.
    await h.change(MOVING, sim.state.text);
    const after = await h.diagnostics(MOVING, (p) => p.version === h!.version(MOVING));
    for (const p of result.problems!) {
      expect(
        after.diagnostics.some((d) => d.code === p.rule && d.range.start.line === p.line - 1 && d.range.start.character === p.column - 1 && d.message === p.message),
        p.message,
      ).toBe(true);
    }
    const added = codes(after).filter((c) => !before.includes(c));
    expect(added.length).toBeGreaterThan(0);
    for (const rule of added) expect(result.problems!.map((p) => p.rule)).toContain(rule);
  });

  it('refuses a move to another phase than the menu named, and edits nothing', async () => {
    h = await Harness.start();
    await h.open(PLANNING);
    const result = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(PLANNING), direction: 'previous', to: 'execution' })) as MovePhaseResult;
    expect(result.applied).toBe(false);
    expect(result.message).toMatch(/cannot move to Project execution \(execution\) in one step/);
    expect(h.applied).toEqual([]);
  });

  it('moves an open file outside any repository folder, from the document text', async () => {
    h = await Harness.start();
    const outside = path.join(tempFolder('move'), 'loose.case.yaml');
    const text = h.read(PLANNING);
    fs.writeFileSync(outside, text);
    await h.open(outside, text);
    const result = (await h.client.sendRequest('casefile/movePhase', { uri: h.uri(outside), direction: 'previous' })) as MovePhaseResult;
    expect(result).toMatchObject({ applied: true, phase: 'needs' });
    // Checked alone, under the default policy, where an approval by an employee warns in the needs phase.
    expect(result.problems!.map((p) => `${p.rule}:${p.severity}:${p.line}`)).toEqual(['unanchored-request:warning:33']);
    const change = h.applied[0]!.edit.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: h.uri(outside), version: 1 });
    expect(TextDocument.applyEdits(TextDocument.create('x', 'casefile', 1, text), change.edits as TextEdit[])).toBe(movedBack(text));
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
    expect(again.message).toMatch(/already has the id `VGR-2026-031`/);
    expect(h.applied).toHaveLength(1);
    const next = (await h.client.sendRequest('casefile/newCaseProposal', { kind: 'advice' })) as NewCaseProposal;
    expect(next.id).toBe('VGR-2026-032');
  });

  it('refuses an id another folder has, paths and reserved names, in the UI language, without an edit', async () => {
    h = await Harness.start({ init: { locale: 'sv' } });
    const ask = async (id: string) => (await h!.client.sendRequest('casefile/newCase', { kind: 'dialogue', id, title: 'T' })) as NewCaseResult;
    // VGR-2025-017 is in cases/2025; the new file would go into cases/2026.
    const taken = await ask('VGR-2025-017');
    expect(taken).toEqual({ message: expect.stringMatching(/^Ärendet cases\/2025\/vgr-2025-017\.case\.yaml har redan id:t `VGR-2025-017`/) });
    for (const id of ['../x', 'a/b', '..', '.', 'a\\b']) expect((await ask(id)).message, id).toMatch(/går inte att använda som namn på en ärendefil/);
    for (const id of ['CON', 'nul.txt', 'Com1']) expect((await ask(id)).message, id).toMatch(/enhetsnamn som Windows reserverar/);
    expect((await ask('x'.repeat(101))).message).toMatch(/högst 100/);
    expect((await h.client.sendRequest('casefile/newCase', { kind: 'dialogue', id: 42, title: 'T' })) as NewCaseResult).toEqual({ message: expect.stringMatching(/tomt/) });
    expect(h.applied).toEqual([]);
    expect(fs.existsSync(h.path('x'))).toBe(false);
    expect(fs.existsSync(h.path('cases/x.case.yaml'))).toBe(false);
  });

  it('says why when the editor does not create the file, or fails to', async () => {
    let answer: () => { applied: boolean; failureReason?: string } = () => ({ applied: false });
    h = await Harness.start({ applyEdit: () => answer() });
    const ask = async () => (await h!.client.sendRequest('casefile/newCase', { kind: 'dialogue', id: 'VGR-2026-099', title: 'T' })) as NewCaseResult;
    expect(await ask()).toEqual({ message: 'The editor did not create cases/2026/vgr-2026-099.case.yaml. Check that the folder can be written to, and try again.' });
    answer = () => ({ applied: false, failureReason: 'the folder is read-only' });
    expect((await ask()).message).toMatch(/^The editor did not create cases\/2026\/vgr-2026-099\.case\.yaml: the folder is read-only\./);
    answer = () => {
      throw new Error('the client broke down');
    };
    const failed = await ask();
    expect(failed.uri).toBeUndefined();
    expect(failed.message).toMatch(/^The editor did not create cases\/2026\/vgr-2026-099\.case\.yaml: .*the client broke down/);
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
