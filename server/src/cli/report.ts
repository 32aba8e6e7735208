// What formatters are given: a pure description of one check run.
import type { Finding, RuleMeta } from '../engine';

export interface FileReport {
  /** Relative to the working directory, with `/` separators. */
  file: string;
  /** Sorted by position. Suppressed findings carry `suppressed` and count for nothing. */
  findings: Finding[];
}

export interface CheckReport {
  files: FileReport[];
  errors: number;
  warnings: number;
  infos: number;
  /** Findings accepted by a disable comment. */
  suppressed: number;
  tool: { name: string; version: string };
  /** Metadata of every rule, for SARIF's rule table. */
  rules: RuleMeta[];
  /** Rule id → URL of its documentation. */
  docs: (rule: string) => string;
  /** --max-warnings, if given. */
  maxWarnings?: number;
}

export interface FormatOptions {
  /** Colour escapes (stylish only); true only on a TTY without --no-color / NO_COLOR. */
  color: boolean;
  locale: 'en' | 'sv';
}

export type Formatter = (report: CheckReport, options: FormatOptions) => string;

/** Unsuppressed findings of a file. */
export function active(file: FileReport): Finding[] {
  return file.findings.filter((f) => !f.suppressed);
}
