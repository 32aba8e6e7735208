// casefile/index: every case of the workspace with its counts, time in phase and staleness, and the totals.
import { countFindings } from '../../engine/findings';
import { validPhase } from '../../engine/model';
import { timeInPhase } from '../../engine/phase-history';
import type { GitPhaseChange } from '../../engine/portfolio/types';
import { DEFAULT_STALE_AFTER_DAYS } from '../../engine/policy';
import { staleDays } from '../../engine/portfolio/stale';
import { INDEX_REQUEST, type CaseEntry, type CaseIndex } from '../../shared/protocol';
import type { Entry, Repo } from '../../engine/workspace/indexed-repository';
import type { Feature, ServerContext } from '../context';
import type { Workspace } from '../../engine/workspace/editor-workspace';
import type { PhaseHistories } from '../phase-histories';

export const indexFeature: Feature = { capabilities: {}, register: registerIndex };

function registerIndex(ctx: ServerContext): void {
  ctx.connection.onRequest(INDEX_REQUEST, () =>
    ctx.guard<CaseIndex>('index', { cases: [], errors: 0, warnings: 0, infos: 0 }, () => caseIndex(ctx.workspace, ctx.today(), ctx.histories)),
  );
}

/** The index as it is now: git's history as cached (a check of HEAD starts in the background). */
export function caseIndex(workspace: Workspace, today: string, histories?: PhaseHistories): CaseIndex {
  const cases: CaseEntry[] = [];
  for (const repo of workspace.repos.values()) {
    const git = histories?.peek(repo.root)?.changes;
    for (const e of repo.entries.values()) if (e.kind === 'case') cases.push(caseEntry(workspace, repo, e, today, git?.get(e.abs)));
  }
  cases.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const index: CaseIndex = { cases, ...totals(workspace) };
  if (workspace.validatedAt) index.validatedAt = workspace.validatedAt;
  return index;
}

export function totals(workspace: Workspace): { errors: number; warnings: number; infos: number } {
  const sum = { errors: 0, warnings: 0, infos: 0 };
  for (const repo of workspace.repos.values()) {
    for (const e of repo.entries.values()) {
      const c = counts(e);
      sum.errors += c.errors;
      sum.warnings += c.warnings;
      sum.infos += c.infos;
    }
  }
  return sum;
}

/** The repository's stale limit (a loose repository may not have read its settings yet). */
export function staleLimit(repo: Repo): number {
  return repo.options?.policy.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
}

function caseEntry(workspace: Workspace, repo: Repo, e: Entry, today: string, git: GitPhaseChange | undefined): CaseEntry {
  const entry: CaseEntry = { uri: workspace.uriFor(e.abs), ...counts(e) };
  const s = e.local.summary;
  if (s?.id !== undefined) entry.id = s.id;
  if (s?.title !== undefined) entry.title = s.title;
  if (s?.kind !== undefined) entry.kind = s.kind;
  const phase = validPhase(s?.phase);
  if (phase) entry.phase = phase;
  // Time in phase and staleness are for open cases only, as stale-case and the portfolio count them.
  if (entry.phase === 'closed') return entry;
  const since = timeInPhase(entry.phase, s?.timeline, git, today);
  if (since) {
    entry.since = since.since;
    entry.days = since.days;
    entry.source = since.source;
  }
  const limit = staleLimit(repo);
  const idle = staleDays(s?.timeline?.lastActivity, today, limit);
  if (idle !== undefined) {
    entry.stale = true;
    entry.inactiveDays = idle;
    entry.staleAfterDays = limit;
  }
  return entry;
}

function counts(e: Entry): { errors: number; warnings: number; infos: number } {
  const { errors, warnings, infos } = countFindings(e.findings);
  return { errors, warnings, infos };
}
