// Waiting on the editor's events (never on the clock): each wait checks the current state first,
// then listens, and fails with what it last saw when its time runs out.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'casefile.casefile';

export function until<T>(check: () => T | undefined, subscribe: (listener: () => void) => vscode.Disposable, timeoutMs: number, describe: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const sub = subscribe(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`));
    }, timeoutMs);
  });
}

export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Resolves with the diagnostics of `uri` once `accept` takes them. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  return until(
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    (listener) =>
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === key)) listener();
      }),
    timeoutMs,
    () => `${what} in ${vscode.workspace.asRelativePath(uri)}; it has ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`))}`,
  );
}

/** Resolves with the document once its text passes `accept`. */
export function waitForText(doc: vscode.TextDocument, accept: (text: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
  return until(
    () => (accept(doc.getText()) ? doc.getText() : undefined),
    (listener) =>
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc) listener();
      }),
    timeoutMs,
    () => `${what} in ${vscode.workspace.asRelativePath(doc.uri)}`,
  );
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openCase(relative: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The 0-based line of the first line matching `pattern`. */
export function lineOf(doc: vscode.TextDocument, pattern: RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) if (pattern.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matches ${pattern} in ${vscode.workspace.asRelativePath(doc.uri)}`);
}

/** Resolves with the active editor once `accept` takes it (its document or its cursor). */
export function waitForActiveEditor(accept: (editor: vscode.TextEditor) => boolean, what: string, timeoutMs = 15_000): Promise<vscode.TextEditor> {
  return until(
    () => {
      const editor = vscode.window.activeTextEditor;
      return editor && accept(editor) ? editor : undefined;
    },
    (listener) => {
      const subs = [vscode.window.onDidChangeActiveTextEditor(listener), vscode.window.onDidChangeTextEditorSelection(listener)];
      return { dispose: () => subs.forEach((s) => s.dispose()) };
    },
    timeoutMs,
    () => `${what}; the active editor is ${vscode.window.activeTextEditor ? vscode.workspace.asRelativePath(vscode.window.activeTextEditor.document.uri) : 'none'}`,
  );
}
