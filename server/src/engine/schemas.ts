// The schemas in schemas/ are the single source for validation, completion and hover.
// Each is compiled once per process (lazily, so that code which never validates pays nothing).
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import caseSchema from '../../../schemas/case.schema.json';
import policySchema from '../../../schemas/policy.schema.json';
import directorySchema from '../../../schemas/directory.schema.json';
import type { CaseFileKind } from './types';

export const SCHEMAS: Record<CaseFileKind, Record<string, unknown>> = {
  case: caseSchema as Record<string, unknown>,
  policy: policySchema as Record<string, unknown>,
  directory: directorySchema as Record<string, unknown>,
};

let ajv: Ajv2020 | undefined;
const compiled: Partial<Record<CaseFileKind, ValidateFunction>> = {};
let compileCount = 0;

/** The validator of a kind of file, compiled on first use and never again (workers need only `case`). */
export function validator(kind: CaseFileKind): ValidateFunction {
  let validate = compiled[kind];
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true });
      addFormats(ajv, ['date', 'email']);
      // Annotations for the editor (Swedish texts, per-value docs); they do not validate.
      ajv.addKeyword({ keyword: 'x-sv', schemaType: 'object' });
      ajv.addKeyword({ keyword: 'x-enum', schemaType: 'object' });
    }
    validate = compiled[kind] = ajv.compile(SCHEMAS[kind]);
    compileCount++;
  }
  return validate;
}

/** How many schemas were compiled in this process (a test holds it at one per kind). */
export function schemaCompileCount(): number {
  return compileCount;
}

/** Enum values of a named $defs entry of the case schema, in schema order. */
export function enumOf(name: string): string[] {
  const defs = (SCHEMAS.case.$defs ?? {}) as Record<string, { enum?: unknown[] }>;
  return (defs[name]?.enum ?? []).filter((v): v is string => typeof v === 'string');
}
