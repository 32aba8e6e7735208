import { describe, expect, it } from 'vitest';
import { PHASES } from '../../server/src/engine/model';
import { enumDoc, enumLabel, enumValues } from '../../client/src/labels';

describe('labels from the case schema', () => {
  it('gives the spec §2 phase labels in both languages', () => {
    expect(enumValues('phase')).toEqual([...PHASES]);
    expect(enumLabel('phase', 'needs', 'en')).toBe('Needs and landscape analysis');
    expect(enumLabel('phase', 'needs', 'sv')).toBe('Behovs- och omvärldsanalys');
    expect(enumLabel('phase', 'execution', 'sv')).toBe('Projektgenomförande');
    expect(enumLabel('phase', 'closed', 'en')).toBe('Closed');
  });

  it('labels and describes every kind in both languages', () => {
    const kinds = enumValues('kind');
    expect(kinds).toContain('test-activity');
    for (const kind of kinds) {
      for (const locale of ['en', 'sv'] as const) {
        const doc = enumDoc('kind', kind, locale);
        expect(doc?.title, `${kind} ${locale}`).toBeTruthy();
        expect(doc?.description, `${kind} ${locale}`).toBeTruthy();
      }
    }
    expect(enumLabel('kind', 'test-activity', 'sv')).toBe('Testaktivitet');
  });

  it('falls back to the raw value for an unknown one', () => {
    expect(enumLabel('kind', 'nonsense', 'sv')).toBe('nonsense');
    expect(enumLabel('kind', undefined, 'sv')).toBeUndefined();
  });
});
