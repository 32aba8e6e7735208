// What a phase move makes worse: the findings of the moved text that the text before it lacked
// (e.g. the agreements a new phase asks for), so the editor can say so right after the move.
import { checkText, type CheckOptions } from '../check';
import { fingerprintsOf } from '../identity';
import { crossFileFindings, finalFindings } from '../repository';
import type { CaseFacts } from '../rules/api';
import type { Finding } from '../types';

/**
 * A case text's findings as the workspace gives them: its own check, the cross-file rules over the
 * repository's other cases (`others`; the file's own facts there are replaced) and it, directives applied.
 */
export function caseTextFindings(rel: string, text: string, options: CheckOptions, others: readonly CaseFacts[]): Finding[] {
  const local = checkText(rel, text, 'case', options);
  const facts = [...others.filter((f) => f.file !== rel), ...(local.facts ? [local.facts] : [])];
  return finalFindings(local, crossFileFindings(facts, options).get(local.file) ?? [], options);
}

/**
 * The errors and warnings of `after` that `before` lacks, in `after`'s order. Matched as review
 * matches (review/compare.ts): by fingerprint (rule, YAML path, message key; never a line, so text
 * shifted by the new log entry matches) and severity; suppressed findings count for nothing.
 */
export function newProblems(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const active = (list: readonly Finding[]) => list.filter((f) => !f.suppressed && f.severity !== 'info');
  // One case on both sides: the key only has to be the same.
  const keyed = (list: readonly Finding[]) => {
    const prints = fingerprintsOf(list, '');
    return list.map((f, i) => ({ f, key: `${prints[i]}\u0000${f.severity}` }));
  };
  const waiting = new Map<string, number>();
  for (const { key } of keyed(active(before))) waiting.set(key, (waiting.get(key) ?? 0) + 1);
  const fresh: Finding[] = [];
  for (const { f, key } of keyed(active(after))) {
    const n = waiting.get(key) ?? 0;
    if (n > 0) waiting.set(key, n - 1);
    else fresh.push(f);
  }
  return fresh;
}
