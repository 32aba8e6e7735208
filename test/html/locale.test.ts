// Swedish labels, dates and numbers with locale 'sv'; phase and outcome labels from the schema.
import { describe, expect, it } from 'vitest';
import { enumTitle } from '../../server/src/engine/editing/schema-docs';
import { RULES_BY_ID } from '../../server/src/engine/rules';
import { portfolioHtml } from '../../server/src/html/portfolio';
import { sampleReport } from './fixture';
import { section } from './scan';

describe('languages', () => {
  const sv = portfolioHtml(sampleReport(), { locale: 'sv' });
  const en = portfolioHtml(sampleReport(), { locale: 'en' });

  it('speaks Swedish with locale sv', () => {
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain('<h1>Ärendeportfölj</h1>');
    expect(sv).toContain('Läge per 23 november 2026');
    expect(section(sv, 'stale')).toContain('<h2>Avstannade ärenden</h2>');
    expect(sv).toContain('Behovs- och omvärldsanalys');
    expect(sv).toContain('Projektgenomförande');
    expect(sv).toContain('Infört');
    expect(sv).toContain('gräns 90 dagar');
    expect(sv).toContain('september 2026');
    expect(sv).toContain(RULES_BY_ID.get('billing-model')!.meta.description.sv);
    expect(sv).not.toContain('Needs and landscape analysis');
  });

  it('speaks English with locale en', () => {
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('As of 23 November 2026');
    expect(en).toContain('Needs and landscape analysis');
    expect(en).toContain(RULES_BY_ID.get('billing-model')!.meta.description.en);
    expect(en).not.toContain('Behovs- och omvärldsanalys');
  });

  it('takes phase and outcome labels from the schema', () => {
    for (const [locale, html] of [['sv', sv] as const, ['en', en] as const]) {
      expect(html).toContain(enumTitle('case', ['phase'], 'planning', locale)!);
      expect(html).toContain(enumTitle('case', ['outcome', 'result'], 'declined', locale)!);
    }
  });
});
