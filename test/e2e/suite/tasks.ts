// The task `casefile: check` (client/src/tasks.ts): the bundled CLI on the workspace folder, its
// findings read by the `$casefile` problem matcher into Problems beside the language server's own.
import * as vscode from 'vscode';
import { assert, assertEqual, test } from './harness';
import { ruleOf, waitForDiagnostics, workspaceUri } from './waits';

const NDA_CASE = 'cases/2026/vas-2026-003.case.yaml';

test('the task casefile: check runs the CLI and its findings land in Problems', async () => {
  const tasks = await vscode.tasks.fetchTasks({ type: 'casefile' });
  const task = tasks.find((t) => `${t.source}: ${t.name}` === 'casefile: check');
  assert(task, `no task "casefile: check" among ${JSON.stringify(tasks.map((t) => `${t.source}: ${t.name}`))}`);
  const ended = new Promise<number | undefined>((resolve) => {
    const listener = vscode.tasks.onDidEndTaskProcess((e) => {
      if (e.execution.task.definition.type !== 'casefile') return;
      listener.dispose();
      resolve(e.exitCode);
    });
  });
  await vscode.tasks.executeTask(task);
  // The samples have errors: the CLI exits 1.
  assertEqual(await ended, 1, 'exit code of casefile check');
  // The matcher's problem has no end column: it starts where the server's diagnostic starts.
  const diagnostics = await waitForDiagnostics(
    workspaceUri(NDA_CASE),
    (ds) => ds.filter((d) => ruleOf(d) === 'nda-public-staff').length === 2,
    'nda-public-staff from the server and from the task',
    60_000,
  );
  const both = diagnostics.filter((d) => ruleOf(d) === 'nda-public-staff');
  for (const d of both) {
    assertEqual(d.source, 'casefile', 'source');
    assertEqual(d.severity, vscode.DiagnosticSeverity.Error, 'severity');
    assertEqual([d.range.start.line, d.range.start.character], [57, 10], 'start');
  }
  assertEqual(both[0]!.message, both[1]!.message, 'the same message');
}, 120_000);
