// The spec's review JSON (section 10), key order included. Extensions, after the spec's keys of an
// item: `said` (the changes in words) on changed cases, `gate` and `days` on phase moves.
import type { CaseRef, Phrase, ReviewFinding, ReviewReport } from '../../engine/review/types';
import { jsonFinding } from '../formatters/json';
import { jsonSafe } from '../formatters/safe-text';
import type { ReviewFormatter } from './types';

/** A phrase as plain text: values as they are, between backticks like the messages quote them. */
export function plainPhrase(phrase: Phrase): string {
  return phrase.map((part) => (typeof part === 'string' ? part : `\`${part.value}\``)).join('');
}

const ref = (c: CaseRef) => ({ id: c.id, title: c.title, phase: c.phase, file: c.file });

const finding = (f: ReviewFinding) => jsonFinding(f.file, f, f.fingerprint, { id: f.id });

export const json: ReviewFormatter = (report: ReviewReport) => {
  const out = {
    base: report.base,
    head: report.head,
    cases: {
      added: report.cases.added.map(ref),
      removed: report.cases.removed.map(ref),
      changed: report.cases.changed.map((c) => ({ id: c.id, title: c.title, file: c.file, changes: c.changes, said: c.said.map(plainPhrase) })),
    },
    phaseMoves: report.phaseMoves.map((m) => ({ id: m.id, title: m.title, file: m.file, from: m.from, to: m.to, gate: m.gate, days: m.days })),
    findings: { new: report.findings.new.map(finding), fixed: report.findings.fixed.map(finding), unchanged: report.findings.unchanged },
    errors: report.errors,
    warnings: report.warnings,
    newErrors: report.newErrors,
    fixedErrors: report.fixedErrors,
    // Extension: casefile.yaml / directory.yaml added, edited or removed by the change.
    settingsChanged: report.settingsChanged,
  };
  // JSON.stringify leaves out undefined (an id-less case's id); jsonSafe escapes what a terminal would act on.
  return `${jsonSafe(JSON.stringify(out, null, 2))}\n`;
};
