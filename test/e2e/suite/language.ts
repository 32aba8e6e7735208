// The language server's features as VS Code shows them, on a copy of samples/.
import * as vscode from 'vscode';
import { assert, assertEqual, test } from './harness';
import { EXTENSION_ID, lineOf, openCase, ruleOf, waitForDiagnostics, waitForText } from './waits';

const NDA_CASE = 'cases/2026/vas-2026-003.case.yaml';
const BILLING_CASE = 'cases/2026/vgr-2026-012.case.yaml';
const DIALOGUE_CASE = 'cases/2026/vgr-2026-030.case.yaml';

/** Labels of the completion items, without VS Code's own words-in-the-document items. */
function serverLabels(list: vscode.CompletionList): string[] {
  return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

test('the extension activates on the samples workspace', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert(ext, `extension ${EXTENSION_ID} is not loaded`);
  await ext.activate();
  assert(ext.isActive, 'extension is not active after activate()');
  const doc = await openCase(DIALOGUE_CASE);
  assertEqual(doc.languageId, 'casefile', 'language of a .case.yaml file');
});

test('a sample finding arrives as a diagnostic with the rule id and source casefile', async () => {
  const doc = await openCase(NDA_CASE);
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'nda-public-staff'), 'nda-public-staff');
  const nda = diagnostics.find((d) => ruleOf(d) === 'nda-public-staff');
  assert(nda, 'no nda-public-staff diagnostic');
  assertEqual(nda.source, 'casefile', 'source');
  // samples/casefile.yaml raises the rule to error; the CLI reports it at 58:11-58:14.
  assertEqual(nda.severity, vscode.DiagnosticSeverity.Error, 'severity (policy override)');
  assertEqual([nda.range.start.line, nda.range.start.character, nda.range.end.character], [57, 10, 13], 'range');
  assert(/NDA/.test(nda.message), `message: ${nda.message}`);
  const legal = diagnostics.find((d) => ruleOf(d) === 'missing-stakeholder');
  assert(legal?.severity === vscode.DiagnosticSeverity.Warning, 'missing-stakeholder warning is there too');
});

test('an untitled case document is checked as a loose file', async () => {
  // Nothing on disk: the server checks the editor's text with the default policy.
  const doc = await vscode.workspace.openTextDocument({
    language: 'casefile',
    content:
      'id: NEW-1\ntitle: Utkast\nkind: dialogue\nphase: needs\nopened: 2026-11-01\nrequester: { organisation: X AB, type: company }\nagreements:\n  - { type: nda, status: draft }\n',
  });
  await vscode.window.showTextDocument(doc);
  assertEqual(doc.uri.scheme, 'untitled', 'scheme');
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'nda-public-staff'), 'nda-public-staff on an untitled document');
  // The default policy applies (samples/casefile.yaml raises the rule to error; here it stays a warning).
  assertEqual(diagnostics.find((d) => ruleOf(d) === 'nda-public-staff')?.severity, vscode.DiagnosticSeverity.Warning, 'default severity');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('completion offers the kinds at a kind value', async () => {
  const doc = await openCase(DIALOGUE_CASE);
  const line = lineOf(doc, /^kind:/);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 'kind: '.length));
  const labels = serverLabels(list);
  for (const kind of ['test-activity', 'co-development', 'innovation-procurement']) {
    assert(labels.includes(kind), `completion lacks ${kind}; got ${JSON.stringify(labels.slice(0, 30))}`);
  }
  // No snippet belongs at a value: none may come from the server or from contributed snippet files.
  const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  assertEqual(snippets, [], 'snippets at a kind value');
});

test('completion offers the agreement snippets at a new agreements item, and inserting one keeps the YAML', async () => {
  const doc = await openCase(DIALOGUE_CASE);
  const original = doc.getText();
  const editor = await vscode.window.showTextDocument(doc);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  assert(await editor.edit((e) => e.insert(end, `${end.character === 0 ? '' : '\n'}agreements:\n  - `)), 'could not add the agreements list');
  const position = doc.lineAt(doc.lineCount - 1).range.end;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
  const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'agreement-assignment');
  assert(item, `no agreement-assignment; got ${JSON.stringify(serverLabels(list).slice(0, 30))}`);
  assertEqual(item.kind, vscode.CompletionItemKind.Snippet, 'kind');
  assert(item.insertText instanceof vscode.SnippetString, 'the item is a snippet');
  const range = item.range instanceof vscode.Range ? item.range : (item.range?.replacing ?? new vscode.Range(position, position));
  // Inserted as the suggest widget does: later lines take the line's indentation.
  assert(await editor.insertSnippet(item.insertText, range), 'the snippet was not inserted');
  const text = await waitForText(doc, (t) => t.includes('  - type: assignment\n'), 'the inserted agreement');
  const tail = text.slice(text.lastIndexOf('agreements:'));
  assert(
    /^agreements:\n  - type: assignment\n    status: draft\n    parties: \["[^"]+", Sårbild AB\]\n    reference: REFERENCE\n    billing: actual-costs\n/.test(tail),
    `inserted: ${tail}`,
  );
  // End the snippet's tabstop session (its choices would complete elsewhere), then put the text back
  // through this document (a revert command acts on whichever editor has focus, which a busy
  // workbench may have moved).
  await vscode.commands.executeCommand('leaveSnippet');
  const restore = new vscode.WorkspaceEdit();
  restore.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
  assert(await vscode.workspace.applyEdit(restore), 'could not restore the case');
  assert(await doc.save(), 'could not save the restored case');
  await waitForText(doc, (t) => t === original, 'the restored file');
});

test('completion offers missing top-level keys on an empty line', async () => {
  const doc = await openCase(DIALOGUE_CASE);
  // A blank line at the end of the document is a key position at the top level.
  const end = doc.lineAt(doc.lineCount - 1);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, end.range.end, end.text === '' ? '' : '\n');
  assert(await vscode.workspace.applyEdit(edit), 'could not add a blank line');
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(doc.lineCount - 1, 0));
  const labels = serverLabels(list);
  // The case has no need, agreements or evaluation yet.
  assert(
    ['need', 'agreements', 'evaluation'].some((key) => labels.some((l) => l === key || l.startsWith(`${key}:`))),
    `no top-level key offered; got ${JSON.stringify(labels.slice(0, 30))}`,
  );
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('a quick fix for billing-model changes the text and the finding goes away', async () => {
  const doc = await openCase(BILLING_CASE);
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'billing-model'), 'billing-model');
  const finding = diagnostics.find((d) => ruleOf(d) === 'billing-model');
  assert(finding, 'no billing-model diagnostic');
  assertEqual(doc.getText(finding.range), 'fixed-price', 'text under the finding');
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
  const titles = actions.map((a) => a.title);
  const fix = actions.find((a) => a.edit && /actual-costs/.test(a.title)) ?? actions.find((a) => a.edit && a.isPreferred);
  assert(fix?.edit, `no quick fix with an edit; got ${JSON.stringify(titles)}`);
  assert(await vscode.workspace.applyEdit(fix.edit), `applying "${fix.title}" failed`);
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  const line = doc.lineAt(finding.range.start.line).text;
  const suppressed = /casefile-disable-next-line billing-model/.test(doc.lineAt(Math.max(0, finding.range.start.line)).text);
  assert(/billing: actual-costs/.test(line) || suppressed, `line after "${fix.title}": ${line}`);
  await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === 'billing-model'), 'billing-model to go away');
});
