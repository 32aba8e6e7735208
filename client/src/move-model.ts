// What the client says after a move, as plain data: no `vscode` import, so it is tested without an editor.
import type { MoveProblem } from '../../server/src/shared/protocol';
import type { L10n } from './tree-model';

export interface MovedMessage {
  /** True when the move added errors or warnings: a warning notification, else an information one. */
  worse: boolean;
  text: string;
}

/**
 * "VGR-2025-017 is now in Project execution — 3 new problems (missing-agreement ×3). First: …", or
 * that the move added none. The rules with their counts say what kind of thing is missing; the first
 * problem (the one "Open case" reveals) is quoted whole. `problems`: what the server found new.
 */
export function movedMessage(name: string, phase: string, problems: readonly MoveProblem[], l10n: L10n): MovedMessage {
  const first = firstProblem(problems);
  if (!first) return { worse: false, text: l10n.t('{0} is now in {1}; the move added no problems.', name, phase) };
  if (problems.length === 1) return { worse: true, text: l10n.t('{0} is now in {1} — 1 new problem: {2} ({3})', name, phase, first.message, first.rule) };
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.rule, (counts.get(p.rule) ?? 0) + 1);
  const rules = [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
  return { worse: true, text: l10n.t('{0} is now in {1} — {2} new problems ({3}). First: {4}', name, phase, problems.length, rules, first.message) };
}

/** The problem to reveal when the case is opened from the notification: the first error, else the first problem. */
export function firstProblem(problems: readonly MoveProblem[]): MoveProblem | undefined {
  return problems.find((p) => p.severity === 'error') ?? problems[0];
}
