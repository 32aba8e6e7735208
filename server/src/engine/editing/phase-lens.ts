// The code lens above a case's `phase:` key: the next phase and what its gate still needs, e.g.
// `→ Project execution: needs evaluation.benefit`. The gate is gates.ts's, asked as move-phase asks it,
// so the lens says "can move" exactly when the move would be made.
import { isScalar, type Node } from 'yaml';
import { unmetGate, type GateNeed } from '../gates';
import { PHASES, type CaseData, type Phase } from '../model';
import { nodeAt, type ParsedYaml } from '../parse';
import type { Locale } from '../types';
import { gateFieldText, list } from './move-phase';
import { enumTitle } from './schema-docs';

export interface PhaseLens {
  /** The `phase` key, where the lens sits. */
  offset: number;
  endOffset: number;
  phase: Phase;
  next: Phase;
  /** The next phase's unmet needs in gate order; empty when the case can move. */
  missing: GateNeed[];
  /** The YAML does not parse, so no move can be made until it does. */
  syntax: boolean;
  /** The lens text in the UI language. */
  title: string;
  /** What to select when the move cannot be made: the first syntax problem, or the first missing field's value (else the nearest key above it). */
  select?: { offset: number; endOffset: number };
}

/** The lens of a case; undefined without a `phase` key, with an unknown phase, and for a closed case (no next phase). */
export function phaseLens(parsed: ParsedYaml, locale: Locale): PhaseLens | undefined {
  const found = nodeAt(parsed.doc, ['phase']);
  const key = found?.pair?.key as Node | undefined;
  const value = found?.node;
  if (!key?.range || !isScalar(value) || typeof value.value !== 'string') return undefined;
  const phase = value.value as Phase;
  const at = PHASES.indexOf(phase);
  const next = PHASES[at + 1];
  if (at < 0 || !next) return undefined;
  const base = { offset: key.range[0], endOffset: key.range[1], phase, next };
  const arrow = `→ ${enumTitle('case', ['phase'], next, locale) ?? next}`;
  const syntax = parsed.problems[0];
  if (syntax || parsed.value === undefined) {
    const title = `${arrow}: ${locale === 'sv' ? 'rätta YAML-syntaxen först' : 'fix the YAML syntax first'}`;
    return { ...base, missing: [], syntax: true, title, ...(syntax ? { select: { offset: syntax.span.offset, endOffset: syntax.span.endOffset } } : {}) };
  }
  // As move-phase asks: the case as it would be in the next phase.
  const missing = unmetGate({ ...(parsed.value as CaseData), phase: next }, next);
  if (missing.length === 0) return { ...base, missing, syntax: false, title: arrow };
  const fields = list(
    missing.map((m) => gateFieldText(m.field)),
    locale === 'sv' ? 'och' : 'and',
  );
  const title = `${arrow}: ${locale === 'sv' ? 'saknar' : 'needs'} ${fields}`;
  const select = placeOf(parsed, missing[0]!.field);
  return { ...base, missing, syntax: false, title, ...(select ? { select } : {}) };
}

/** The field's value (`false` of `need.verified: false`, an empty value's key), else the nearest key above it that exists. */
function placeOf(parsed: ParsedYaml, field: string): { offset: number; endOffset: number } | undefined {
  const path = field.split('.');
  for (let n = path.length; n > 0; n--) {
    const found = nodeAt(parsed.doc, path.slice(0, n));
    if (!found) continue;
    const own = n === path.length ? found.node?.range : undefined;
    const range = own && own[1] > own[0] ? own : (found.pair?.key as Node | undefined)?.range;
    return range ? { offset: range[0], endOffset: range[1] } : undefined;
  }
  return undefined;
}
