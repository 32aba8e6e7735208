// Test helpers: check YAML text as the engine would, with optional policy and directory.
import { checkText, finishRepository, loadSettings, type FileResult } from '../server/src/engine';
import type { Finding, Locale } from '../server/src/engine';

export interface CaseInput {
  /** The case's YAML; a leading indentation common to all lines is removed. */
  yaml: string;
  policy?: string;
  directory?: string;
  today?: string;
  locale?: Locale;
  /** Other case files of the repository, for cross-file rules. */
  others?: Record<string, string>;
}

export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function checkRepo(input: CaseInput): FileResult[] {
  const base = { today: input.today ?? '2026-11-23', locale: input.locale ?? 'en' };
  const settings = loadSettings(
    {
      policy: input.policy !== undefined ? { file: 'casefile.yaml', content: dedent(input.policy) } : undefined,
      directory: input.directory !== undefined ? { file: 'directory.yaml', content: dedent(input.directory) } : undefined,
    },
    base,
  );
  const options = { ...base, policy: settings.policy, directory: settings.directory };
  const results = [
    ...settings.files,
    checkText('cases/a.case.yaml', dedent(input.yaml), 'case', options),
    ...Object.entries(input.others ?? {}).map(([file, yaml]) => checkText(file, dedent(yaml), 'case', options)),
  ];
  return finishRepository(results, options);
}

/** Findings of the case under test (cases/a.case.yaml), unsuppressed. */
export function findings(input: CaseInput | string): Finding[] {
  const i = typeof input === 'string' ? { yaml: input } : input;
  return checkRepo(i)
    .find((r) => r.file === 'cases/a.case.yaml')!
    .findings.filter((f) => !f.suppressed);
}

/** Findings of one rule, as compact tuples easy to assert on: [severity, line:col-endLine:endCol, message]. */
export function ruleFindings(rule: string, input: CaseInput | string): { severity: string; range: string; message: string; data?: Record<string, unknown> }[] {
  return findings(input)
    .filter((f) => f.rule === rule)
    .map((f) => ({ severity: f.severity, range: `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, message: f.message, ...(f.data ? { data: f.data } : {}) }));
}

/** The texts under one rule's findings in the case under test (what the range shows). */
export function ruleTexts(rule: string, input: CaseInput | string): string[] {
  return findings(input)
    .filter((f) => f.rule === rule)
    .map((f) => rangeText(input, f));
}

/** The text a finding's range covers in the case under test. */
export function rangeText(input: CaseInput | string, f: { offset: number; endOffset: number }): string {
  const yaml = typeof input === 'string' ? input : input.yaml;
  return dedent(yaml).slice(f.offset, f.endOffset);
}

/** A clean, complete case in the given phase; tests vary it. */
export const CLEAN_CASE = `
version: 1
id: VGR-2026-001
title: Digital egenvård vid artros
kind: dialogue
phase: needs
opened: 2026-09-01
requester:
  organisation: Artrosappen AB
  type: company
stakeholders:
  - role: innovation-officer
    name: Maria Holm
log:
  - date: 2026-11-01
    event: Första möte
`;
