// A checked case as the portfolio computation takes it: the same mapping for the CLI and the editor.
import type { CaseSummary } from '../check';
import { validPhase } from '../model';
import type { GitHistoryState, GitPhaseChange, PortfolioCase } from './types';

export function portfolioCase(file: string, summary: CaseSummary | undefined, staleAfterDays: number, git?: GitPhaseChange): PortfolioCase {
  const c: PortfolioCase = { file, staleAfterDays };
  if (summary?.id !== undefined) c.id = summary.id;
  if (summary?.title !== undefined) c.title = summary.title;
  if (summary?.kind !== undefined) c.kind = summary.kind;
  const phase = validPhase(summary?.phase);
  if (phase) c.phase = phase;
  if (summary?.timeline) c.timeline = summary.timeline;
  if (git) c.git = git;
  return c;
}

/** How git's history served a report over several repositories: used by any, else shallow in any, else none. */
export function combinedState(states: readonly (GitHistoryState | undefined)[]): GitHistoryState {
  if (states.includes('used')) return 'used';
  if (states.includes('shallow')) return 'shallow';
  return 'none';
}
