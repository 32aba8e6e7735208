// The schemas in schemas/ are the single source for validation, completion and hover.
// Each is compiled once per process (lazily, so that code which never validates pays nothing).
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { SCHEMAS } from './schema-data';
import type { CaseFileKind } from './types';

export { SCHEMAS, enumOf } from './schema-data';

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
