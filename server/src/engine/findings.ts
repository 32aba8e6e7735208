// Turning a rule's report into a finding: the message in the reader's language, the severity
// after the policy's override (undefined when the policy turns the rule off).
import { format } from './rules/api';
import { RULES_BY_ID } from './rules';
import type { Policy } from './policy';
import type { Finding, Locale, Severity, Span } from './types';

export function severityFor(rule: string, policy: Policy, own?: Severity): Severity | undefined {
  const setting = policy.rules[rule];
  if (setting === 'off') return undefined;
  return setting ?? own ?? RULES_BY_ID.get(rule)?.meta.defaultSeverity ?? 'error';
}

export function makeFinding(
  rule: string,
  messageId: string,
  span: Span,
  opts: { locale: Locale; policy: Policy; args?: Record<string, string | number>; severity?: Severity; data?: Record<string, unknown> },
): Finding | undefined {
  const severity = severityFor(rule, opts.policy, opts.severity);
  if (!severity) return undefined;
  const template = RULES_BY_ID.get(rule)?.messages[messageId];
  const message = template ? format(template[opts.locale], opts.args && clipArgs(opts.args)) : `${rule}: ${messageId}`;
  const finding: Finding = { rule, severity, message, ...span, messageKey: messageKey(messageId, opts.args && clipArgs(opts.args)) };
  if (opts.data) finding.data = opts.data;
  return finding;
}

// What a finding is about (its rule, node and subject: a role, an agreement type, a unit, a key), not
// how it stands today: positions, parser wording, sizes, days and dates, sums, statuses, the wrong
// value itself, what is still missing, suggestions and the other files of a duplicate are left out,
// and so are the message variants that only add a suggestion or a count (`-suggest`, `-many`). So a
// stale case logged again, a file still too large, or a gate still unmet is the same finding.
const VOLATILE_ARGS = new Set([
  'detail',
  'line',
  'column',
  'size',
  'days',
  // route-trl-fit: the same misfit at another level is the same finding.
  'trl',
  'last',
  'limit',
  'date',
  'opened',
  'sum',
  'sumSv',
  'status',
  'billing',
  'value',
  'missing',
  'missing_sv',
  'parts',
  'suggestion',
  'files',
  'more',
  'allowed',
]);

function messageKey(messageId: string, args: Record<string, string | number> | undefined): string {
  const id = messageId.replace(/-(suggest|many)$/, '');
  if (!args) return id;
  const stable = Object.keys(args)
    .filter((k) => !VOLATILE_ARGS.has(k))
    .sort()
    .map((k) => `${k}=${args[k]}`);
  return [id, ...stable].join('\u0000');
}

/** A value echoed in a message is cut beyond this: a 900,000-character unit need not be printed back whole. */
export const MAX_ECHO = 500;

function clipArgs(args: Record<string, string | number>): Record<string, string | number> {
  let clipped: Record<string, string | number> | undefined;
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === 'string' && value.length > MAX_ECHO) (clipped ??= { ...args })[key] = `${value.slice(0, 200)}…`;
  }
  return clipped ?? args;
}

/** Gravest first: the order findings sort in, and which side of a changed severity review tells. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || a.rule.localeCompare(b.rule) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Accepted by a disable comment: counted apart, never as errors or warnings. */
  suppressed: number;
}

/** The one tally of findings, for the CLI's report, the editor's index and its status. */
export function countFindings(findings: Iterable<Pick<Finding, 'severity'> & { suppressed?: unknown }>): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
