// The condition language shared by the built-in requirement tables and casefile.yaml's
// `required_stakeholders` / `required_agreements`: every key given must hold; a list means any of.
import { items, obj, str, strings, type CaseData } from './model';

export interface Condition {
  kind?: string[];
  origin?: string[];
  phase?: string[];
  digital?: boolean;
  medical_device?: string[];
  personal_data?: boolean;
  patient_data?: boolean;
  requester_access?: boolean;
  /** Some directed_at item asks for any of these. */
  asks?: string[];
  procurement_route?: string[];
  /** Any agreement of these types is listed. */
  agreements?: string[];
  /** directed_at is (true) or is not (false) empty. */
  directed_at?: boolean;
  /** Some agreement is (true) or none is (false) listed. */
  any_agreement?: boolean;
}

export function holds(condition: Condition, data: CaseData): boolean {
  const solution = obj(data.solution);
  const dataFlags = obj(data.data);
  const directed = items(data.directed_at);
  const agreements = items(data.agreements);
  const oneOf = (list: string[] | undefined, value: unknown) => list === undefined || (typeof value === 'string' && list.includes(value));
  const flag = (want: boolean | undefined, value: unknown) => want === undefined || (value === true) === want;
  return (
    oneOf(condition.kind, data.kind) &&
    oneOf(condition.origin, data.origin) &&
    oneOf(condition.phase, data.phase) &&
    flag(condition.digital, solution.digital) &&
    oneOf(condition.medical_device, solution.medical_device) &&
    flag(condition.personal_data, dataFlags.personal_data) &&
    flag(condition.patient_data, dataFlags.patient_data) &&
    flag(condition.requester_access, dataFlags.requester_access) &&
    (condition.asks === undefined || directed.some(({ item }) => strings(item.asks).some((a) => condition.asks!.includes(a)))) &&
    oneOf(condition.procurement_route, obj(data.procurement).route) &&
    (condition.agreements === undefined || agreements.some(({ item }) => condition.agreements!.includes(str(item.type) ?? ''))) &&
    (condition.directed_at === undefined || directed.length > 0 === condition.directed_at) &&
    (condition.any_agreement === undefined || agreements.length > 0 === condition.any_agreement)
  );
}

/** The first `directed_at` item asking for `ask`, and where in its `asks` list (for a finding's range). */
export function firstAsk(data: CaseData, ask: string): { index: number; askIndex: number } | undefined {
  for (const { item, index } of items(data.directed_at)) {
    const asks = Array.isArray(item.asks) ? (item.asks as unknown[]) : [];
    const askIndex = asks.indexOf(ask);
    if (askIndex >= 0) return { index, askIndex };
  }
  return undefined;
}
