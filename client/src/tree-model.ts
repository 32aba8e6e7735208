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

/**
 * The tree item's contextValue: `case` plus `next` and/or `previous` when the case can move that
 * way, so the menus match with `viewItem =~ /\bnext\b/`. A case without a valid phase cannot move:
 * its phase must be fixed in the file first.
 */
export function caseContext(entry: CaseEntry): string {
  const at = PHASES.indexOf(phaseOf(entry) as Phase);
  const parts = ['case'];
  if (at >= 0 && at < PHASES.length - 1) parts.push('next');
  if (at > 0) parts.push('previous');
  return parts.join(' ');
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
