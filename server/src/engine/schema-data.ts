// The schemas in schemas/ as data, without the validator: the extension's client reads its labels
// and patterns from here, so it must not pull ajv into its bundle (schemas.ts compiles them).
import caseSchema from '../../../schemas/case.schema.json';
import policySchema from '../../../schemas/policy.schema.json';
import directorySchema from '../../../schemas/directory.schema.json';
import type { CaseFileKind } from './types';

export const SCHEMAS: Record<CaseFileKind, Record<string, unknown>> = {
  case: caseSchema as Record<string, unknown>,
  policy: policySchema as Record<string, unknown>,
  directory: directorySchema as Record<string, unknown>,
};

/** Enum values of a named $defs entry of the case schema, in schema order. */
export function enumOf(name: string): string[] {
  const defs = (SCHEMAS.case.$defs ?? {}) as Record<string, { enum?: unknown[] }>;
  return (defs[name]?.enum ?? []).filter((v): v is string => typeof v === 'string');
}
