// A changed case in words a reviewer reads ("agreement `assignment` signed `2026-05-02`"), en and sv.
// Values from the file are `{ value }` parts, never part of our strings; what no sentence covers is
// named in one closing phrase ("also changed: `solution.trl`, `tags`").
import { isObj, type CaseData, type Obj } from '../model';
import type { Locale } from '../types';
import { valueChanges } from './diff';
import type { Phrase } from './types';

type Part = string | { value: string };
type Field = 'title' | 'kind' | 'requester' | 'outcome' | 'benefit' | 'feasibility';

const v = (value: string): Part => ({ value });
const opt = (cond: unknown, ...parts: Part[]): Part[] => (cond ? parts : []);

const TEXT = {
  en: {
    field: { title: 'title', kind: 'kind', requester: 'requester', outcome: 'outcome', benefit: 'benefit', feasibility: 'feasibility' } as Record<Field, string>,
    set: (f: string, to: string): Part[] => [`${f} set to `, v(to)],
    unset: (f: string): Part[] => [`${f} removed`],
    changed: (f: string, from: string, to: string): Part[] => [`${f} changed from `, v(from), ' to ', v(to)],
    moved: (from: string, to: string): Part[] => ['file moved from ', v(from), ' to ', v(to)],
    unparsed: 'the file can no longer be read as a case (see its findings)',
    parsed: 'the file can be read as a case again',
    phase: (from: string, to: string): Part[] => ['phase moved from ', v(from), ' to ', v(to)],
    decision: { approved: 'approved', declined: 'declined', pending: 'awaiting a decision', other: 'changed' },
    anchoring: (unit: string, decision: string, by?: string, role?: string, date?: string): Part[] => [
      'anchoring with ',
      v(unit),
      ` ${decision}`,
      ...opt(by, ' by ', v(by!)),
      ...opt(role, ', ', v(role!)),
      ...opt(date, ', ', v(date!)),
    ],
    anchoringRemoved: (unit: string): Part[] => ['anchoring with ', v(unit), ' removed'],
    agreementAdded: (type: string, status?: string, signed?: string): Part[] =>
      status === 'signed' ? ['agreement ', v(type), ' added, signed', ...opt(signed, ' ', v(signed!))] : ['agreement ', v(type), ' added', ...opt(status, ' (', v(status!), ')')],
    agreementStatus: (type: string, from: string | undefined, to: string | undefined, signed?: string): Part[] =>
      to === 'signed'
        ? ['agreement ', v(type), ' signed', ...opt(signed, ' ', v(signed!))]
        : to === 'terminated'
          ? ['agreement ', v(type), ' terminated']
          : to === 'expired'
            ? ['agreement ', v(type), ' expired']
            : ['agreement ', v(type), ' status changed from ', v(from ?? '—'), ' to ', v(to ?? '—')],
    agreementRemoved: (type: string): Part[] => ['agreement ', v(type), ' removed'],
    stakeholder: (added: boolean, name: string, role: string): Part[] => [`stakeholder ${added ? 'added' : 'removed'}: `, v(name), ' (', v(role), ')'],
    verified: (by?: string): Part[] => ['need verified', ...opt(by, ' by ', v(by!))],
    unverified: (): Part[] => ['need no longer verified'],
    log: (n: number): Part[] => [`${n} log ${n === 1 ? 'entry' : 'entries'} added`],
    tags: (added: boolean, n: number): Part[] => [`${n === 1 ? 'tag' : 'tags'} ${added ? 'added' : 'removed'}: `],
    also: 'also changed: ',
  },
  sv: {
    // The field in definite form, and whether it is an ett-word (utfallet ändrat, rubriken ändrad).
    field: { title: 'rubriken', kind: 'typen', requester: 'den externa parten', outcome: 'utfallet', benefit: 'nyttan', feasibility: 'genomförbarheten' } as Record<Field, string>,
    set: (f: string, to: string): Part[] => [`${f} satt till `, v(to)],
    unset: (f: string): Part[] => [`${f} ${f === 'utfallet' ? 'borttaget' : 'borttagen'}`],
    changed: (f: string, from: string, to: string): Part[] => [`${f} ${f === 'utfallet' ? 'ändrat' : 'ändrad'} från `, v(from), ' till ', v(to)],
    moved: (from: string, to: string): Part[] => ['filen flyttad från ', v(from), ' till ', v(to)],
    unparsed: 'filen kan inte längre läsas som ett ärende (se dess fynd)',
    parsed: 'filen kan läsas som ett ärende igen',
    phase: (from: string, to: string): Part[] => ['fasen flyttad från ', v(from), ' till ', v(to)],
    decision: { approved: 'godkänd', declined: 'avböjd', pending: 'väntar på beslut', other: 'ändrad' },
    anchoring: (unit: string, decision: string, by?: string, role?: string, date?: string): Part[] => [
      'förankring med ',
      v(unit),
      ` ${decision}`,
      ...opt(by, ' av ', v(by!)),
      ...opt(role, ', ', v(role!)),
      ...opt(date, ', ', v(date!)),
    ],
    anchoringRemoved: (unit: string): Part[] => ['förankring med ', v(unit), ' borttagen'],
    agreementAdded: (type: string, status?: string, signed?: string): Part[] =>
      status === 'signed' ? ['avtal ', v(type), ' tillagt, undertecknat', ...opt(signed, ' ', v(signed!))] : ['avtal ', v(type), ' tillagt', ...opt(status, ' (', v(status!), ')')],
    agreementStatus: (type: string, from: string | undefined, to: string | undefined, signed?: string): Part[] =>
      to === 'signed'
        ? ['avtal ', v(type), ' undertecknat', ...opt(signed, ' ', v(signed!))]
        : to === 'terminated'
          ? ['avtal ', v(type), ' uppsagt']
          : to === 'expired'
            ? ['avtal ', v(type), ' utgånget']
            : ['avtal ', v(type), ': status ändrad från ', v(from ?? '—'), ' till ', v(to ?? '—')],
    agreementRemoved: (type: string): Part[] => ['avtal ', v(type), ' borttaget'],
    stakeholder: (added: boolean, name: string, role: string): Part[] => [added ? 'ny i arbetsgruppen: ' : 'borttagen ur arbetsgruppen: ', v(name), ' (', v(role), ')'],
    verified: (by?: string): Part[] => ['behovet verifierat', ...opt(by, ' av ', v(by!))],
    unverified: (): Part[] => ['behovet inte längre verifierat'],
    log: (n: number): Part[] => [`${n} ${n === 1 ? 'loggpost tillagd' : 'loggposter tillagda'}`],
    tags: (added: boolean, n: number): Part[] => [`${n === 1 ? 'tagg' : 'taggar'} ${added ? (n === 1 ? 'tillagd' : 'tillagda') : n === 1 ? 'borttagen' : 'borttagna'}: `],
    also: 'även ändrat: ',
  },
};

type Text = (typeof TEXT)['en'];

/** "file moved from `a` to `b`": for a case whose file moved, with or without other changes. */
export function movedPhrase(from: string, to: string, locale: Locale): Phrase {
  return TEXT[locale].moved(from, to);
}

/** A case file that became unreadable as a case, or readable again. */
export function parsePhrase(readable: boolean, locale: Locale): Phrase {
  return [readable ? TEXT[locale].parsed : TEXT[locale].unparsed];
}

/**
 * What changed between two versions of one case, in sentences; the fields no sentence covers
 * close the list as one phrase. Empty when nothing differs.
 */
export function describeChanges(base: CaseData, head: CaseData, locale: Locale): Phrase[] {
  const t = TEXT[locale];
  // What no sentence explains stays in these copies; the sentences take their fields out.
  const rest = { base: structuredClone(base) as Obj, head: structuredClone(head) as Obj };
  const said: Phrase[] = [];
  const field = (f: Field, path: string[]) => {
    const [from, to] = [shown(at(base, path)), shown(at(head, path))];
    if (from === to) return;
    said.push(from === undefined ? t.set(t.field[f], to!) : to === undefined ? t.unset(t.field[f]) : t.changed(t.field[f], from, to));
    drop(rest, path);
  };
  field('title', ['title']);
  field('kind', ['kind']);
  const [from, to] = [shown(base.phase), shown(head.phase)];
  if (from !== undefined && to !== undefined && from !== to) {
    said.push(t.phase(from, to));
    drop(rest, ['phase']);
  }
  field('requester', ['requester', 'organisation']);
  verification(base, head, t, said, rest);
  anchoring(t, said, rest);
  agreements(t, said, rest);
  stakeholders(t, said, rest);
  field('benefit', ['evaluation', 'benefit']);
  field('feasibility', ['evaluation', 'feasibility']);
  field('outcome', ['outcome', 'result']);
  log(t, said, rest);
  tags(t, said, rest);
  // A list is named whole (`agreements`), not item by item.
  const others = [...new Set(valueChanges(rest.base, rest.head, { leaves: true }).map((p) => p.replace(/\[\d+\].*$/, '')))];
  if (others.length > 0) said.push([t.also, ...others.flatMap((p, i) => (i ? [', ', v(p)] : [v(p)]))]);
  return said;
}

type Rest = { base: Obj; head: Obj };

function verification(base: CaseData, head: CaseData, t: Text, said: Phrase[], rest: Rest): void {
  const [was, is] = [at(base, ['need', 'verified']) === true, at(head, ['need', 'verified']) === true];
  if (was === is) return;
  const by = shown(at(head, ['need', 'verified_by']));
  said.push(is ? t.verified(by) : t.unverified());
  drop(rest, ['need', 'verified']);
  if (is && by !== undefined) drop(rest, ['need', 'verified_by']);
}

function anchoring(t: Text, said: Phrase[], rest: Rest): void {
  const fields = ['unit', 'by', 'role', 'decision', 'date'];
  eachItem(
    said,
    rest,
    'anchoring',
    // By unit: a corrected name or role is the same anchoring, now by someone else.
    (a) => String(shown(a.unit)),
    (b, h) => {
      const unit = shown((h ?? b)!.unit) ?? '—';
      if (!h) return [t.anchoringRemoved(unit), true];
      if (b && fields.every((f) => shown(b[f]) === shown(h[f]))) return undefined;
      const decision = shown(h.decision);
      const word = decision === 'approved' || decision === 'declined' || decision === 'pending' ? t.decision[decision] : t.decision.other;
      return [t.anchoring(unit, word, shown(h.by), shown(h.role), decision === 'pending' ? undefined : shown(h.date)), b ? fields : true];
    },
  );
}

function agreements(t: Text, said: Phrase[], rest: Rest): void {
  eachItem(
    said,
    rest,
    'agreements',
    (a) => String(shown(a.type)),
    (b, h) => {
      const type = shown((h ?? b)!.type) ?? '—';
      if (!h) return [t.agreementRemoved(type), true];
      if (!b) return [t.agreementAdded(type, shown(h.status), shown(h.signed)), true];
      if (shown(b.status) === shown(h.status)) {
        // Still signed: only a signing date newly written down is a signing; other edits are "also changed".
        if (shown(h.status) !== 'signed' || shown(b.signed) !== undefined || shown(h.signed) === undefined) return undefined;
      }
      return [t.agreementStatus(type, shown(b.status), shown(h.status), shown(h.signed)), ['status', 'signed']];
    },
  );
}

function stakeholders(t: Text, said: Phrase[], rest: Rest): void {
  eachItem(
    said,
    rest,
    'stakeholders',
    (s) => `${shown(s.role)}\u0000${shown(s.name)}`,
    (b, h) => {
      if (b && h) return undefined;
      const s = (h ?? b)!;
      return [t.stakeholder(!b, shown(s.name) ?? '—', shown(s.role) ?? '—'), true];
    },
  );
}

/** New entries at the end of the log (the usual change); anything else is left to "also changed". */
function log(t: Text, said: Phrase[], rest: Rest): void {
  const [before, after] = [rest.base.log, rest.head.log];
  const old = Array.isArray(before) ? before : before === undefined ? [] : undefined;
  if (!old || !Array.isArray(after) || after.length <= old.length) return;
  if (valueChanges(old, after.slice(0, old.length)).length > 0) return;
  said.push(t.log(after.length - old.length));
  rest.head.log = after.slice(0, old.length);
  if (before === undefined) delete rest.head.log;
}

function tags(t: Text, said: Phrase[], rest: Rest): void {
  const list = (x: unknown) => (Array.isArray(x) ? x.map((tag) => shown(tag) ?? '') : []);
  const [before, after] = [list(rest.base.tags), list(rest.head.tags)];
  const added = after.filter((tag) => !before.includes(tag));
  const removed = before.filter((tag) => !after.includes(tag));
  for (const [which, tagsOf] of [
    [true, added],
    [false, removed],
  ] as const) {
    if (tagsOf.length) said.push([...t.tags(which, tagsOf.length), ...tagsOf.flatMap((tag, i) => (i ? [', ', v(tag)] : [v(tag)]))]);
  }
  if (added.length || removed.length) drop(rest, ['tags']);
}

/**
 * Pairs a list's items by key (the n-th of a key with the n-th), in head order, removed ones last, and
 * asks `say` about each pair: nothing to say, or a sentence and the fields it explains (`true`: the
 * whole item). Explained fields leave the residual copies.
 */
function eachItem(
  said: Phrase[],
  rest: Rest,
  key: string,
  keyOf: (item: Obj) => string,
  say: (base: Obj | undefined, head: Obj | undefined) => [Phrase, string[] | true] | undefined,
): void {
  const [before, after] = [rest.base[key], rest.head[key]];
  if (!Array.isArray(before ?? []) || !Array.isArray(after ?? [])) return;
  const [b, h] = [(before ?? []) as unknown[], (after ?? []) as unknown[]];
  const waiting = new Map<string, number[]>();
  b.forEach((item, i) => {
    if (isObj(item)) waiting.set(keyOf(item), [...(waiting.get(keyOf(item)) ?? []), i]);
  });
  const keepBase = new Set(b.keys());
  const keepHead = new Set(h.keys());
  const tell = (j: number | undefined, i: number | undefined) => {
    const [match, item] = [j === undefined ? undefined : (b[j] as Obj), i === undefined ? undefined : (h[i] as Obj)];
    const told = say(match, item);
    if (!told) return;
    said.push(told[0]);
    if (told[1] === true) {
      if (i !== undefined) keepHead.delete(i);
      if (j !== undefined) keepBase.delete(j);
    } else {
      for (const f of told[1]) {
        if (item) delete item[f];
        if (match) delete match[f];
      }
    }
  };
  h.forEach((item, i) => {
    if (isObj(item)) tell(waiting.get(keyOf(item))?.shift(), i);
  });
  for (const j of [...waiting.values()].flat().sort((x, y) => x - y)) tell(j, undefined);
  // A list added or removed whole and fully told leaves nothing behind, not an empty list.
  if (before !== undefined) rest.base[key] = b.filter((_, i) => keepBase.has(i));
  if (after !== undefined) rest.head[key] = h.filter((_, i) => keepHead.has(i));
  if (after === undefined && keepBase.size === 0) delete rest.base[key];
  if (before === undefined && keepHead.size === 0) delete rest.head[key];
}

/** A value as quoted text: strings, numbers and booleans; dates the parser made Date objects as YYYY-MM-DD. */
function shown(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

function at(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isObj(node) ? node[key] : undefined), data);
}

/** Takes a field out of both residual copies. */
function drop(rest: Rest, path: string[]): void {
  for (const side of [rest.base, rest.head]) {
    const parent = at(side, path.slice(0, -1));
    if (isObj(parent)) delete parent[path.at(-1)!];
  }
}
