// A loose, typed view of a case as plain data. Rules read it defensively: a value of the wrong
// type is the schema's finding, not a crash and not a second finding.
export type Phase = 'needs' | 'planning' | 'execution' | 'result' | 'closed';

export const PHASES: readonly Phase[] = ['needs', 'planning', 'execution', 'result', 'closed'];

export function phaseIndex(phase: string | undefined): number {
  return PHASES.indexOf(phase as Phase);
}

/** The value when it is one of PHASES, else undefined. */
export function validPhase(value: unknown): Phase | undefined {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value) ? (value as Phase) : undefined;
}

/** True when the case's phase is `from` or later. An unknown phase counts as `needs`. */
export function atLeast(phase: string | undefined, from: Phase): boolean {
  return Math.max(0, phaseIndex(phase)) >= phaseIndex(from);
}

export interface CaseData {
  version?: unknown;
  id?: unknown;
  title?: unknown;
  kind?: unknown;
  origin?: unknown;
  phase?: unknown;
  opened?: unknown;
  summary?: unknown;
  requester?: unknown;
  need?: unknown;
  announcement?: unknown;
  solution?: unknown;
  data?: unknown;
  consent?: unknown;
  directed_at?: unknown;
  anchoring?: unknown;
  stakeholders?: unknown;
  agreements?: unknown;
  risk_sharing?: unknown;
  procurement?: unknown;
  funding?: unknown;
  evaluation?: unknown;
  outcome?: unknown;
  marketing?: unknown;
  links?: unknown;
  log?: unknown;
  tags?: unknown;
  [key: string]: unknown;
}

export type Obj = Record<string, unknown>;

/**
 * The case lists whose items name a directory unit (`unit`), and the key naming a person in two of
 * them: one list for unknown-reference, the index's facts and navigation. (`need.verified_by` names
 * a person too; navigation follows it, the rule does not check it.)
 */
export const DIRECTORY_LISTS: readonly { list: 'directed_at' | 'anchoring' | 'stakeholders'; person?: 'by' | 'name' }[] = [
  { list: 'directed_at' },
  { list: 'anchoring', person: 'by' },
  { list: 'stakeholders', person: 'name' },
];

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): Obj {
  return isObj(value) ? value : {};
}

/** The items of a list with their original indexes (so findings can point back at them). */
export function items(value: unknown): { item: Obj; index: number }[] {
  if (!Array.isArray(value)) return [];
  const out: { item: Obj; index: number }[] = [];
  value.forEach((item, index) => {
    if (isObj(item)) out.push({ item, index });
  });
  return out;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string, trimmed; undefined otherwise. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A value is given: a non-empty string or any other value (a wrong type is the schema's finding). */
export function given(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

/** Present but not a mapping: the schema reports it, and the rules reading the mapping stay silent. */
export function notMapping(value: unknown): boolean {
  return value !== undefined && value !== null && !isObj(value);
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// Dates live in dates.ts; re-exported for the rules that read them with the rest of the model.
export { DATE_RE, date } from './dates';

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The case as the rules see it: common derived facts computed once. */
export interface CaseView {
  data: CaseData;
  id: string | undefined;
  kind: string | undefined;
  phase: string | undefined;
  closed: boolean;
}

export function viewOf(data: CaseData): CaseView {
  const phase = str(data.phase);
  return { data, id: str(data.id), kind: str(data.kind), phase, closed: phase === 'closed' };
}

/** Today in the machine's time zone, YYYY-MM-DD (what stale-case judges by unless told). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
