// "Fix all": every fix that needs no human input (fix-ids.ts `auto`), for the whole file or one
// rule, as one change. Fixes are computed on the text they apply to: those that do not touch each
// other are applied together; any that did are computed again on the result, round by round.
import { checkText, type CheckOptions } from '../check';
import type { ParsedYaml } from '../parse';
import { finishRepository } from '../repository';
import type { Finding } from '../types';
import { fixesFor } from './fixes';
import type { EditingContext, Fix, TextEdit } from './types';
import { applyEdits } from './yaml-edit';

export interface FixAllResult {
  /** Edits of the original text; none when there is nothing to fix. */
  edits: TextEdit[];
  /** How many findings the edits fix. */
  fixed: number;
}

export interface FixAllInput {
  file: string;
  parsed: ParsedYaml;
  findings: readonly Finding[];
  ctx: EditingContext;
  /** How the file is checked again after a round (policy, directory, today, locale). */
  options: CheckOptions;
  /** Only this rule's findings. */
  rule?: string;
}

/** Rounds at most: each fixes at least one finding, and a file has few of the automatic kind. */
const MAX_ROUNDS = 20;

/** The automatic fix of each unsuppressed finding (of `rule`), in text order. */
export function automaticFixes(parsed: ParsedYaml, findings: readonly Finding[], ctx: EditingContext, rule?: string): Fix[] {
  const out: Fix[] = [];
  for (const finding of findings) {
    if (finding.suppressed || (rule !== undefined && finding.rule !== rule)) continue;
    const fix = fixesFor(parsed, finding, ctx).find((f) => f.auto);
    // `auto` is set only on a fix with edits (fixes.ts finish).
    if (fix) out.push(fix);
  }
  return out.sort((a, b) => start(a) - start(b));
}

export function fixAll(input: FixAllInput): FixAllResult {
  const original = input.parsed.text;
  let { parsed, findings } = input;
  let text = original;
  let fixed = 0;
  let firstRound: TextEdit[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { chosen, skipped } = disjoint(automaticFixes(parsed, findings, input.ctx, input.rule));
    if (chosen.length === 0) break;
    const edits = chosen.flatMap((f) => f.edits.map(({ offset, endOffset, newText }) => ({ offset, endOffset, newText })));
    if (round === 0) firstRound = edits;
    text = applyEdits(text, edits);
    fixed += chosen.length;
    if (skipped === 0) break;
    const [again] = finishRepository([checkText(input.file, text, 'case', input.options)], input.options);
    if (!again?.parsed) break;
    parsed = again.parsed;
    findings = again.findings;
  }
  if (text === original) return { edits: [], fixed: 0 };
  // One round: its edits are of the original text. More: the one span that changed.
  return { edits: text === applyEdits(original, firstRound) ? firstRound : [changedSpan(original, text)], fixed };
}

/** Fixes whose edits neither overlap nor touch an earlier chosen one's (touching insertions would race). */
export function disjoint(fixes: Fix[]): { chosen: Fix[]; skipped: number } {
  const chosen: Fix[] = [];
  const taken: { offset: number; endOffset: number }[] = [];
  for (const fix of fixes) {
    const clash = fix.edits.some((e) => taken.some((t) => e.offset <= t.endOffset && t.offset <= e.endOffset));
    if (clash) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return { chosen, skipped: fixes.length - chosen.length };
}

function start(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.offset));
}

/** The smallest edit from `before` to `after`: the text between their common prefix and suffix. */
export function changedSpan(before: string, after: string): TextEdit {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  // Never split a surrogate pair.
  if (head > 0 && isHigh(before.charCodeAt(head - 1))) head--;
  if (tail > 0 && isLow(before.charCodeAt(before.length - tail))) tail--;
  return { offset: head, endOffset: before.length - tail, newText: after.slice(head, after.length - tail) };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
