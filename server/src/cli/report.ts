// What formatters are given: a pure description of one check run.
import { countFindings } from '../engine/findings';
import { caseKey, fingerprintsOf } from '../engine/identity';
import type { Finding, RuleMeta } from '../engine';

export interface FileReport {
  /** Relative to the working directory, with `/` separators. */
  file: string;
  /** Relative to the repository root: a case without id is known by it, wherever the command runs. */
  rel?: string;
  /** The case id, where the file has one: with the file, what a finding's fingerprint names its case by. */
  id?: string;
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

/**
 * Every finding of a file with its fingerprint (engine/identity.ts). Suppressed findings are
 * fingerprinted too, so a finding has one fingerprint in every format whether or not it is suppressed.
 */
export function fingerprinted(file: FileReport): { finding: Finding; fingerprint: string }[] {
  // As review numbers them: active findings among themselves, so suppressing one renames none of the others.
  const key = caseKey({ id: file.id, file: file.rel ?? file.file });
  const active = file.findings.filter((f) => !f.suppressed);
  const suppressed = file.findings.filter((f) => f.suppressed);
  const prints = new Map<Finding, string>();
  for (const list of [active, suppressed]) fingerprintsOf(list, key).forEach((p, i) => prints.set(list[i]!, p));
  return file.findings.map((finding) => ({ finding, fingerprint: prints.get(finding)! }));
}

type Word = 'error' | 'warning' | 'info' | 'problem' | 'suppressed';

/** Singular and plural, per language; Swedish "fel", "problem" and "info" do not inflect. */
const WORDS: Record<FormatOptions['locale'], Record<Word, [string, string]>> = {
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], problem: ['problem', 'problems'], suppressed: ['suppressed', 'suppressed'] },
  sv: { error: ['fel', 'fel'], warning: ['varning', 'varningar'], info: ['info', 'info'], problem: ['problem', 'problem'], suppressed: ['undertryckt', 'undertryckta'] },
};

/** "1 error", "3 warnings", "2 varningar". */
export function counted(n: number, word: Word, locale: FormatOptions['locale']): string {
  return `${n} ${WORDS[locale][word][n === 1 ? 0 : 1]}`;
}

/** The severity's name in the user's language ("varning"). */
export function severityName(severity: Finding['severity'], locale: FormatOptions['locale']): string {
  return WORDS[locale][severity][0];
}

/** True when --max-warnings is given and exceeded (the run then fails). */
export function tooManyWarnings(report: CheckReport): boolean {
  return report.maxWarnings !== undefined && report.warnings > report.maxWarnings;
}

/** The counts of a run: suppressed findings count only as suppressed. */
export function tally(files: FileReport[]): Pick<CheckReport, 'errors' | 'warnings' | 'infos' | 'suppressed'> {
  return countFindings(files.flatMap((file) => file.findings));
}
