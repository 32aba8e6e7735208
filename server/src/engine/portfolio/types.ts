// The portfolio (spec sections 9 and 11): what `casefile report`, the Cases view and the Portfolio
// webview show. One computation (compute.ts) over the check's results; JSON and HTML render it.
import type { Phase } from '../model';

/** Where the date a case entered its phase came from (spec section 9). */
export type PhaseDateSource = 'log' | 'git' | 'opened';

/** What the portfolio needs of one case, taken from the same parse as its findings (facts.ts). */
export interface CaseTimeline {
  /** `opened`, when a valid date. */
  opened?: string;
  /** The newest of `opened` and the log's dates: what stale-case counts from. */
  lastActivity?: string;
  /** Per phase, the newest valid log date of an entry whose `phase` is that phase. */
  entered?: Partial<Record<Phase, string>>;
  /** `outcome`'s result, date and reached, where present and valid. */
  outcome?: { result?: string; date?: string; reached?: string };
  /** The distinct `directed_at[].unit` values, in file order. */
  units?: string[];
  /** The name of the first `innovation-officer` stakeholder: who owns the case. */
  owner?: string;
}

/** The newest commit that changed a case's `phase` value, and the value it set (git/phase-log.ts). */
export interface GitPhaseChange {
  date: string;
  phase: string;
  commit: string;
}

/** When a case entered its current phase, and how that is known. */
export interface PhaseEntry {
  since: string;
  source: PhaseDateSource;
}

/** One case as the portfolio computation gets it. */
export interface PortfolioCase {
  /** How the reader names the file: relative to the working directory (CLI) or a file:// URI (editor). */
  file: string;
  id?: string;
  title?: string;
  kind?: string;
  /** One of PHASES; undefined when missing or unknown. */
  phase?: string;
  timeline?: CaseTimeline;
  /** Its repository's `stale_after_days`. */
  staleAfterDays: number;
  /** From git, where the repository has history (git/phase-log.ts). */
  git?: GitPhaseChange;
}

/** How git's history was used for phase dates. */
export type GitHistoryState = 'used' | 'shallow' | 'none';

export interface PortfolioInput {
  today: string;
  cases: PortfolioCase[];
  /** Active and suppressed findings of every reported file (cases and settings), as check reports them. */
  findings: readonly { rule: string; severity: 'error' | 'warning' | 'info'; suppressed?: unknown }[];
  git: GitHistoryState;
}

export interface TimeInPhase {
  id: string;
  title: string;
  phase: string;
  since: string;
  days: number;
  source: PhaseDateSource;
  // Extensions (README): the file, the limit it is drawn against, and whether stale-case reports it.
  file: string;
  limit: number;
  stale: boolean;
}

export interface StaleCase {
  id: string;
  title: string;
  phase: string;
  days: number;
  // Extensions (README).
  file: string;
  /** The newest date of activity the days count from. */
  last: string;
  owner?: string;
  /** The first unit the case asks something of. */
  unit?: string;
}

export interface UnitLoad {
  unit: string;
  active: number;
  phases: Partial<Record<Phase, number>>;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  opened: number;
  closed: number;
}

/** `casefile report --format json`: spec section 11's keys in its order, then the extensions. */
export interface PortfolioReport {
  today: string;
  cases: number;
  phases: Record<Phase, number>;
  funnel: Record<Exclude<Phase, 'closed'>, number>;
  outcomes: Record<string, number>;
  timeInPhase: TimeInPhase[];
  stale: StaleCase[];
  units: UnitLoad[];
  findings: { errors: number; warnings: number; infos: number; byRule: Record<string, number> };
  // Extensions (README).
  /** Open cases: in one of the four phases before `closed`. */
  active: number;
  /** Case files whose phase is missing or unknown (unparsed files too): in `cases`, in no phase. */
  withoutPhase: number;
  /** The stale limit when every repository agrees; else the smallest. */
  staleAfterDays: number;
  /** Opened (by `opened`) and closed (by `outcome.date` of closed cases) per month, first month to today's. */
  months: MonthCount[];
  git: GitHistoryState;
}
