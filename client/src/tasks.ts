// The task `casefile: check`: the bundled CLI on each workspace folder, its findings read into the
// Problems panel by the `$casefile` problem matcher (package.json) from the CLI's `unix` format.
import * as vscode from 'vscode';
import { uiLocale } from './i18n';

export const TASK_TYPE = 'casefile';
/** The task's name; VS Code labels it `casefile: check` (source: name), as the walkthrough runs it. */
export const TASK_NAME = 'check';
export const PROBLEM_MATCHER = '$casefile';

/** What a tasks.json entry of type `casefile` may say. */
export interface CasefileTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  /** A file or folder to check, relative to the workspace folder (default: the whole folder). */
  path?: string;
}

/** The command line of a check: one finding a line (`unix`), in the language of Casefile's texts. */
export function checkArguments(cli: string, path: string | undefined, locale: string): string[] {
  return [cli, 'check', path?.trim() || '.', '--format', 'unix', '--lang', locale];
}

export function registerTasks(context: vscode.ExtensionContext): vscode.Disposable {
  const cli = context.asAbsolutePath('bin/casefile.js');
  const build = (definition: CasefileTaskDefinition, folder: vscode.WorkspaceFolder): vscode.Task => {
    // The extension host's own Node: VS Code's Electron runs as Node with ELECTRON_RUN_AS_NODE;
    // code-server's host is Node already, where the variable changes nothing.
    const execution = new vscode.ProcessExecution(process.execPath, checkArguments(cli, definition.path, uiLocale()), {
      cwd: folder.uri.fsPath,
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
    const task = new vscode.Task(definition, folder, TASK_NAME, TASK_TYPE, execution, [PROBLEM_MATCHER]);
    task.detail = definition.path ? `casefile check ${definition.path}` : 'casefile check';
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
    return task;
  };
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    // The CLI reads the disk: a virtual folder has nothing it can check.
    provideTasks: () => (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((folder) => build({ type: TASK_TYPE }, folder)),
    resolveTask: (task) => {
      const folder = task.scope;
      if (typeof folder !== 'object' || folder.uri.scheme !== 'file') return undefined;
      return build(task.definition as CasefileTaskDefinition, folder);
    },
  });
}
