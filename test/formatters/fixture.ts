// Hand-built reports for the formatter tests; no engine registry, so rule edits elsewhere cannot break them.
import type { Finding, RuleMeta, Severity } from '../../server/src/engine/types';
import { tally, type CheckReport, type FileReport } from '../../server/src/cli/report';

export const DOCS = (rule: string) => `https://github.com/casefile/casefile/blob/main/docs/rules/${rule}.md`;

function meta(id: string, defaultSeverity: Severity, description: string, rationale: string, processRule = false): RuleMeta {
  return {
    id,
    defaultSeverity,
    description: { en: description, sv: `${description} (sv)` },
    rationale: { en: rationale, sv: `${rationale} (sv)` },
    sources: [{ seed: '004', title: 'Västerås Science Park' }],
    ...(processRule ? { processRule } : {}),
  };
}

export const RULE_METAS: RuleMeta[] = [
  meta('schema', 'error', 'A field breaks the case format.', 'Typos and wrong types must be caught before review.'),
  meta('missing-stakeholder', 'warning', 'A role the case requires is missing.', 'Every case needs its owner and the roles its content calls for.', true),
  meta('stale-case', 'info', 'The case has not moved for a long time.', 'Forgotten cases block the portfolio.', true),
  meta('nda-public-staff', 'warning', 'An NDA signed by public employees is generally not binding.', 'OSL protects public employees’ freedom of expression.'),
];

/** A finding within one line, `length` characters long (endColumn is exclusive). */
export function finding(rule: string, severity: Severity, message: string, line: number, column: number, length = 4, extra: Partial<Finding> = {}): Finding {
  const offset = (line - 1) * 40 + column - 1;
  return { rule, severity, message, offset, endOffset: offset + length, line, column, endLine: line, endColumn: column + length, ...extra };
}

/** The message that every escaping scheme has to survive. */
export const NASTY = 'Value `a|b` is 100% <wrong> & "odd", see: x\r\nsecond line\u0001 end.';

export const CLEAN = 'cases/clean.case.yaml';
export const MIXED = 'cases/2026/vård test.case.yaml';
export const SUPPRESSED = 'cases/suppressed.case.yaml';

/** Builds a report; the counts are derived from the findings as the CLI does. Deep-frozen so a mutating formatter throws. */
export function buildReport(files: FileReport[], extra: Partial<CheckReport> = {}): CheckReport {
  const report: CheckReport = {
    files,
    ...tally(files),
    tool: { name: 'casefile', version: '0.1.0' },
    rules: RULE_METAS,
    docs: DOCS,
    ...extra,
  };
  return deepFreeze(report);
}

/** Clean file, a file with error + warning + info (nasty path and message), a file with only a suppressed finding. */
export function fixtureReport(extra: Partial<CheckReport> = {}): CheckReport {
  return buildReport(
    [
      { file: CLEAN, findings: [] },
      {
        file: MIXED,
        findings: [
          finding('schema', 'error', NASTY, 3, 5),
          finding('missing-stakeholder', 'warning', 'Add a stakeholder with role `legal`.', 12, 1, 12, { data: { role: 'legal' } }),
          // A range over two lines, as the engine gives for a multi-line value.
          { ...finding('stale-case', 'info', 'The case has not changed since 2025-01-02.', 120, 8, 6), endLine: 121, endColumn: 3 },
        ],
      },
      {
        file: SUPPRESSED,
        findings: [
          finding('nda-public-staff', 'warning', 'An NDA with public employees is not binding.', 7, 11, 3, {
            suppressed: { reason: 'legal approved it, 2026-03-02 <ok> & done', line: 6 },
          }),
        ],
      },
    ],
    extra,
  );
}

export const emptyReport = (extra: Partial<CheckReport> = {}) => buildReport([], extra);

/** Everything a formatter could observe, minus the docs function, for before/after comparison. */
export const snapshot = (report: CheckReport) => JSON.stringify(report);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
