// Builders for the process-rule tests: CLEAN_CASE (lines 1–15) with its phase, kind and extra sections.
import { CLEAN_CASE } from '../helpers';

export function caseWith(opts: { phase?: string; kind?: string; extra?: string; stakeholders?: string[] } = {}): string {
  let yaml = CLEAN_CASE.replace('phase: needs', `phase: ${opts.phase ?? 'needs'}`).replace('kind: dialogue', `kind: ${opts.kind ?? 'dialogue'}`);
  if (opts.stakeholders) {
    const items = opts.stakeholders.map((role) => `  - role: ${role}\n    name: Person ${role}\n`).join('');
    yaml = yaml.replace('stakeholders:\n  - role: innovation-officer\n    name: Maria Holm\n', `stakeholders:\n  - role: innovation-officer\n    name: Maria Holm\n${items}`);
  }
  return yaml + (opts.extra ?? '');
}

/** Sections that meet every phase gate. */
export const GATES = `need:\n  statement: Patienter väntar för länge\n  verified: true\nevaluation:\n  benefit: 4\n  feasibility: 3\noutcome:\n  result: implemented\n  date: 2026-11-10\n  lessons: Förankra tidigt.\n`;
