// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues, with the fields
// GitLab documents and nothing else. Suppressed findings are left out.
import type { Finding, Severity } from '../../engine/types';
import { fingerprinted, type Formatter } from '../report';
import { jsonSafe } from './safe-text';

type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Record<Severity, GitlabSeverity> = { error: 'major', warning: 'minor', info: 'info' };
// A personal identity number in a committed file is a leak of personal data (spec section 12), worse
// than any other error; a policy that lowers the rule's severity is still obeyed.
const CRITICAL_RULES = new Set(['personal-identity-number']);

const severity = (f: Finding): GitlabSeverity => (f.severity === 'error' && CRITICAL_RULES.has(f.rule) ? 'critical' : SEVERITY[f.severity]);

/** The report for findings that already carry their file and fingerprint: `check`'s and `review`'s one encoder. */
export function gitlabIssues(findings: ReadonlyArray<Finding & { file: string; fingerprint: string }>): string {
  const issues = findings
    .filter((f) => !f.suppressed)
    .map((f) => ({
      description: f.message,
      check_name: f.rule,
      fingerprint: f.fingerprint,
      severity: severity(f),
      location: { path: f.file, lines: { begin: f.line } },
    }));
  // JSON.stringify escapes C0 controls, jsonSafe the bidi and C1 ones: the raw output is safe to print too.
  return `${jsonSafe(JSON.stringify(issues, null, 2))}\n`;
}

export const gitlab: Formatter = (report) =>
  gitlabIssues(report.files.flatMap((file) => fingerprinted(file).map(({ finding, fingerprint }) => ({ ...finding, file: file.file, fingerprint }))));
