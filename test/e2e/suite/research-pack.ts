// The research pack in a real editor: its findings as diagnostics, the consent quick fix as an edit,
// and device-investigation's action, which opens the rule's page instead of editing the case.
import * as vscode from 'vscode';
import { assert, assertEqual, test } from './harness';
import { lineOf, openCase, ruleOf, until, waitForDiagnostics } from './waits';

const DEVICE_CASE = 'cases/2025/vgr-2025-017.case.yaml';

/** Deletes the lines [from, to] of the document (not saved; the test reverts). */
async function deleteLines(doc: vscode.TextDocument, from: number, to: number): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.delete(doc.uri, new vscode.Range(from, 0, to + 1, 0));
  assert(await vscode.workspace.applyEdit(edit), 'could not delete lines');
}

async function actionsAt(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
}

test('third-country-data is shown at the third_country value of the sample', async () => {
  const doc = await openCase('cases/2026/vgr-2026-012.case.yaml');
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'third-country-data'), 'third-country-data');
  const finding = diagnostics.find((d) => ruleOf(d) === 'third-country-data')!;
  assertEqual(doc.getText(finding.range), 'true', 'text under the finding');
  assertEqual(finding.severity, vscode.DiagnosticSeverity.Error, 'severity');
});

test('without its consent block the sample gets participant-consent, and the quick fix adds one back', async () => {
  const doc = await openCase(DEVICE_CASE);
  const start = lineOf(doc, /^consent:/);
  const end = lineOf(doc, /^ {2}form:/);
  await deleteLines(doc, start, end);
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'participant-consent'), 'participant-consent');
  const finding = diagnostics.find((d) => ruleOf(d) === 'participant-consent')!;
  assertEqual(doc.getText(finding.range), 'patients', 'text under the finding');
  const actions = await actionsAt(doc, finding.range);
  const fix = actions.find((a) => a.title === 'Add a consent procedure');
  assert(fix?.edit, `no consent fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
  assert(await vscode.workspace.applyEdit(fix.edit), 'applying the consent fix failed');
  assert(/\nconsent:\n {2}procedure: PROCEDURE\n {2}form: FORM\n/.test(doc.getText()), `after the fix:\n${doc.getText().slice(0, 1500)}`);
  await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === 'participant-consent'), 'participant-consent to go away');
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('device-investigation offers the rule’s page, not an edit, and the page opens', async () => {
  const doc = await openCase(DEVICE_CASE);
  const ce = lineOf(doc, /^ {2}ce_marked: true/);
  await deleteLines(doc, ce, ce);
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'device-investigation'), 'device-investigation');
  const finding = diagnostics.find((d) => ruleOf(d) === 'device-investigation')!;
  assertEqual(doc.getText(finding.range), 'yes', 'text under the finding');
  const actions = await actionsAt(doc, finding.range);
  const open = actions.find((a) => a.title === 'Open the rule’s page: device-investigation' || a.title === "Open the rule's page: device-investigation");
  assert(open?.command && !open.edit, `no page action without an edit; got ${JSON.stringify(actions.map((a) => a.title))}`);
  const active = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label;
  await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
  await until(
    () => (active() === 'Preview device-investigation.md' ? true : undefined),
    (listener) => vscode.window.tabGroups.onDidChangeTabs(listener),
    20_000,
    () => `the preview of device-investigation.md; the active tab is ${active()}`,
  );
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
});
