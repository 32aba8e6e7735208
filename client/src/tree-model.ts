// The tree of cases by phase as plain data, built from the server's case index. No `vscode`
// import, so it is tested without an editor.
import type { CaseEntry, CaseIndex } from '../../server/src/shared/protocol';
import { PHASES, type Phase } from '../../server/src/engine/model';
import { caseFileName, newCaseIdProblem, type ExistingCase } from '../../server/src/engine/editing/case-id';
import type { Locale } from '../../server/src/engine/types';

/** A phase of the tree; `none` holds cases whose phase is missing or unknown. */
export type PhaseKey = Phase | 'none';

export interface PhaseGroup {
  phase: PhaseKey;
  cases: CaseEntry[];
}

/** The kinds to show; undefined shows every case. */
export type KindFilter = readonly string[] | undefined;

export function matchesFilter(entry: CaseEntry, filter: KindFilter): boolean {
  return filter === undefined || (entry.kind !== undefined && filter.includes(entry.kind));
}

function phaseOf(entry: CaseEntry): PhaseKey {
  return (PHASES as readonly string[]).includes(entry.phase ?? '') ? (entry.phase as Phase) : 'none';
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareCases(a: CaseEntry, b: CaseEntry): number {
  return collator.compare(a.id ?? '', b.id ?? '') || collator.compare(a.title ?? '', b.title ?? '') || collator.compare(a.uri, b.uri);
}

/**
 * One group per phase in phase order, each with its cases sorted by id. The five phases are always
 * there (an empty one shows the count 0); `none` only when some shown case lacks a valid phase.
 */
export function groupByPhase(index: CaseIndex | undefined, filter?: KindFilter): PhaseGroup[] {
  const groups = new Map<PhaseKey, CaseEntry[]>([...PHASES, 'none' as const].map((p) => [p, []]));
  for (const entry of index?.cases ?? []) {
    if (matchesFilter(entry, filter)) groups.get(phaseOf(entry))?.push(entry);
  }
  const out: PhaseGroup[] = [];
  for (const [phase, cases] of groups) {
    if (phase === 'none' && cases.length === 0) continue;
    out.push({ phase, cases: cases.sort(compareCases) });
  }
  return out;
}

/** The last segment of a URI's path, decoded; the URI itself when it has none. */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}

/** `ID — title`; the file name stands in for a missing id, and a missing title is left out. */
export function caseLabel(entry: CaseEntry): string {
  const id = entry.id?.trim() || fileName(entry.uri);
  const title = entry.title?.trim();
  return title ? `${id} — ${title}` : id;
}

export type ProblemLevel = 'error' | 'warning' | 'pass';

/** What the case's icon shows: its worst problem (infos do not count). */
export function problemLevel(entry: CaseEntry): ProblemLevel {
  if (entry.errors > 0) return 'error';
  if (entry.warnings > 0) return 'warning';
  return 'pass';
}

/** The icon: the worst problem; a stale case without errors or warnings gets its own. */
export function caseIcon(entry: CaseEntry): ProblemLevel | 'stale' {
  const level = problemLevel(entry);
  return level === 'pass' && entry.stale ? 'stale' : level;
}

/**
 * The part of `vscode.l10n` the tree's texts use. Passed in, so the texts are tested without an
 * editor (with the Swedish bundle); every call passes a string literal, so the bundle check (manifest.test.ts) sees them.
 */
export interface L10n {
  t(message: string, ...args: (string | number)[]): string;
}

/** "1 day", "195 days". */
export function daysText(days: number, l10n: L10n): string {
  return days === 1 ? l10n.t('1 day') : l10n.t('{0} days', days);
}

/** "2 errors, 1 warning", "No problems": full phrases so both languages read right. */
export function problemsText(errors: number, warnings: number, l10n: L10n): string {
  const parts: string[] = [];
  if (errors > 0) parts.push(errors === 1 ? l10n.t('1 error') : l10n.t('{0} errors', errors));
  if (warnings > 0) parts.push(warnings === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', warnings));
  return parts.length > 0 ? parts.join(', ') : l10n.t('No problems');
}

/**
 * The case's description beside its label: its kind, the days in its phase and a stale mark, e.g.
 * `Test activity · 195 d · stalled`. The phase is not repeated: the case sits under its phase's node.
 */
export function caseDescription(entry: CaseEntry, kindLabel: string | undefined, l10n: L10n): string {
  const parts = [kindLabel ?? ''];
  if (entry.days !== undefined) parts.push(l10n.t('{0} d', entry.days));
  if (entry.stale) parts.push(l10n.t('stalled'));
  return parts.filter((p) => p !== '').join(' · ');
}

/** "In this phase since 2026-05-12 (from the log), 195 days"; undefined when unknown (closed cases). */
export function timeInPhaseText(entry: CaseEntry, l10n: L10n): string | undefined {
  if (entry.since === undefined || entry.days === undefined) return undefined;
  const source = entry.source === 'log' ? l10n.t('from the log') : entry.source === 'git' ? l10n.t('from the git history') : l10n.t('from the opened date');
  return l10n.t('In this phase since {0} ({1}), {2}', entry.since, source, daysText(entry.days, l10n));
}

/** "No activity for 210 days (limit 120)" for a stale case. */
export function staleText(entry: CaseEntry, l10n: L10n): string | undefined {
  if (!entry.stale) return undefined;
  if (entry.inactiveDays === undefined || entry.staleAfterDays === undefined) return l10n.t('No recent activity');
  return l10n.t('No activity for {0} (limit {1})', daysText(entry.inactiveDays, l10n), entry.staleAfterDays);
}

/** The Cases view's badge: the repository's errors, when there are any. */
export function errorBadge(index: CaseIndex | undefined, l10n: L10n): { value: number; tooltip: string } | undefined {
  if (!index || index.errors <= 0) return undefined;
  return { value: index.errors, tooltip: problemsText(index.errors, 0, l10n) };
}

/**
 * The tree item's contextValue: `case` plus `next:<phase>` and/or `previous:<phase>` naming the
 * phases the case can move to, e.g. `case next:execution previous:needs`, so each "Move to <phase>"
 * menu entry matches with `viewItem =~ /\bnext:execution\b/` (and `/\bnext\b/` still matches).
 * A case without a valid phase cannot move: its phase must be fixed in the file first.
 */
export function caseContext(entry: CaseEntry): string {
  const at = PHASES.indexOf(phaseOf(entry) as Phase);
  const parts = ['case'];
  if (at >= 0 && at < PHASES.length - 1) parts.push(`next:${PHASES[at + 1]}`);
  if (at > 0) parts.push(`previous:${PHASES[at - 1]}`);
  return parts.join(' ');
}

/** The way from a case's phase to `target` when it is one step; undefined otherwise (or for an unknown phase). */
export function moveDirection(phase: string | undefined, target: Phase): 'next' | 'previous' | undefined {
  const at = PHASES.indexOf(phase as Phase);
  if (at < 0) return undefined;
  if (PHASES[at + 1] === target) return 'next';
  if (PHASES[at - 1] === target) return 'previous';
  return undefined;
}

/**
 * Why an id typed for a new case cannot be used, in the user's language; undefined when it can.
 * The server's own check (engine/editing/case-id.ts), so the prompt refuses as the user types what
 * the server would refuse after the title. `existing`: the index's cases, with workspace-relative files.
 */
export function idProblem(id: string, existing: readonly ExistingCase[], locale: Locale): string | undefined {
  const trimmed = id.trim();
  return newCaseIdProblem(trimmed, caseFileName(trimmed), existing)?.[locale];
}
