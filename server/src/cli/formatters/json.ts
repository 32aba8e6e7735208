// The spec's JSON shape (section 7), key order included, plus each finding's fingerprint (README,
// "Extensions to the spec"); suppressed findings are left out.
import { fingerprinted, type Formatter } from '../report';
import type { Finding } from '../../engine';
import { jsonSafe } from './safe-text';

/** A finding as spec section 7 prints it, key order included; review adds its case id. */
export function jsonFinding(file: string, f: Finding, fingerprint: string, id?: { id: string | undefined }) {
  return { file, rule: f.rule, severity: f.severity, message: f.message, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, ...id, fingerprint };
}

export const json: Formatter = (report) => {
  const findings = report.files.flatMap((file) =>
    fingerprinted(file)
      .filter(({ finding }) => !finding.suppressed)
      .map(({ finding, fingerprint }) => jsonFinding(file.file, finding, fingerprint)),
  );
  const out = { files: report.files.length, errors: report.errors, warnings: report.warnings, infos: report.infos, findings };
  // JSON.stringify escapes C0 controls, jsonSafe the bidi and C1 ones: the raw output is safe to print too.
  return `${jsonSafe(JSON.stringify(out, null, 2))}\n`;
};
