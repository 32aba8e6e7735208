// textDocument/codeAction: one quick fix per engine Fix (the suppression among them) for each of
// our diagnostics in the request; "Fix all <rule> problems in this file" where a rule has two or
// more automatic fixes; and `source.fixAll.casefile` (editor.codeActionsOnSave) for all of them.
// Placeholders a fix writes are snippet tab stops where the client takes snippet edits, else the
// first is selected afterwards. A fix that is a command (open a rule's page) is a code action with
// that command and no edit.
import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type SnippetTextEdit, type TextEdit } from 'vscode-languageserver/node';
import { automaticFixes, fixAll, fixesFor, type Fix, type TextEdit as EngineEdit } from '../../engine/editing';
import { applyEdits } from '../../engine/editing/yaml-edit';
import { startsWithBom } from '../../engine/text';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SELECT_RANGE_COMMAND } from '../../shared/protocol';
import { docsUrl, type Finding, type Localized } from '../../engine';
import { isDiagnosticData } from '../diagnostics';
import { say } from '../locale';
import type { Feature, ServerContext } from '../context';
import { editingState, Positions, type EditingState } from './shared';

/** Our kind of fix-all, under the kind VS Code's `editor.codeActionsOnSave` asks for. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.casefile`;

const FIX_ALL = {
  en: 'Fix all automatically fixable Casefile problems',
  sv: 'Åtgärda alla Casefile-problem som kan åtgärdas automatiskt',
} satisfies Localized;
const FIX_ALL_RULE = { en: 'Fix all “{rule}” problems in this file', sv: 'Åtgärda alla ”{rule}”-problem i filen' } satisfies Localized;

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } },
  register: registerCodeActions,
};

function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) =>
    ctx.guard<CodeAction[]>('code actions', [], () => {
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
      // Source actions only when asked for by kind (on save, from the Source Action menu), as ESLint does.
      const wantsFixAll = !!only && wants(FIX_ALL_KIND);
      const ours = wants(CodeActionKind.QuickFix) ? params.context.diagnostics.filter((d) => d.source === 'casefile' && isDiagnosticData(d.data)) : [];
      if (ours.length === 0 && !wantsFixAll) return [];
      const state = editingState(ctx, params.textDocument.uri);
      if (!state) return [];
      const snippets = ctx.clientCapabilities().workspace?.workspaceEdit?.snippetEditSupport === true;
      const actions: CodeAction[] = [];
      for (const diagnostic of ours) {
        const finding = findingOf(state.findings, diagnostic);
        if (!finding) continue;
        for (const fix of fixesFor(state.parsed, finding, state.editing)) actions.push(quickFix(state, fix, diagnostic, snippets));
      }
      if (ours.length > 0) actions.push(...fixAllOfRules(ctx, state, ours));
      if (wantsFixAll) {
        const all = fixAllAction(ctx, state, say(FIX_ALL, ctx.locale()), FIX_ALL_KIND);
        if (all) actions.push(all);
      }
      return actions;
    }),
  );
}

function quickFix(state: EditingState, fix: Fix, diagnostic: Diagnostic, snippets: boolean): CodeAction {
  if (fix.command) return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: ruleDocsCommand(state, fix.title, fix.command.rule) };
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { documentChanges: [{ textDocument: { uri: state.document.uri, version: state.document.version }, edits: lspEdits(state, fix.edits, snippets) }] },
  };
  if (fix.preferred) action.isPreferred = true;
  // With snippet edits the placeholders are tab stops; without, the first is selected afterwards.
  const select = !snippets && fix.select && selection(state, fix);
  if (select) action.command = { title: fix.title, command: SELECT_RANGE_COMMAND, arguments: [state.document.uri, select] };
  return action;
}

/**
 * Opens a rule's page as the hover's link does: a `command:` link (the extension's bundled page,
 * offline) becomes that command with its arguments; a web page (the organisation's `docsUrl`, or
 * the project's) is opened by the editor's `vscode.open`, which takes an http(s) address.
 */
export function ruleDocsCommand(state: EditingState, title: string, rule: string): Command {
  const link = (state.editing.docs ?? docsUrl)(rule);
  const command = /^command:([^?]+)(?:\?(.*))?$/.exec(link);
  if (command) return { title, command: command[1]!, arguments: commandArguments(command[2]) ?? [rule] };
  return { title, command: 'vscode.open', arguments: [link] };
}

function commandArguments(query: string | undefined): unknown[] | undefined {
  if (query === undefined) return undefined;
  try {
    const args: unknown = JSON.parse(decodeURIComponent(query));
    return Array.isArray(args) ? args : [args];
  } catch {
    return undefined;
  }
}

/** Plain edits, and snippet edits (LSP 3.18) for those that hold placeholders when the client takes them. */
function lspEdits(state: EditingState, edits: readonly EngineEdit[], snippets: boolean): (TextEdit | SnippetTextEdit)[] {
  return edits.map((e) => {
    const range = state.positions.range(e.offset, e.endOffset);
    return snippets && e.snippet !== undefined ? { range, snippet: { kind: 'snippet', value: e.snippet } } : { range, newText: e.newText };
  });
}

/** "Fix all <rule> problems in this file" for each rule of the request with two or more automatic fixes. */
function fixAllOfRules(ctx: ServerContext, state: EditingState, diagnostics: Diagnostic[]): CodeAction[] {
  const rules = [...new Set(diagnostics.map((d) => String(d.code ?? '')))];
  const out: CodeAction[] = [];
  for (const rule of rules) {
    if (automaticFixes(state.parsed, state.findings, state.editing, rule).length < 2) continue;
    const action = fixAllAction(ctx, state, say(FIX_ALL_RULE, ctx.locale(), { rule }), CodeActionKind.QuickFix, rule);
    if (!action) continue;
    action.diagnostics = diagnostics.filter((d) => d.code === rule);
    out.push(action);
  }
  return out;
}

function fixAllAction(ctx: ServerContext, state: EditingState, title: string, kind: string, rule?: string): CodeAction | undefined {
  if (state.entry.kind !== 'case') return undefined;
  const { edits } = fixAll({
    file: state.entry.rel,
    parsed: state.parsed,
    findings: state.findings,
    ctx: state.editing,
    options: { ...state.repo.options, locale: ctx.locale() },
    rule,
  });
  if (edits.length === 0) return undefined;
  return { title, kind, edit: { documentChanges: [{ textDocument: { uri: state.document.uri, version: state.document.version }, edits: state.positions.edits(edits) }] } };
}

/**
 * The current finding a diagnostic stands for; none when the document has moved on since. Several
 * findings may share a range (two missing roles on `stakeholders`): the message and data tell them apart.
 */
export function findingOf(findings: readonly Finding[], diagnostic: Pick<Diagnostic, 'message' | 'data'>): Finding | undefined {
  if (!isDiagnosticData(diagnostic.data)) return undefined;
  const { rule, offset, endOffset, data } = diagnostic.data;
  const wanted = canonical(data);
  const candidates = findings.filter((f) => !f.suppressed && f.rule === rule && f.offset === offset && f.endOffset === endOffset && canonical(f.data) === wanted);
  // The message settles what data does not (a client may pass it on reworded: then the data alone decides).
  return candidates.find((f) => f.message === diagnostic.message) ?? candidates[0];
}

/** Data compared by value, whatever order its keys arrived in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return value === undefined ? '' : JSON.stringify(value);
}

/** The range of the fix's placeholder in the document as it will be after the edit (a byte-order mark stays). */
function selection(state: EditingState, fix: Fix) {
  const bom = startsWithBom(state.document.getText()) ? '\ufeff' : '';
  const after = TextDocument.create(state.document.uri, 'casefile', 0, bom + applyEdits(state.parsed.text, fix.edits));
  return new Positions(after).range(fix.select!.offset, fix.select!.endOffset);
}
