// casefile/index: every case of the workspace with its counts, and the totals.
import { PHASES } from '../../engine';
import { countFindings } from '../../engine/findings';
import { INDEX_REQUEST, type CaseEntry, type CaseIndex } from '../../shared/protocol';
import type { Entry } from '../../engine/workspace/indexed-repository';
import type { Feature, ServerContext } from '../context';
import type { Workspace } from '../../engine/workspace/editor-workspace';

export const indexFeature: Feature = { capabilities: {}, register: registerIndex };

function registerIndex(ctx: ServerContext): void {
  ctx.connection.onRequest(INDEX_REQUEST, () => ctx.guard<CaseIndex>('index', { cases: [], errors: 0, warnings: 0, infos: 0 }, () => caseIndex(ctx.workspace)));
}

export function caseIndex(workspace: Workspace): CaseIndex {
  const cases: CaseEntry[] = [];
  for (const repo of workspace.repos.values()) {
    for (const e of repo.entries.values()) if (e.kind === 'case') cases.push(caseEntry(workspace, e));
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

function caseEntry(workspace: Workspace, e: Entry): CaseEntry {
  const entry: CaseEntry = { uri: workspace.uriFor(e.abs), ...counts(e) };
  const s = e.local.summary;
  if (s?.id !== undefined) entry.id = s.id;
  if (s?.title !== undefined) entry.title = s.title;
  if (s?.kind !== undefined) entry.kind = s.kind;
  if (s?.phase !== undefined && (PHASES as readonly string[]).includes(s.phase)) entry.phase = s.phase;
  return entry;
}

function counts(e: Entry): { errors: number; warnings: number; infos: number } {
  const { errors, warnings, infos } = countFindings(e.findings);
  return { errors, warnings, infos };
}
