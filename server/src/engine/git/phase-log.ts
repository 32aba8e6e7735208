// STUB (helper "history" replaces): the newest commit that changed each case file's `phase` value,
// for a whole repository in one pass over `git log` (spec section 9).
import type { GitHistoryState, GitPhaseChange } from '../portfolio/types';

export interface PhaseHistory {
  state: GitHistoryState;
  /** By absolute path of the file in the working tree. */
  changes: Map<string, GitPhaseChange>;
}

/** Never throws: without git, outside a repository, or on a git failure, `state: 'none'`. Asynchronous (never blocks the server). */
export async function readPhaseHistory(root: string, env: NodeJS.ProcessEnv = process.env): Promise<PhaseHistory> {
  void root;
  void env;
  return { state: 'none', changes: new Map() };
}
