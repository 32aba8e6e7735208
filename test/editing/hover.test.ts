import { describe, expect, it } from 'vitest';
import { checkText } from '../../server/src/engine';
import { hover } from '../../server/src/engine/editing/hover';
import { docsUrl } from '../../server/src/engine/docs';
import { RULES_BY_ID } from '../../server/src/engine/rules';
import { parseYaml } from '../../server/src/engine/parse';
import { bar, context, sample } from './context';

const CASE = sample('cases/2026/vgr-2026-012.case.yaml');

function hoverAt(text: string, needle: string, delta = 1, ctx = context(), findings = checkText('cases/x.case.yaml', text, 'case', { ...ctx, today: '2026-11-23' }).findings) {
  const offset = text.indexOf(needle) + delta;
  if (offset < delta) throw new Error(`not found: ${needle}`);
  return { info: hover(parseYaml(text), offset, ctx, findings), text };
}

describe('hover: fields', () => {
  it('a key: title, path and description, exactly over the key', () => {
    const { info, text } = hoverAt(CASE, 'verified_by:', 3);
    expect(info).toBeDefined();
    expect(text.slice(info!.offset, info!.endOffset)).toBe('verified_by');
    expect(info!.offset).toBe(text.indexOf('verified_by:'));
    expect(info!.markdown).toBe('**Verified by** · `need.verified_by`\n\nWho verified the need.');
  });

  it('a key in a list item, in Swedish', () => {
    const { info } = hoverAt(CASE, 'status: signed', 2, context('case', 'sv'));
    expect(info!.markdown).toMatch(/^\*\*Status\*\* · `agreements\[\]\.status`\n\n/);
  });

  it("an enum value: the value's doc, the range is the value", () => {
    const { info, text } = hoverAt(CASE, 'kind: test-activity', 8);
    expect(text.slice(info!.offset, info!.endOffset)).toBe('test-activity');
    expect(info!.markdown).toMatch(/^`test-activity` — \*\*Test activity\*\*\n\nA test in a care setting/);
  });

  it('an enum value inside a flow sequence, in Swedish', () => {
    const { info, text } = hoverAt(CASE, 'data, test-environment', 1, context('case', 'sv'));
    expect(text.slice(info!.offset, info!.endOffset)).toBe('data');
    expect(info!.markdown).toContain('`data` — **');
    expect(info!.markdown).toContain('`directed_at[].asks[]`');
  });

  it('a unit and a person from the directory', () => {
    expect(hoverAt(CASE, 'unit: NU/Medicin', 8).info!.markdown).toContain('`NU/Medicin` — Medicinområdet, NU-sjukvården (NÄL)');
    expect(hoverAt(CASE, 'by: Fredrik', 6).info!.markdown).toContain('**Fredrik Holmberg** — områdeschef (NU/Medicin)');
  });

  it('nothing on blank space or a comment', () => {
    expect(hoverAt(CASE, '# DELIBERATE', 3, context(), []).info).toBeUndefined();
  });
});

describe('hover: findings', () => {
  it("a finding's rule first (heading, description, rationale, source, link; not the message), then the field doc", () => {
    const { info, text } = hoverAt(CASE, 'billing: fixed-price', 11);
    expect(info).toBeDefined();
    expect(text.slice(info!.offset, info!.endOffset)).toBe('fixed-price');
    const [finding, field] = info!.markdown.split('\n\n---\n\n');
    expect(finding).toBe(
      [
        '#### billing-model',
        RULES_BY_ID.get('billing-model')!.meta.description.en,
        `*Why:* ${RULES_BY_ID.get('billing-model')!.meta.rationale.en}`,
        '*Source:* Innovationsplattformen VGR: stöd i näringslivssamverkan — “vi enbart får debitera faktiska kostnader”',
        `[Documentation: billing-model](${docsUrl('billing-model')})`,
      ].join('\n\n'),
    );
    const findings = checkText('cases/x.case.yaml', CASE, 'case', { ...context(), today: '2026-11-23' }).findings;
    const message = findings.find((f) => f.rule === 'billing-model' && text.slice(f.offset, f.endOffset) === 'fixed-price')!.message;
    expect(info!.markdown).not.toContain(message);
    expect(field).toMatch(/^`fixed-price` — \*\*/);
  });

  it('in Swedish, with Swedish quotes around the source', () => {
    const ctx = context('case', 'sv');
    const { info } = hoverAt(CASE, 'billing: fixed-price', 11, ctx);
    expect(info!.markdown).toMatch(/^#### billing-model\n\nEtt uppdragsavtal/);
    expect(info!.markdown).toContain('*Varför:*');
    expect(info!.markdown).toContain('*Källa:* Innovationsplattformen VGR: stöd i näringslivssamverkan — ”vi enbart får debitera faktiska kostnader”');
    expect(info!.markdown).toContain('[Dokumentation: billing-model]');
  });

  it('several sources as a list; a rule without sources has no source line', () => {
    const text = 'id: X\ntitle: T\n';
    const at = (rule: string) => [{ rule, severity: 'warning' as const, message: 'M.', offset: 0, endOffset: 2, line: 1, column: 1, endLine: 1, endColumn: 3 }];
    const many = RULES_BY_ID.get('missing-stakeholder')!.meta.sources;
    expect(many.length).toBeGreaterThan(1);
    const md = hover(parseYaml(text), 1, context(), at('missing-stakeholder'))!.markdown;
    expect(md).toContain(`*Sources:*\n\n- ${many[0]!.title}`);
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(many.length);
    expect(hover(parseYaml(text), 1, context(), at('schema'))!.markdown).not.toMatch(/\*Sources?:\*/);
  });

  it("a finding where no key or value is: the finding's own range", () => {
    const text = 'id: X\ntitle: T\n\n# notes\n';
    const at = text.indexOf('# notes');
    const findings = [
      { rule: 'missing-stakeholder', severity: 'warning' as const, message: 'No innovation officer.', offset: at, endOffset: at + 7, line: 4, column: 1, endLine: 4, endColumn: 8 },
    ];
    const info = hover(parseYaml(text), at + 2, context(), findings)!;
    expect(info).toMatchObject({ offset: at, endOffset: at + 7 });
    expect(info.markdown).toMatch(/^#### missing-stakeholder\n\n/);
    expect(info.markdown).not.toContain('No innovation officer.');
    expect(info.markdown).not.toContain('---');
  });

  it("a finding on a key: the finding, then the key's doc", () => {
    const text = 'id: X\ntitle: T\n';
    const findings = [{ rule: 'schema', severity: 'error' as const, message: 'Missing `kind`.', offset: 0, endOffset: 2, line: 1, column: 1, endLine: 1, endColumn: 3 }];
    const info = hover(parseYaml(text), 1, context(), findings)!;
    expect(info.markdown).toMatch(/^#### schema\n\n[\s\S]*\n\n---\n\n\*\*Id\*\* · `id`/);
    expect(info.markdown).not.toContain('Missing `kind`.');
    expect(info).toMatchObject({ offset: 0, endOffset: 2 });
  });

  it('suppressed findings are not shown', () => {
    const { text, offset } = bar('agreements:\n  - type: n|da\n    status: draft\n');
    const finding = {
      rule: 'nda-public-staff',
      severity: 'warning' as const,
      message: 'Suppressed message.',
      offset: text.indexOf('nda'),
      endOffset: text.indexOf('nda') + 3,
      line: 2,
      column: 11,
      endLine: 2,
      endColumn: 14,
      suppressed: { reason: 'ok', line: 1 },
    };
    const info = hover(parseYaml(text), offset, context(), [finding])!;
    expect(info.markdown).not.toContain('nda-public-staff');
    expect(info.markdown).not.toContain('---');
  });
});

describe('hover: robustness', () => {
  it('broken YAML gives a result or nothing, never throws', () => {
    for (const t of ['', ':', 'phase: [', 'a:\n  - b: [\n', '- x\n- y']) {
      for (let i = 0; i <= t.length; i++) expect(() => hover(parseYaml(t), i, context(), [])).not.toThrow();
    }
  });

  it('CRLF keeps exact ranges', () => {
    const text = CASE.replace(/\n/g, '\r\n');
    const { info } = hoverAt(text, 'medical_device: no', 16);
    expect(text.slice(info!.offset, info!.endOffset)).toBe('no');
    expect(info!.markdown).toMatch(/^`no` — \*\*No\*\*/);
  });

  it('policy files: a rule key', () => {
    const text = sample('casefile.yaml');
    const { info } = hoverAt(text, 'nda-public-staff: error', 2, context('policy'), []);
    expect(info!.markdown).toMatch(/^\*\*nda-public-staff\*\* · `rules\.nda-public-staff`/);
  });
});
