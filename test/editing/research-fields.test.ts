// Completion and hover know the fields of the research rule pack (spec section 13) from the schema
// alone: keys where they belong, the transfer bases with their docs, Swedish titles in Swedish.
import { describe, expect, it } from 'vitest';
import { complete } from '../../server/src/engine/editing/complete';
import { hover } from '../../server/src/engine/editing/hover';
import { parseYaml } from '../../server/src/engine/parse';
import type { Locale } from '../../server/src/engine/types';
import { bar, context } from './context';

function labels(textWithBar: string, locale: Locale = 'en') {
  const { parsed, offset } = bar(textWithBar);
  return complete(parsed, offset, context('case', locale));
}

function hoverOn(text: string, needle: string, delta: number, locale: Locale) {
  const info = hover(parseYaml(text), text.indexOf(needle) + delta, context('case', locale), []);
  return { info, under: info ? text.slice(info.offset, info.endOffset) : undefined };
}

describe('completion of the new fields', () => {
  it('offers ce_marked inside solution, with its docs', () => {
    const entries = labels('id: X\nsolution:\n  trl: 5\n  |\n');
    const ce = entries.find((e) => e.label === 'ce_marked');
    expect(ce).toMatchObject({ kind: 'property', insertText: 'ce_marked: ' });
    expect(ce!.documentation).toMatch(/^\*\*CE marked\*\*\n\nWhether the product carries CE marking/);
    expect(entries.map((e) => e.label)).not.toContain('trl');
  });

  it('offers third_country and transfer_basis inside data', () => {
    const names = labels('id: X\ndata:\n  personal_data: true\n  |\n').map((e) => e.label);
    expect(names).toEqual(expect.arrayContaining(['third_country', 'transfer_basis', 'patient_data']));
    expect(names).not.toContain('personal_data');
  });

  it('offers announcement and consent at the top level, as blocks, and their keys inside them', () => {
    const top = labels('id: X\n|\n');
    expect(top.find((e) => e.label === 'announcement')).toMatchObject({ insertText: 'announcement:\n  $0', snippet: true });
    expect(top.find((e) => e.label === 'consent')).toMatchObject({ insertText: 'consent:\n  $0', snippet: true });
    expect(
      labels('id: X\nannouncement:\n  |\n')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['channel', 'closes', 'published']);
    expect(
      labels('id: X\nconsent:\n  |\n')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['form', 'procedure']);
  });

  it('offers the four transfer bases with their docs, in English and Swedish', () => {
    const en = labels('id: X\ndata:\n  transfer_basis: |\n');
    expect(en.map((e) => e.label)).toEqual(['adequacy-decision', 'standard-contractual-clauses', 'binding-corporate-rules', 'derogation']);
    expect(en.every((e) => e.kind === 'enum')).toBe(true);
    expect(en.find((e) => e.label === 'standard-contractual-clauses')!.documentation).toMatch(/^\*\*Standard contractual clauses\*\*\n\n.*GDPR article 46/);
    expect(en.find((e) => e.label === 'derogation')!.documentation).toMatch(/GDPR article 49/);
    const sv = labels('id: X\ndata:\n  transfer_basis: |\n', 'sv');
    expect(sv.map((e) => e.detail)).toEqual(['Adekvansbeslut', 'Standardavtalsklausuler', 'Bindande företagsbestämmelser', 'Undantag']);
    expect(sv.find((e) => e.label === 'adequacy-decision')!.documentation).toMatch(/^\*\*Adekvansbeslut\*\*\n\nEU-kommissionen/);
  });
});

describe('hover on the new fields', () => {
  const text =
    'id: X\nsolution:\n  ce_marked: false\ndata:\n  third_country: true\n  transfer_basis: standard-contractual-clauses\nconsent:\n  procedure: Muntligt och skriftligt\n';

  it('transfer_basis in Swedish: the Swedish title and description, over the key', () => {
    const { info, under } = hoverOn(text, 'transfer_basis:', 2, 'sv');
    expect(under).toBe('transfer_basis');
    expect(info!.markdown).toBe('**Grund för överföring** · `data.transfer_basis`\n\nGrunden enligt GDPR kapitel V för att föra över personuppgifter utanför EU/EES.');
  });

  it('standard-contractual-clauses in Swedish: the value’s Swedish title and doc, then its field', () => {
    const { info, under } = hoverOn(text, 'standard-contractual-clauses', 3, 'sv');
    expect(under).toBe('standard-contractual-clauses');
    expect(info!.markdown).toMatch(/^`standard-contractual-clauses` — \*\*Standardavtalsklausuler\*\*\n\nKommissionens standardavtalsklausuler \(GDPR artikel 46\)/);
    expect(info!.markdown).toMatch(/Grund för överföring · `data\.transfer_basis`$/);
  });

  it('ce_marked, third_country and consent.procedure in English and Swedish', () => {
    expect(hoverOn(text, 'ce_marked', 1, 'en').info!.markdown).toMatch(/^\*\*CE marked\*\* · `solution\.ce_marked`/);
    expect(hoverOn(text, 'ce_marked', 1, 'sv').info!.markdown).toMatch(/^\*\*CE-märkt\*\* · `solution\.ce_marked`/);
    expect(hoverOn(text, 'third_country', 1, 'sv').info!.markdown).toMatch(/^\*\*[^*]+\*\* · `data\.third_country`\n\n/);
    expect(hoverOn(text, 'procedure', 1, 'sv').info!.markdown).toMatch(/^\*\*Rutin\*\* · `consent\.procedure`\n\nHur deltagarna informeras/);
  });
});
