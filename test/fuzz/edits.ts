// Every quick fix and phase move on a case text must round-trip: only the intended part of the
// document changes, comments are kept, the result parses, and the targeted finding is gone
// (or, for a fix that leaves a placeholder decision, changed into that form). Throws on a problem.
import { isDeepStrictEqual } from 'node:util';
import { visit } from 'yaml';
import { parseYaml, type ParsedYaml } from '../../server/src/engine/parse';
import { findDirectives } from '../../server/src/engine/suppressions';
import { checkText, finishRepository, loadSettings, type Finding } from '../../server/src/engine';
import { fixesFor } from '../../server/src/engine/editing/fixes';
import { movePhase } from '../../server/src/engine/editing/move-phase';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import type { Fix } from '../../server/src/engine/editing/types';
import { DIRECTORY, POLICY } from './mutate';

const base = { today: '2026-11-23', locale: 'en' as const };
const settings = loadSettings({ policy: { file: 'casefile.yaml', content: POLICY }, directory: { file: 'directory.yaml', content: DIRECTORY } }, base);
const options = { ...base, policy: settings.policy, directory: settings.directory };
const ctx = { kind: 'case' as const, locale: 'en' as const, policy: settings.policy, directory: settings.directory, cases: [] };

/** The top-level keys each fix may change; a suppression changes no value at all. */
const REACH: Record<string, string[]> = {
  'add-stakeholder': ['stakeholders'],
  'add-anchoring': ['anchoring'],
  'add-agreement': ['agreements'],
  'replace-nda': ['agreements'],
  'set-billing-actual-costs': ['agreements'],
  'add-consent': ['consent'],
  'add-announcement': ['announcement'],
  suppress: [],
};

function check(text: string) {
  const [result] = finishRepository([checkText('cases/x.case.yaml', text, 'case', options)], options);
  return result!;
}

/** The comments of a text (a `#` at a line start or after white space), with how often each occurs. */
function comments(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?:^|[ \t])(#[^\r\n]*)/gm)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return counts;
}

function lostComments(before: string, after: string): string[] {
  const kept = comments(after);
  return [...comments(before)].filter(([c, n]) => (kept.get(c) ?? 0) < n).map(([c]) => c);
}

/** The lines of `before` that differ from `after`, after the common head and tail. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return a.slice(head, a.length - tail);
}

const topLevel = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** An alias shares its anchor's value: changing the one changes the other, as YAML means it. */
const hasAlias = (parsed: ParsedYaml | undefined) => {
  let found = false;
  if (parsed?.doc) visit(parsed.doc, { Alias: () => ((found = true), visit.BREAK) });
  return found;
};

function valueChangesOutside(before: ParsedYaml | undefined, after: ParsedYaml | undefined, reach: string[]): string[] {
  if (hasAlias(before)) return [];
  const [a, b] = [topLevel(before?.value), topLevel(after?.value)];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !reach.includes(k) && !isDeepStrictEqual(a[k], b[k]));
}

const active = (findings: Finding[], f: Finding) => findings.filter((x) => !x.suppressed && x.rule === f.rule && x.message === f.message).length;

/** `comment` is a disable directive that `after` still holds, with its rules and reason, and more rules. */
function widened(comment: string, after: string): boolean {
  const directives = (text: string) => {
    const parsed = parseYaml(text);
    return findDirectives(parsed.text, parsed.lines);
  };
  const [was] = directives(comment);
  return !!was && directives(after).some((d) => d.reason === was.reason && was.rules.every((r) => d.rules.includes(r)));
}

function fixProblems(text: string, before: ReturnType<typeof check>, f: Finding, fix: Fix): string[] {
  const where = `${fix.id} for ${f.rule} at ${f.line}:${f.column}`;
  const problems: string[] = [];
  const sorted = [...fix.edits].sort((x, y) => x.offset - y.offset);
  sorted.forEach((e, i) => {
    if (!(e.offset >= 0 && e.offset <= e.endOffset && e.endOffset <= text.length)) problems.push(`${where}: edit ${e.offset}-${e.endOffset} outside the text`);
    if (i > 0 && e.offset < sorted[i - 1]!.endOffset) problems.push(`${where}: overlapping edits`);
  });
  if (problems.length) return problems;
  let after = applyEdits(text, fix.edits);
  // A suppression joins a disable comment already above the finding: the comment grows, it is not lost.
  const lost = lostComments(text, after).filter((c) => fix.id !== 'suppress' || !widened(c, after));
  if (lost.length) problems.push(`${where}: comments lost ${JSON.stringify(lost)}`);
  // A replacement touches the line of its value (two for a flow collection rewritten); an insertion none.
  const changed = changedLines(text, after);
  if (changed.length > 2) problems.push(`${where}: ${changed.length} existing lines changed: ${JSON.stringify(changed.slice(0, 4))}`);
  // The placeholders are for the user to fill in: fill them as a user would.
  if (fix.id === 'suppress') after = after.replace(/-- REASON\b/, '-- accepted by the team in review');
  if (fix.id === 'add-announcement') after = after.replace(/\bpublished: DATE\b/, 'published: 2026-11-01');
  const again = check(after);
  if (again.findings.some((x) => x.rule === 'yaml-syntax')) problems.push(`${where}: the result does not parse: ${again.findings.find((x) => x.rule === 'yaml-syntax')!.message}`);
  const schema = (r: typeof again) => r.findings.filter((x) => x.rule === 'schema').length;
  // Through an alias, an item appended to one list lands in another too, as YAML means it.
  if (schema(again) > schema(before) && !hasAlias(before.parsed))
    problems.push(`${where}: new schema findings ${JSON.stringify(again.findings.filter((x) => x.rule === 'schema').map((x) => x.message))}`);
  const outside = valueChangesOutside(before.parsed, again.parsed, REACH[fix.id] ?? []);
  if (outside.length) problems.push(`${where}: changed ${outside.join(', ')}`);
  if (active(again.findings, f) >= active(before.findings, f)) problems.push(`${where}: the finding is still there: ${f.message}`);
  return problems;
}

const MOVE_DAY = '2026-11-23';

/** A move changes the phase value and appends one log entry (spec section 9); nothing else. */
function moveProblems(text: string, parsed: NonNullable<ReturnType<typeof check>['parsed']>, direction: 'next' | 'previous'): string[] {
  const outcome = movePhase(parsed, direction, { today: MOVE_DAY, locale: 'sv' });
  if ('refused' in outcome) return outcome.refused.en && outcome.refused.sv ? [] : [`move ${direction}: a refusal without a reason`];
  const where = `move ${direction} to ${outcome.phase}`;
  const problems: string[] = [];
  if (outcome.edits.length !== 2) problems.push(`${where}: ${outcome.edits.length} edits`);
  const after = applyEdits(text, outcome.edits);
  const lost = lostComments(text, after);
  if (lost.length) problems.push(`${where}: comments lost ${JSON.stringify(lost)}`);
  // Each edit alone: the value's line only; the log entry inserted, or written into one line (a flow sequence).
  const [valueEdit, logEdit] = outcome.edits;
  const changed = changedLines(text, applyEdits(text, valueEdit ? [valueEdit] : []));
  if (changed.length !== 1 || !/^\s*phase\s*:/.test(changed[0]!)) problems.push(`${where}: changed ${JSON.stringify(changed)}`);
  const logged = changedLines(text, applyEdits(text, logEdit ? [logEdit] : []));
  if (logged.length > 1) problems.push(`${where}: the log entry changed ${JSON.stringify(logged)}`);
  const again = check(after);
  if (again.findings.some((x) => x.rule === 'yaml-syntax')) problems.push(`${where}: the result does not parse`);
  const value = topLevel(again.parsed?.value);
  if (value.phase !== outcome.phase) problems.push(`${where}: phase is ${String(value.phase)}`);
  const outside = valueChangesOutside(parsed, again.parsed, ['phase', 'log']);
  if (outside.length) problems.push(`${where}: changed ${outside.join(', ')}`);
  if (!hasAlias(parsed)) {
    const [was, is] = [topLevel(parsed.value).log, value.log];
    const old = Array.isArray(was) ? was : [];
    const entry = Array.isArray(is) ? is[is.length - 1] : undefined;
    if (!Array.isArray(is) || is.length !== old.length + 1 || !isDeepStrictEqual(is.slice(0, -1), old)) problems.push(`${where}: log did not gain exactly one entry at its end`);
    else if (
      !isDeepStrictEqual(Object.keys(topLevel(entry)), ['date', 'event', 'phase']) ||
      topLevel(entry).date !== MOVE_DAY ||
      topLevel(entry).phase !== outcome.phase ||
      !String(topLevel(entry).event).startsWith('Fas: ')
    ) {
      problems.push(`${where}: log entry ${JSON.stringify(entry)}`);
    }
  }
  return problems;
}

/** All fixes of all findings, and both moves, on one case text. */
export function checkEdits(input: string): void {
  const before = check(input);
  const parsed = before.parsed;
  if (!parsed || parsed.problems.length > 0) return;
  // Edits are offsets into the text the engine parsed (a BOM left out), as the server maps them.
  const text = parsed.text;
  const problems: string[] = [];
  for (const f of before.findings) {
    if (f.suppressed) continue;
    for (const fix of fixesFor(parsed, f, ctx)) {
      // A command fix (open-docs) edits nothing: it must say so, and there is nothing to apply.
      if (fix.command) {
        if (fix.edits.length) problems.push(`${fix.id}: a command fix with edits`);
        continue;
      }
      problems.push(...fixProblems(text, before, f, fix));
    }
  }
  for (const direction of ['next', 'previous'] as const) problems.push(...moveProblems(text, parsed, direction));
  if (problems.length) throw new Error(problems.join('\n'));
}
