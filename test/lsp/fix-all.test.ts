// Fix all (source.fixAll.casefile and per rule) and placeholders as snippet tab stops, over the protocol.
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver/node';
import { Harness } from './harness';

const REL = 'cases/x.case.yaml';
const CASE = `version: 1
id: T-2026-001
title: Test
kind: test-activity
phase: needs
opened: 2026-09-01
requester: { organisation: Acme AB, type: company }
agreements:
  # the first assignment
  - type: assignment
    status: draft
    billing: fixed-price # their offer
  - type: nda # the company asked
    status: draft
  - { type: assignment, status: draft, billing: other }
`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

async function start(text: string, workspaceEdit?: Record<string, unknown>) {
  h = await Harness.start({ from: null, files: { '.git/HEAD': '' }, workspaceEdit });
  await h.open(REL, text);
  return (await h.diagnostics(REL, (p) => p.version === 1)).diagnostics;
}

function actionsFor(context: { diagnostics: Diagnostic[]; only?: string[] }, range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }) {
  return h!.client.sendRequest('textDocument/codeAction', { textDocument: { uri: h!.uri(REL) }, range, context }) as Promise<CodeAction[]>;
}

function applied(text: string, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  expect(change.textDocument).toEqual({ uri: h!.uri(REL), version: 1 });
  return TextDocument.applyEdits(TextDocument.create(h!.uri(REL), 'casefile', 1, text), change.edits as { range: TextDocumentEdit['edits'][0]['range']; newText: string }[]);
}

const FIXED = CASE.replace('billing: fixed-price # their offer', 'billing: actual-costs # their offer')
  .replace('type: nda # the company asked', 'type: confidentiality # the company asked')
  .replace('billing: other }', 'billing: actual-costs }');

describe('fix all', () => {
  it('advertises source.fixAll.casefile beside quick fixes', async () => {
    await start(CASE);
    expect(h!.initialized?.capabilities.codeActionProvider).toEqual({ codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.casefile'] });
  });

  it('source.fixAll applies every automatic fix in one edit, keeping comments, and leaves the rest', async () => {
    const diagnostics = await start(CASE);
    expect(diagnostics.filter((d) => d.code === 'billing-model' || d.code === 'nda-public-staff')).toHaveLength(3);
    for (const only of [['source.fixAll'], ['source.fixAll.casefile'], ['source']]) {
      const actions = await actionsFor({ diagnostics: [], only });
      expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.casefile']);
      expect(actions[0]!.title).toBe('Fix all automatically fixable Casefile problems');
      expect(applied(CASE, actions[0]!)).toBe(FIXED);
    }
    // Quick fixes only: no source action; nothing asked of another kind.
    expect(await actionsFor({ diagnostics: [], only: ['quickfix'] })).toEqual([]);
    expect(await actionsFor({ diagnostics: [] })).toEqual([]);
    await h!.change(REL, FIXED);
    const after = await h!.diagnostics(REL, (p) => p.version === 2);
    expect(after.diagnostics.filter((d) => d.code === 'billing-model' || d.code === 'nda-public-staff')).toEqual([]);
    expect(await actionsFor({ diagnostics: [], only: ['source.fixAll'] })).toEqual([]);
  });

  it('offers “Fix all <rule> problems” only for a rule with two or more automatic fixes', async () => {
    const diagnostics = await start(CASE);
    const billing = diagnostics.find((d) => d.code === 'billing-model')!;
    const nda = diagnostics.find((d) => d.code === 'nda-public-staff')!;
    const forBilling = await actionsFor({ diagnostics: [billing] }, billing.range);
    const all = forBilling.filter((a) => a.title === 'Fix all “billing-model” problems in this file');
    expect(all).toHaveLength(1);
    expect(all[0]!.kind).toBe(CodeActionKind.QuickFix);
    expect(all[0]!.diagnostics).toEqual([billing]);
    expect(applied(CASE, all[0]!)).toBe(
      CASE.replace('billing: fixed-price # their offer', 'billing: actual-costs # their offer').replace('billing: other }', 'billing: actual-costs }'),
    );
    const forNda = await actionsFor({ diagnostics: [nda] }, nda.range);
    expect(forNda.some((a) => a.title.startsWith('Fix all'))).toBe(false);
  });
});

describe('placeholders in fixes', () => {
  const NEEDS_LEGAL = CASE.replace('phase: needs', 'phase: execution');

  it('are snippet tab stops when the client takes snippet edits, with no selection command', async () => {
    const diagnostics = await start(NEEDS_LEGAL, { snippetEditSupport: true });
    const missing = diagnostics.find((d) => d.code === 'missing-stakeholder')!;
    expect(missing).toBeDefined();
    const actions = await actionsFor({ diagnostics: [missing] }, missing.range);
    const add = actions.find((a) => a.isPreferred)!;
    const edits = (add.edit!.documentChanges![0] as TextDocumentEdit).edits as unknown[];
    expect(edits).toHaveLength(1);
    const edit = edits[0] as { snippet?: { kind: string; value: string }; newText?: string };
    expect(edit.newText).toBeUndefined();
    expect(edit.snippet?.kind).toBe('snippet');
    expect(edit.snippet?.value).toMatch(/name: \$\{1:NAME\}\$0/);
    expect(add.command).toBeUndefined();
    const suppress = actions.find((a) => /casefile-disable-next-line/.test(JSON.stringify(a.edit)))!;
    expect(JSON.stringify(suppress.edit)).toContain('-- ${1:REASON}$0');
    // An automatic fix has no placeholder: a plain edit still.
    const billing = diagnostics.find((d) => d.code === 'billing-model')!;
    const set = (await actionsFor({ diagnostics: [billing] }, billing.range)).find((a) => a.isPreferred)!;
    expect(((set.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as { newText?: string }).newText).toBe('actual-costs');
  });

  it('are plain text selected afterwards when the client does not take snippet edits', async () => {
    const diagnostics = await start(NEEDS_LEGAL);
    const missing = diagnostics.find((d) => d.code === 'missing-stakeholder')!;
    const add = (await actionsFor({ diagnostics: [missing] }, missing.range)).find((a) => a.isPreferred)!;
    const edit = (add.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as { newText?: string; snippet?: unknown };
    expect(edit.snippet).toBeUndefined();
    expect(edit.newText).toContain('name: NAME');
    expect(add.command?.command).toBe('casefile.selectRange');
    const lines = applied(NEEDS_LEGAL, add).split('\n');
    const range = (add.command!.arguments as [string, { start: { line: number; character: number }; end: { character: number } }])[1];
    expect(lines[range.start.line]!.slice(range.start.character, range.end.character)).toBe('NAME');
  });
});
