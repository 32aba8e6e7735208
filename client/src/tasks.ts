// The task `casefile: check`: the bundled CLI on each workspace folder, its findings read into the
// Problems panel by the `$casefile` problem matcher (package.json) from the CLI's `unix` format.
import { spawn, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { uiLocale } from './i18n';

/**
 * How long the terminal stays open after the CLI's last line. VS Code stops feeding a task's problem
 * matcher when its terminal closes, and the terminal may still be rendering the output then
 * (microsoft/vscode#92868): with a process execution the last findings were often missing from
 * Problems. The task's own terminal closes a moment after the output instead.
 */
const SETTLE_MS = 750;

/** The CLI in a pseudoterminal: its output as the terminal shows it, its exit status as the task's. */
class CheckTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private child: ChildProcess | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly args: string[],
    private readonly cwd: string,
  ) {}

  open(): void {
    // The extension host's own Node: VS Code's Electron runs as Node with ELECTRON_RUN_AS_NODE;
    // code-server's host is Node already, where the variable changes nothing.
    const child = spawn(process.execPath, this.args, { cwd: this.cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    this.child = child;
    const show = (chunk: Buffer) => this.written.fire(chunk.toString('utf8').replace(/\r?\n/g, '\r\n'));
    child.stdout?.on('data', show);
    child.stderr?.on('data', show);
    child.on('error', (error) => this.finish(2, String(error)));
    child.on('close', (code) => this.finish(code ?? 2));
  }

  close(): void {
    this.child?.kill();
    if (this.timer) clearTimeout(this.timer);
  }

  private finish(code: number, message?: string): void {
    if (this.timer) return;
    if (message) this.written.fire(`${message}\r\n`);
    this.timer = setTimeout(() => this.closed.fire(code), SETTLE_MS);
  }
}

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
    const args = checkArguments(cli, definition.path, uiLocale());
    const execution = new vscode.CustomExecution(async () => new CheckTerminal(args, folder.uri.fsPath));
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
