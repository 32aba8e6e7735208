// What the client says after a move, as plain data: no `vscode` import, so it is tested without an editor.
import type { MoveProblem } from '../../server/src/shared/protocol';
import type { L10n } from './tree-model';

/** At most this many problems are named in the notification; the Problems view has them all. */
const NAMED = 3;

export interface MovedMessage {
  /** True when the move added errors or warnings: a warning notification, else an information one. */
  worse: boolean;
  text: string;
}

/**
 * "VGR-2025-017 is now in Project execution — 3 new problems: … (missing-agreement); …", or that the
 * move added none. `problems`: what the server found new in the moved text.
 */
export function movedMessage(name: string, phase: string, problems: readonly MoveProblem[], l10n: L10n): MovedMessage {
  if (problems.length === 0) return { worse: false, text: l10n.t('{0} is now in {1}; the move added no problems.', name, phase) };
  const named = problems.slice(0, NAMED).map((p) => `${p.message} (${p.rule})`);
  const list = problems.length > NAMED ? `${named.join('; ')}; …` : named.join('; ');
  const text =
    problems.length === 1
      ? l10n.t('{0} is now in {1} — 1 new problem: {2}', name, phase, list)
      : l10n.t('{0} is now in {1} — {2} new problems: {3}', name, phase, problems.length, list);
  return { worse: true, text };
}

/** The problem to reveal when the case is opened from the notification: the first error, else the first problem. */
export function firstProblem(problems: readonly MoveProblem[]): MoveProblem | undefined {
  return problems.find((p) => p.severity === 'error') ?? problems[0];
}
