// Navigation over the repository through VS Code's own commands: F12 on a related id, a rename across files.
import * as vscode from 'vscode';
import { assert, assertEqual, test } from './harness';
import { lineOf, openCase, waitForActiveEditor, waitForText, workspaceUri } from './waits';

const NEED = 'cases/2025/vgr-2025-011.case.yaml';
const PROPOSAL = 'cases/2025/vgr-2025-017.case.yaml';

function targetOf(location: vscode.Location | vscode.LocationLink | undefined): { uri: vscode.Uri; range: vscode.Range } | undefined {
  if (!location) return undefined;
  return 'targetUri' in location ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange } : { uri: location.uri, range: location.range };
}

test('F12 on a related id opens that case at its id', async () => {
  const doc = await openCase(NEED);
  const line = lineOf(doc, /related: \[VGR-2025-017/);
  const position = new vscode.Position(line, doc.lineAt(line).text.indexOf('VGR-2025-017') + 4);
  const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, position);
  const target = targetOf(locations?.[0]);
  assert(target, `no definition for VGR-2025-017; got ${JSON.stringify(locations)}`);
  assertEqual(vscode.workspace.asRelativePath(target.uri, false), PROPOSAL, 'file of the definition');
  assertEqual((await vscode.workspace.openTextDocument(target.uri)).getText(target.range), 'VGR-2025-017', 'text at the definition');
  // The key itself: the active editor moves to the other case.
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(position, position);
  await vscode.commands.executeCommand('editor.action.revealDefinition');
  await waitForActiveEditor(
    (e) => vscode.workspace.asRelativePath(e.document.uri, false) === PROPOSAL && e.document.lineAt(e.selection.active.line).text === 'id: VGR-2025-017',
    'the cursor on the id line of VGR-2025-017',
  );
});

test('F2 on a case id renames it and every link to it, in one edit, and refuses an existing id', async () => {
  const proposal = await openCase(PROPOSAL);
  const need = await vscode.workspace.openTextDocument(workspaceUri(NEED));
  const before = { need: need.getText(), proposal: proposal.getText() };
  const line = lineOf(proposal, /^id: VGR-2025-017/);
  const position = new vscode.Position(line, 'id: VGR'.length);

  let refused = '';
  try {
    await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', proposal.uri, position, 'VGR-2025-011');
  } catch (error) {
    refused = String((error as Error)?.message ?? error);
  }
  assert(/VGR-2025-011/.test(refused), `a rename to an existing id must be refused with a message naming it; got "${refused}"`);

  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', proposal.uri, position, 'VGR-2025-099');
  const files = edit
    .entries()
    .map(([uri]) => vscode.workspace.asRelativePath(uri, false))
    .sort();
  assertEqual(files, [NEED, PROPOSAL], 'files the rename edits');
  assert(await vscode.workspace.applyEdit(edit), 'the rename edit was not applied');
  await waitForText(need, (t) => t.includes('related: [VGR-2025-099, VGR-2025-018]'), 'the renamed link');
  assert(proposal.getText().includes('\nid: VGR-2025-099\n'), 'the id itself is renamed');
  // Only the scalars changed: same text with the old id.
  assertEqual(need.getText().replaceAll('VGR-2025-099', 'VGR-2025-017'), before.need, 'the linking case apart from the id');

  const back = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', proposal.uri, position, 'VGR-2025-017');
  assert(await vscode.workspace.applyEdit(back), 'the rename back was not applied');
  await waitForText(need, (t) => t === before.need, 'the linking case as it was');
  await waitForText(proposal, (t) => t === before.proposal, 'the renamed case as it was');
  await need.save();
  await proposal.save();
});
