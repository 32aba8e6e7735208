// What a rule module exports, and what it is given.
import type { ParsedYaml } from '../parse';
import type { CaseData, CaseView } from '../model';
import type { Policy } from '../policy';
import type { Directory } from '../directory';
import type { Localized, RuleMeta, Severity, Span, Target } from '../types';

export interface Report {
  /** Key into the rule's `messages`. */
  messageId: string;
  /** Values for `{name}` placeholders in the message. */
  args?: Record<string, string | number>;
  /** Where it points; the first target that exists in the document wins. A span is for what no path reaches (a comment). */
  at: Target | Target[] | Span;
  /** The rule's own severity for this finding (e.g. by phase); a policy override wins over it. */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface CaseRuleContext {
  data: CaseData;
  view: CaseView;
  parsed: ParsedYaml;
  policy: Policy;
  directory: Directory | undefined;
  /** YYYY-MM-DD */
  today: string;
  report(report: Report): void;
}

/** What one case file contributes to repository-wide rules, with spans precomputed. */
export interface CaseFacts {
  file: string;
  id?: { value: string; span: Span };
  related: { value: string; span: Span }[];
}

export interface RepositoryRuleContext {
  cases: readonly CaseFacts[];
  policy: Policy;
  report(file: string, span: Span, report: Omit<Report, 'at'>): void;
}

export interface Rule {
  meta: RuleMeta;
  messages: Record<string, Localized>;
  /** Per-file check of a parsed, schema-checked case. */
  checkCase?(ctx: CaseRuleContext): void;
  /** Cross-file check over all cases of the repository. */
  checkRepository?(ctx: RepositoryRuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Fills `{name}` placeholders. */
export function format(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}
