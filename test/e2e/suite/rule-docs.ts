// Rule pages offline (client/src/rule-docs.ts): the hover's link runs casefile.showRuleDocs, which
// shows the page bundled in the extension as rendered Markdown.
import * as vscode from 'vscode';
import { test } from './harness';
import { until } from './waits';

test('a rule link opens the bundled page as a Markdown preview', async () => {
  const active = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label;
  await vscode.commands.executeCommand('casefile.showRuleDocs', 'date-order');
  await until(
    () => (active() === 'Preview date-order.md' ? true : undefined),
    (listener) => vscode.window.tabGroups.onDidChangeTabs(listener),
    20_000,
    () => `the preview of date-order.md; the active tab is ${active()}`,
  );
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});
