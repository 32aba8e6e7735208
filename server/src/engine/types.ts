// Shared types of the engine. No LSP or VS Code imports anywhere under engine/.
import type { FixId } from './fix-ids';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'en' | 'sv';

/** Text in every language the product speaks. */
export interface Localized {
  en: string;
  sv: string;
}

/** A place in a file: UTF-16 offsets plus 1-based lines and columns (end exclusive). */
export interface Span {
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Suppression {
  reason: string;
  /** 1-based line of the disable comment. */
  line: number;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  /** Machine-readable facts for quick fixes (e.g. the missing role). */
  data?: Record<string, unknown>;
  /** Set when a disable comment accepted this finding; it then counts for nothing. */
  suppressed?: Suppression;
  /** The YAML path of the node it points at (`agreements[0].status`), part of its identity (identity.ts). */
  yamlPath?: string;
  /** The message id and the arguments that tell findings of one rule apart; no line numbers. */
  messageKey?: string;
}

/** A path into the YAML document: mapping keys and sequence indexes. */
export type Path = readonly (string | number)[];

/**
 * Where a finding points. `key` is the key of the mapping entry at `path`,
 * `value` its value. A list of targets is tried in order; the first that exists wins.
 */
export interface Target {
  path: Path;
  part: 'key' | 'value';
}

export type CaseFileKind = 'case' | 'policy' | 'directory';

export interface SourceRef {
  /** Seed number in shared/seeds, e.g. "000". */
  seed: string;
  /** Who says it, e.g. "Innovationsplattformen VGR". */
  title: string;
  /** The short Swedish phrase the rule rests on. */
  quote?: string;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule checks. */
  description: Localized;
  /** Why it matters, citing its source by what it says. */
  rationale: Localized;
  sources: SourceRef[];
  /** True for the process rules that do not apply to closed cases. */
  processRule?: boolean;
  /** Quick fixes the editor offers for this rule's findings. */
  fixes?: FixId[];
}
