// Two checked snapshots in, what the change does to the cases out (spec section 10). Pure.
import { SEVERITY_ORDER } from '../findings';
import { gateNeeds } from '../gates';
import { caseKey, fingerprintsOf } from '../identity';
import { daysBetween, isObj, PHASES, type CaseData, type Phase } from '../model';
import { phaseEntry } from '../phase-history';
import { timelineOf } from '../portfolio/facts';
import type { Finding, Locale, RuleMeta } from '../types';
import type { CheckedFile, CheckedSnapshot } from './checked';
import { describeChanges, movedPhrase, parsePhrase } from './describe';
import { valueChanges } from './diff';
import type { CaseRef, ChangedCase, PhaseMove, Phrase, ReviewFinding, ReviewReport } from './types';
import { compareText } from '../text';

export interface CompareOptions {
  /** YYYY-MM-DD: the end of the days a case spent in its old phase when the head does not log the move. */
  today: string;
  locale: Locale;
  tool: ReviewReport['tool'];
  rules: RuleMeta[];
  docs: (rule: string) => string;
}

/** The same file (or case) in base and head; one side is missing for an added or removed one. */
interface Pair {
  base?: CheckedFile;
  head?: CheckedFile;
}

export function compareSnapshots(base: CheckedSnapshot, head: CheckedSnapshot, options: CompareOptions): ReviewReport {
  const added: CaseRef[] = [];
  const removed: CaseRef[] = [];
  const changed: ChangedCase[] = [];
  const phaseMoves: PhaseMove[] = [];
  const settingsChanged: string[] = [];
  const found = { new: [] as ReviewFinding[], fixed: [] as ReviewFinding[], unchanged: 0 };
  for (const { base: b, head: h } of pairs(base.files, head.files)) {
    const diff = compareFindings(b, h);
    found.new.push(...diff.new);
    found.fixed.push(...diff.fixed);
    found.unchanged += diff.unchanged;
    if ((b ?? h)!.kind !== 'case') {
      if (!b || !h || b.blob !== h.blob) settingsChanged.push((h ?? b)!.file);
      continue;
    }
    if (!b) added.push(caseRef(h!));
    else if (!h) removed.push(caseRef(b));
    else if (b.blob !== h.blob || b.rel !== h.rel) {
      const [was, is] = b.blob === h.blob ? [undefined, undefined] : [b.value(), h.value()];
      const [before, after] = [isObj(was) ? was : {}, isObj(is) ? is : {}];
      const changes = b.blob === h.blob ? [] : valueChanges(before, after);
      const said: Phrase[] = [];
      if (b.rel !== h.rel) said.push(movedPhrase(b.file, h.file, options.locale));
      // A file that stopped (or started) being a case is said so, not as every field removed.
      if (b.blob !== h.blob && isObj(was) !== isObj(is)) said.push(parsePhrase(isObj(is), options.locale));
      else if (changes.length) said.push(...describeChanges(before, after, options.locale));
      // Only line ends or comments differ: nothing a reviewer can act on (findings are compared apart).
      if (said.length === 0 && changes.length === 0) continue;
      changed.push({ ...caseRef(h.id === undefined && b.id !== undefined ? { ...h, id: b.id, title: h.title ?? b.title } : h), changes, said });
      if (b.phase !== h.phase && b.phase !== undefined && h.phase !== undefined) phaseMoves.push(phaseMove(b, h, before, after, options.today));
    }
  }
  const byPlace = (x: ReviewFinding, y: ReviewFinding) => compareText(x.file, y.file) || x.line - y.line || x.column - y.column;
  const byFile = (x: { file: string }, y: { file: string }) => compareText(x.file, y.file);
  const active = head.files.flatMap((f) => f.findings.filter((x) => !x.suppressed));
  const errors = (list: readonly Finding[]) => list.filter((f) => f.severity === 'error').length;
  return {
    base: base.commit ?? '',
    head: head.commit,
    cases: { added: added.sort(byFile), removed: removed.sort(byFile), changed: changed.sort(byFile) },
    phaseMoves: phaseMoves.sort(byFile),
    findings: { new: found.new.sort(byPlace), fixed: found.fixed.sort(byPlace), unchanged: found.unchanged },
    settingsChanged: settingsChanged.sort(compareText),
    errors: errors(active),
    warnings: active.filter((f) => f.severity === 'warning').length,
    newErrors: errors(found.new),
    fixedErrors: errors(found.fixed),
    tool: options.tool,
    rules: options.rules,
    docs: options.docs,
  };
}

/** Cases by id (so a moved file is the same case), cases without id and settings files by their path from the root. */
function pairs(baseFiles: readonly CheckedFile[], headFiles: readonly CheckedFile[]): Pair[] {
  const key = (f: CheckedFile) => (f.kind !== 'case' ? `${f.kind}:${f.rel}` : f.id !== undefined ? `id:${f.id}` : `rel:${f.rel}`);
  const groups = new Map<string, { base: CheckedFile[]; head: CheckedFile[] }>();
  const group = (k: string) => groups.get(k) ?? groups.set(k, { base: [], head: [] }).get(k)!;
  for (const f of baseFiles) group(key(f)).base.push(f);
  for (const f of headFiles) group(key(f)).head.push(f);
  const out: Pair[] = [];
  for (const { base, head } of groups.values()) {
    // Several files with one id (a duplicate-id finding): those that kept their path pair first.
    const rest = [...head];
    const unpaired: CheckedFile[] = [];
    for (const b of base) {
      const at = rest.findIndex((h) => h.rel === b.rel);
      if (at >= 0) out.push({ base: b, head: rest.splice(at, 1)[0]! });
      else unpaired.push(b);
    }
    unpaired.forEach((b, i) => out.push(i < rest.length ? { base: b, head: rest[i]! } : { base: b }));
    for (const h of rest.slice(unpaired.length)) out.push({ head: h });
  }
  return pairedByPath(out);
}

/**
 * A case file that lost its id (its YAML broke) or gained one is still the same file: a lone base
 * file and a lone head file at one path pair up when one of them has no id. Two ids are two cases.
 */
function pairedByPath(pairs: Pair[]): Pair[] {
  const lone = new Map<string, number>();
  pairs.forEach((p, i) => {
    if (p.base && !p.head && p.base.kind === 'case') lone.set(p.base.rel, i);
  });
  const merged = new Set<number>();
  for (const p of pairs) {
    if (p.base || !p.head || p.head.kind !== 'case') continue;
    const at = lone.get(p.head.rel);
    if (at === undefined || merged.has(at) || (pairs[at]!.base!.id !== undefined && p.head.id !== undefined)) continue;
    merged.add(at);
    p.base = pairs[at]!.base;
  }
  return pairs.filter((_, i) => !merged.has(i));
}

/** Each side's unsuppressed findings with their fingerprints and the review's extra fields. */
function reviewFindings(file: CheckedFile | undefined, id: string | undefined): ReviewFinding[] {
  if (!file) return [];
  const active = file.findings.filter((f) => !f.suppressed);
  const prints = fingerprintsOf(active, caseKey({ id, file: file.rel }));
  return active.map((f, i) => ({ ...f, file: file.file, ...(file.id !== undefined ? { id: file.id } : {}), fingerprint: prints[i]! }));
}

/**
 * New and fixed findings of one case. Equal fingerprints are the same finding; of the rest, findings
 * of one rule and message key pair up in order (an item moved within a list), the same way whichever
 * side is the base, so swapping base and head swaps new and fixed exactly.
 */
function compareFindings(base: CheckedFile | undefined, head: CheckedFile | undefined) {
  // One case, one identity: a file that lost or gained its id keeps the one it has on either side.
  const id = base?.id ?? head?.id;
  const before = reviewFindings(base, id);
  const after = reviewFindings(head, id);
  // The severity takes part: a warning that a policy makes an error is an error the base lacks (spec 10).
  const match = (f: ReviewFinding) => `${f.fingerprint}\u0000${f.severity}`;
  const waiting = new Map<string, number>();
  for (const f of before) waiting.set(match(f), (waiting.get(match(f)) ?? 0) + 1);
  let unchanged = 0;
  const added: ReviewFinding[] = [];
  for (const f of after) {
    const n = waiting.get(match(f)) ?? 0;
    if (n > 0) {
      waiting.set(match(f), n - 1);
      unchanged++;
    } else added.push(f);
  }
  const gone = before.filter((f) => {
    const n = waiting.get(match(f)) ?? 0;
    if (n > 0) waiting.set(match(f), n - 1);
    return n > 0;
  });
  // One finding at another severity: only the graver side is told (a warning made an error is new,
  // an error made a warning is fixed), whichever side is the base.
  const goneByPrint = new Map<string, ReviewFinding[]>();
  for (const f of gone) goneByPrint.set(f.fingerprint, [...(goneByPrint.get(f.fingerprint) ?? []), f]);
  const dropped = new Set<ReviewFinding>();
  for (const f of added) {
    const twin = goneByPrint.get(f.fingerprint)?.shift();
    if (twin) dropped.add(SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[twin.severity] ? twin : f);
  }
  const [rose, fell] = [added.filter((f) => !dropped.has(f)), gone.filter((f) => !dropped.has(f))];
  const sameKind = (f: ReviewFinding) => `${f.rule}\u0000${f.severity}\u0000${f.messageKey ?? f.message}`;
  const goneByKind = new Map<string, ReviewFinding[]>();
  for (const f of fell) goneByKind.set(sameKind(f), [...(goneByKind.get(sameKind(f)) ?? []), f]);
  const paired = new Set<ReviewFinding>();
  const fresh = rose.filter((f) => {
    const alike = goneByKind.get(sameKind(f))?.shift();
    if (alike) paired.add(alike);
    return !alike;
  });
  return { new: fresh, fixed: fell.filter((f) => !paired.has(f)), unchanged: unchanged + paired.size };
}

function caseRef(file: CheckedFile): CaseRef {
  return {
    ...(file.id !== undefined ? { id: file.id } : {}),
    ...(file.title !== undefined ? { title: file.title } : {}),
    ...(file.phase !== undefined ? { phase: file.phase } : {}),
    file: file.file,
  };
}

function phaseMove(base: CheckedFile, head: CheckedFile, before: CaseData, after: CaseData, today: string): PhaseMove {
  const from = base.phase!;
  const to = head.phase!;
  const gate = PHASES.includes(to as Phase) ? gateNeeds(after, to as Phase).map(({ field, holds }) => ({ field, holds })) : [];
  // Entered: the same rule as the report's time in phase (spec section 9, phaseEntry): the base's log,
  // else `opened` — git's date is not asked for one case. Left: the head's log entry for the move, else today.
  const entered = phaseEntry(from, timelineOf(before))?.since;
  const left = timelineOf(after).entered?.[to as Phase] ?? today;
  const days = entered !== undefined ? daysBetween(entered, left) : undefined;
  const { file, phase: _phase, ...ref } = caseRef(head);
  return { ...ref, file, from, to, gate, ...(days !== undefined && days >= 0 ? { days } : {}) };
}
