import { describe, expect, it } from 'vitest';
import { docOf, enumValues, propertiesOf, schemaAt, titleDetail, typeOf } from '../../server/src/engine/editing/schema-docs';

describe('schemaAt', () => {
  it('walks properties, $ref into $defs and items', () => {
    const type = schemaAt('case', ['agreements', 3, 'type'])!;
    expect(type.enum).toContain('research-collaboration');
    // the property's own texts win over the $defs entry
    expect(docOf(type, 'en').title).toBe('Type');
    expect(schemaAt('case', ['directed_at', 0, 'asks', 2])!.enum).toContain('staff-time');
  });

  it('walks into `additionalProperties` schemas (agreement financing)', () => {
    expect(typeOf(schemaAt('case', ['agreements', 0, 'financing', 'Schemakraft AB'])!)).toBe('number');
  });

  it('gives undefined for unknown paths and caches results', () => {
    expect(schemaAt('case', ['nonsense'])).toBeUndefined();
    expect(schemaAt('case', ['phase', 'deeper'])).toBeUndefined();
    expect(schemaAt('case', ['agreements', 0])).toBe(schemaAt('case', ['agreements', 7]));
  });

  it('policy and directory schemas', () => {
    expect(schemaAt('policy', ['rules', 'stale-case'])!.enum).toEqual(['off', 'info', 'warning', 'error']);
    expect(schemaAt('policy', ['required_stakeholders', 0, 'when', 'kind', 0])!.enum).toContain('dialogue');
    expect([...propertiesOf('directory', schemaAt('directory', ['people', 0, 'roles', 0])!).keys()]).toEqual(['role', 'unit']);
  });
});

describe('docOf and enumValues', () => {
  it('English and Swedish texts', () => {
    const phase = schemaAt('case', ['phase'])!;
    expect(docOf(phase, 'en')).toEqual({ title: 'Phase', description: 'The phase the case is in: needs, planning, execution, result or closed.' });
    expect(docOf(phase, 'sv').title).toBe('Fas');
  });

  it("a completion's detail is the title in the user's language, unless it only repeats the label", () => {
    expect(titleDetail('unit', 'Unit')).toBeUndefined();
    expect(titleDetail('verified_by', 'Verified by')).toBeUndefined();
    expect(titleDetail('unit', 'Enhet')).toBe('Enhet');
    expect(titleDetail('phase', undefined)).toBeUndefined();
  });

  it('per-value docs from x-enum, in the asked language', () => {
    const values = enumValues(schemaAt('case', ['solution', 'medical_device'])!, 'sv');
    expect(values.map((v) => v.value)).toEqual(['yes', 'no', 'unclear']);
    expect(values[2]).toEqual({
      value: 'unclear',
      doc: { title: 'Oklart', description: 'Det är ännu oklart om MDR gäller; involvera medicinteknisk kompetens.' },
    });
    expect(enumValues(schemaAt('case', ['solution', 'medical_device'])!, 'en')[2]).toMatchObject({ doc: { title: 'Unclear' } });
  });

  it('an inline enum (outcome.reached) and a const (version)', () => {
    expect(enumValues(schemaAt('case', ['outcome', 'reached'])!, 'en')[0]!.doc.title).toBe('Needs and landscape analysis');
    expect(enumValues(schemaAt('case', ['version'])!, 'en').map((v) => v.value)).toEqual([1]);
  });
});
