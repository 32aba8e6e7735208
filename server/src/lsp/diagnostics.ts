// Finding → LSP Diagnostic. Suppressed findings are not shown.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { docsUrl, type CaseFileKind, type DocsLink, type Finding, type Severity } from '../engine';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a code action needs to find the finding again: the rule and its offsets. */
export interface DiagnosticData {
  rule: string;
  offset: number;
  endOffset: number;
  data?: Record<string, unknown>;
}

export interface DiagnosticOptions {
  yamlExtensionActive: boolean;
  /** The document starts with a byte-order mark, which the engine's columns do not count. */
  bom?: boolean;
  /** Rule id → the link of its page; the project's web pages when not given. */
  docs?: DocsLink;
}

export function toDiagnostics(findings: readonly Finding[], kind: CaseFileKind, options: DiagnosticOptions): Diagnostic[] {
  // Red Hat YAML already reports syntax errors in the settings files (case files have their own language).
  const hideSyntax = options.yamlExtensionActive && kind !== 'case';
  return findings.filter((f) => !f.suppressed && !(hideSyntax && f.rule === 'yaml-syntax')).map((f) => toDiagnostic(f, options.bom, options.docs));
}

export function toDiagnostic(f: Finding, bom = false, docs: DocsLink = docsUrl): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, offset: f.offset, endOffset: f.endOffset };
  if (f.data) data.data = f.data;
  const position = (line: number, column: number) => ({ line: Math.max(0, line - 1), character: Math.max(0, column - 1) + (bom && line <= 1 ? 1 : 0) });
  return {
    range: { start: position(f.line, f.column), end: position(f.endLine, f.endColumn) },
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: docs(f.rule) },
    source: 'casefile',
    message: f.message,
    data,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  const d = value as DiagnosticData | undefined;
  return !!d && typeof d.rule === 'string' && typeof d.offset === 'number' && typeof d.endOffset === 'number';
}
