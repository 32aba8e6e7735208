// What a rule module exports, and what it is given.
import type { ParsedYaml } from '../parse';
import type { CaseData, CaseView } from '../model';
import type { Policy } from '../policy';
import type { Directory } from '../directory';
import type { Localized, RuleMeta, Severity, Span, Target } from '../types';

/** `M` is the union of the rule's message ids, so a report can only name a message the rule has. */
export interface Report<M extends string = string> {
  /** Key into the rule's `messages`. */
  messageId: M;
  /** Values for `{name}` placeholders in the message. */
  args?: Record<string, string | number>;
  /** Where it points; the first target that exists in the document wins. A span is for what no path reaches (a comment). */
  at: Target | Target[] | Span;
  /** The rule's own severity for this finding (e.g. by phase); a policy override wins over it. */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface CaseRuleContext<M extends string = string> {
  data: CaseData;
  view: CaseView;
  parsed: ParsedYaml;
  policy: Policy;
  directory: Directory | undefined;
  /** YYYY-MM-DD */
  today: string;
  report(report: Report<M>): void;
}

/** A span in a case file with the YAML path of its node, which a finding made from it keeps (identity.ts). */
export type FactSpan = Span & { yamlPath: string };

/** What one case file contributes to repository-wide rules, with spans precomputed. */
export interface CaseFacts {
  file: string;
  id?: { value: string; span: FactSpan };
  related: { value: string; span: FactSpan }[];
  /**
   * People the case names (anchoring[].by, need.verified_by, stakeholders[].name), each once: which
   * closed files navigation reads for a directory person (values only: spans for 10,000 cases cost
   * tens of MB; the few files that name the person are parsed when asked).
   */
  people?: string[];
  /** Units the case names (directed_at, anchoring and stakeholders `unit`), each once. */
  units?: string[];
}

export interface RepositoryRuleContext<M extends string = string> {
  cases: readonly CaseFacts[];
  policy: Policy;
  report(file: string, span: FactSpan, report: Omit<Report<M>, 'at'>): void;
}

/** A rule with message ids `M`; the registry holds them as `Rule` (any message id). */
export interface Rule<M extends string = string> {
  meta: RuleMeta;
  messages: Readonly<Record<M, Localized>>;
  /** Per-file check of a parsed, schema-checked case. */
  checkCase?(ctx: CaseRuleContext<M>): void;
  /** Cross-file check over all cases of the repository. */
  checkRepository?(ctx: RepositoryRuleContext<M>): void;
}

/** `M` is inferred from `messages`; the check functions then report with those ids only. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Fills `{name}` placeholders. */
export function format(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}
