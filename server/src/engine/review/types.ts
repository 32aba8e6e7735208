// What `casefile review` reports (spec section 10): a pure description of one comparison of two
// snapshots of a case repository. Built by review/compare.ts, rendered by cli/review-formatters/.
import type { Finding, RuleMeta } from '../types';

/** A finding as review reports it: check's finding plus its case id and fingerprint. */
export interface ReviewFinding extends Finding {
  /** Relative to the working directory, `/` separators (the base's file for a fixed finding). */
  file: string;
  /** The case id, where the file has one. */
  id?: string;
  /** Stable identity: rule + case (id, else file) + YAML path of the node + message key (engine/identity.ts). */
  fingerprint: string;
}

export interface CaseRef {
  /** The case id; absent for a case file without one (it is then known by its file). */
  id?: string;
  title?: string;
  phase?: string;
  file: string;
}

/**
 * One piece of a sentence: our own words (already in the report's language) or a value quoted from a
 * file, which every format renders as a quoted literal (Markdown: escaped code; never markup).
 */
export type Phrase = readonly (string | { value: string })[];

export interface ChangedCase extends CaseRef {
  /** Sorted YAML paths of the values added, removed or changed, e.g. `agreements[0].status`. */
  changes: string[];
  /** The changes in words, in the report's language ("agreement `assignment` signed 2026-05-02"). */
  said: Phrase[];
}

export interface GateNeedState {
  /** The field the new phase needs, e.g. `need.verified`. */
  field: string;
  holds: boolean;
}

export interface PhaseMove {
  id?: string;
  title?: string;
  file: string;
  from: string;
  to: string;
  /** What the new phase's gate asks for, each with whether the head meets it (empty when it asks nothing). */
  gate: GateNeedState[];
  /** Whole days the case spent in `from`, when known (spec section 9). */
  days?: number;
}

export interface ReviewFindings {
  /** The head's findings that the base lacks. */
  new: ReviewFinding[];
  /** The base's findings that the head lacks (with the base's file and lines). */
  fixed: ReviewFinding[];
  /** How many findings are in both. */
  unchanged: number;
}

export interface ReviewReport {
  /** 40-hex commit of the base. */
  base: string;
  /** 40-hex commit of the head, or null for the working tree. */
  head: string | null;
  cases: { added: CaseRef[]; removed: CaseRef[]; changed: ChangedCase[] };
  phaseMoves: PhaseMove[];
  findings: ReviewFindings;
  /** The policy and directory files (casefile.yaml, directory.yaml) the change adds, edits or removes: findings may come and go because of them. */
  settingsChanged: string[];
  /** Counts of the head's (unsuppressed) findings. */
  errors: number;
  warnings: number;
  newErrors: number;
  fixedErrors: number;
  /** Not in the JSON: what the formats need to link and name things. */
  tool: { name: string; version: string };
  rules: RuleMeta[];
  docs: (rule: string) => string;
}
