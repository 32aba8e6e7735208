import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../server/src/engine/parse';
import { complete } from '../../server/src/engine/editing/complete';
import type { CompletionEntry } from '../../server/src/engine/editing/types';
import { bar, context, sample } from './context';

function run(textWithBar: string, ctx = context()) {
  const { parsed, offset, text } = bar(textWithBar);
  const entries = complete(parsed, offset, ctx);
  const by = (label: string) => entries.find((e) => e.label === label);
  return { entries, by, labels: entries.map((e) => e.label), text, offset };
}

const sorted = (entries: CompletionEntry[]) => [...entries].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((e) => e.label);

describe('complete: keys', () => {
  it('offers the top-level keys not yet present, required first, with docs and no detail that repeats the key', () => {
    const { by, labels, entries } = run('id: VGR-2026-040\ntitle: Test\nph|\n');
    expect(labels).not.toContain('id');
    expect(labels).not.toContain('title');
    expect(labels).toContain('tags');
    const phase = by('phase')!;
    expect(phase).toMatchObject({ kind: 'property', insertText: 'phase: ' });
    expect(phase.detail).toBeUndefined();
    expect(phase.documentation).toMatch(/^\*\*Phase\*\*\n\nThe phase the case is in/);
    // required keys (kind, phase, opened, and requester since kind is not need-announcement) sort first
    expect(sorted(entries).slice(0, 4).sort()).toEqual(['kind', 'opened', 'phase', 'requester']);
  });

  it('replaces the word typed so far', () => {
    const { by, text } = run('id: X\nori|\n');
    const r = by('origin')!.replace;
    expect(text.slice(r.offset, r.endOffset)).toBe('ori');
  });

  it('object keys open a block, lists of objects open an item, lists of scalars a flow sequence', () => {
    const { by } = run('id: X\n|\n');
    expect(by('requester')).toMatchObject({ insertText: 'requester:\n  $0', snippet: true });
    expect(by('agreements')).toMatchObject({ insertText: 'agreements:\n  - $0', snippet: true });
    expect(by('tags')).toMatchObject({ insertText: 'tags: [$0]', snippet: true });
  });

  it('keys of a list item, in Swedish, with the Swedish title as detail', () => {
    const { by, labels } = run('agreements:\n  - type: nda\n    s|\n', context('case', 'sv'));
    expect(labels).not.toContain('type');
    expect(labels).toEqual(expect.arrayContaining(['status', 'signed', 'billing', 'financing']));
    expect(by('status')!.detail).toBeUndefined();
    expect(by('billing')).toMatchObject({ detail: 'Debitering' });
    expect(by('billing')!.documentation).toMatch(/^\*\*Debitering\*\*/);
  });

  it('an object key inside a list item indents relative to the line', () => {
    const { by } = run('agreements:\n  - type: nda\n    |\n');
    expect(by('financing')).toMatchObject({ insertText: 'financing:\n  $0' });
    const item = run('required_agreements:\n  - |\n', context('policy'));
    // The item's content starts two columns after the line's indentation.
    expect(item.by('when')).toMatchObject({ insertText: 'when:\n    $0' });
  });

  it('inside an existing key, only the name is inserted', () => {
    expect(run('id: X\norig|in: need\n').by('origin')!.insertText).toBe('origin');
  });

  it('the first key of a new list item', () => {
    const { labels, by } = run('stakeholders:\n  - role: legal\n    name: Henrik Dahl\n  - |\n');
    expect(labels).toEqual(expect.arrayContaining(['role', 'name', 'unit', 'email']));
    expect(sorted(run('stakeholders:\n  - |\n').entries).slice(0, 2).sort()).toEqual(['name', 'role']);
    expect(by('role')!.kind).toBe('property');
  });

  it('conditional requirements: `date` sorts first unless the decision is pending', () => {
    const approved = run('anchoring:\n  - unit: SU\n    by: Ingrid Palm\n    role: sjukhusdirektör\n    decision: approved\n    |\n');
    expect(approved.by('date')!.sortText!.startsWith('0')).toBe(true);
    const pending = run('anchoring:\n  - unit: SU\n    decision: pending\n    |\n');
    expect(pending.by('date')!.sortText!.startsWith('1')).toBe(true);
  });

  it('nothing in a comment, a block scalar, or under a scalar field', () => {
    expect(run('# |\nid: X\n').entries).toEqual([]);
    expect(run('summary: >-\n  text |\n').entries).toEqual([]);
    expect(run('phase: needs\n  |\n').entries).toEqual([]);
  });
});

describe('complete: values', () => {
  it('enum values with their docs and English titles', () => {
    const { by, labels } = run('id: X\nkind: |\n');
    expect(labels).toEqual(['dialogue', 'advice', 'test-activity', 'co-development', 'innovation-procurement', 'innovation-partnership', 'need-announcement', 'clinical-trial']);
    expect(by('test-activity')).toMatchObject({ kind: 'enum', insertText: 'test-activity' });
    expect(by('co-development')!.detail).toBeUndefined();
    expect(run('phase: |\n').by('execution')!.detail).toBe('Project execution');
    expect(by('test-activity')!.documentation).toMatch(/^\*\*Test activity\*\*\n\nA test in a care setting/);
  });

  it('enum docs and detail in Swedish', () => {
    const { by } = run('phase: pl|\n', context('case', 'sv'));
    expect(by('planning')!.documentation).toMatch(/^\*\*Planering och vägval\*\*/);
    expect(by('planning')!.detail).toBe('Planering och vägval');
    expect(run('kind: |\n', context('case', 'sv')).by('test-activity')!.detail).toBe('Testaktivitet');
  });

  it('replaces the whole value being edited', () => {
    const { by, text } = run('phase: exe|cution\n');
    const r = by('result')!.replace;
    expect(text.slice(r.offset, r.endOffset)).toBe('execution');
  });

  it('a space is inserted right after the colon', () => {
    expect(run('phase:|\n').by('needs')!.insertText).toBe(' needs');
  });

  it('booleans and the format version', () => {
    expect(run('need:\n  verified: |\n').labels).toEqual(['true', 'false']);
    expect(run('version: |\n').labels).toEqual(['1']);
  });

  it('flow sequence items without those already listed', () => {
    const { labels } = run('directed_at:\n  - unit: NU/Medicin\n    asks: [staff-time, |, data]\n');
    expect(labels).toEqual(['patients', 'test-environment', 'premises', 'equipment', 'expertise']);
  });

  it('block sequence items of an enum', () => {
    const { labels } = run('directed_at:\n  - unit: NU/Medicin\n    asks:\n      - |\n');
    expect(labels).toContain('staff-time');
  });

  it('nested enums: agreement status and requester type', () => {
    expect(run('agreements:\n  - type: nda\n    status: |\n').labels).toEqual(['draft', 'negotiating', 'signed', 'terminated', 'expired']);
    expect(run('requester:\n  organisation: X\n  type: c|\n').labels).toContain('company');
  });
});

describe('complete: references from the directory and the repository', () => {
  it('units with their names', () => {
    const { by, labels } = run('directed_at:\n  - unit: |\n');
    expect(labels).toContain('SU/Ortopedi');
    expect(by('SU/Ortopedi')).toMatchObject({ kind: 'reference', detail: 'Ortopedi, Sahlgrenska Universitetssjukhuset' });
  });

  it('anchoring units: those the case is directed at first', () => {
    const { entries } = run('directed_at:\n  - unit: NU/Medicin\nanchoring:\n  - unit: |\n');
    expect(sorted(entries)[0]).toBe('NU/Medicin');
  });

  it("anchoring.by: the managers of the item's unit first, with their roles as detail", () => {
    const { entries, by } = run('anchoring:\n  - unit: SU/Ortopedi\n    by: |\n    role: verksamhetschef\n');
    expect(sorted(entries)[0]).toBe('Anna Berg');
    expect(by('Anna Berg')).toMatchObject({ detail: 'verksamhetschef (SU/Ortopedi)' });
    expect(by('Anna Berg')!.documentation).toContain('manager role for `SU/Ortopedi`');
    // a non-manager at the same unit is not preferred
    expect(by('Tobias Wikström')!.sortText!.startsWith('1')).toBe(true);
  });

  it('anchoring.by with a unit given after the cursor, in a flow mapping', () => {
    const { entries } = run('anchoring:\n  - { by: |, unit: NU/Medicin }\n');
    expect(sorted(entries)[0]).toBe('Fredrik Holmberg');
  });

  it("anchoring.role: the policy's manager roles, the one the person holds first", () => {
    const { labels, entries } = run('anchoring:\n  - unit: SU/Ortopedi\n    by: Anna Berg\n    role: |\n');
    expect(labels).toContain('avdelningschef'); // from samples/casefile.yaml
    expect(sorted(entries)[0]).toBe('verksamhetschef');
  });

  it('stakeholder names', () => {
    const { by } = run('stakeholders:\n  - role: legal\n    name: Hen|\n');
    expect(by('Henrik Dahl')).toMatchObject({ detail: 'jurist (VGR/Juridik)' });
  });

  it("stakeholder names: who holds the item's role in the directory first (by the role's value or its titles)", () => {
    const { entries, by } = run('stakeholders:\n  - role: legal\n    name: |\n');
    // `legal` is titled `Jurist` in Swedish: the directory's `jurist`s rank first.
    expect(sorted(entries).slice(0, 2).sort()).toEqual(['Henrik Dahl', 'Oskar Lindberg']);
    expect(by('Henrik Dahl')!.documentation).toContain('Holds the role `jurist` in the directory.');
    expect(by('Maria Holm')!.sortText!.startsWith('3')).toBe(true);
    // With the unit given too, the holder at that unit comes first.
    const atUnit = run('stakeholders:\n  - role: legal\n    unit: Skåne/Juridik\n    name: |\n');
    expect(sorted(atUnit.entries)[0]).toBe('Oskar Lindberg');
    // A role spelled as in the directory (roleKey: no case or extra spaces) works the same.
    const direct = run('stakeholders:\n  - { role: "  JURIST ", name: | }\n');
    expect(direct.by('Oskar Lindberg')!.sortText!.startsWith('1')).toBe(true);
    expect(run('stakeholders:\n  - { role: business-contact, name: | }\n').by('Tobias Wikström')!.sortText!.startsWith('1')).toBe(true);
  });

  it("a stakeholder's or anchoring's unit: the chosen person's units first", () => {
    const { entries, by } = run('stakeholders:\n  - role: it\n    name: Tobias Wikström\n    unit: |\n');
    expect(sorted(entries)[0]).toBe('SU/Ortopedi');
    expect(by('SU/Ortopedi')!.documentation).toContain('A unit where `Tobias Wikström` holds a role.');
    // anchoring: the person's units, then the units the case is directed at
    const anchoring = run('directed_at:\n  - unit: NU/Medicin\nanchoring:\n  - by: Anna Berg\n    unit: |\n');
    expect(sorted(anchoring.entries).slice(0, 2)).toEqual(['SU/Ortopedi', 'NU/Medicin']);
    // an unknown person changes nothing
    expect(sorted(run('stakeholders:\n  - name: Nobody\n    unit: |\n').entries)[0]).toBe(sorted(run('directed_at:\n  - unit: |\n').entries)[0]);
  });

  it("the unit key's detail is not Swedish in English (it repeats nothing either)", () => {
    expect(run('stakeholders:\n  - role: it\n    un|\n').by('unit')!.detail).toBeUndefined();
    expect(run('stakeholders:\n  - role: it\n    un|\n', context('case', 'sv')).by('unit')!.detail).toBe('Enhet');
    expect(run('need:\n  ver|\n').by('verified_by')!.detail).toBeUndefined();
  });

  it('no directory: no units or people, but enums still work', () => {
    expect(run('directed_at:\n  - unit: |\n', context('case', 'en', false)).entries).toEqual([]);
    expect(run('stakeholders:\n  - role: |\n', context('case', 'en', false)).labels).toContain('legal');
  });

  it("links.related: case ids except the case's own", () => {
    const { labels } = run('id: VGR-2026-012\nlinks:\n  related: [|]\n');
    expect(labels).toEqual(['SKANE-2026-002', 'VGR-2025-011']);
    const block = run('id: VGR-2026-012\nlinks:\n  related:\n    - VGR-2025-011\n    - |\n');
    expect(block.labels).toEqual(['SKANE-2026-002', 'VGR-2025-011']);
  });

  it('links.related: each id with its title as detail, and its kind and phase in the docs', () => {
    const { by } = run('id: X-1\nlinks:\n  related: [|]\n');
    expect(by('VGR-2025-011')).toMatchObject({
      kind: 'reference',
      detail: 'Digital egenvård vid KOL',
      documentation: '**Kind:** Co-development (`co-development`)\n\n**Phase:** Planning and choice of path (`planning`)',
    });
    const bare = by('SKANE-2026-002')!;
    expect(bare.detail).toBeUndefined();
    expect(bare.documentation).toBe('**Kind:** Dialogue (`dialogue`)');
    const sv = run('id: X-1\nlinks:\n  related:\n    - |\n', context('case', 'sv')).by('VGR-2026-012')!;
    expect(sv.documentation).toMatch(/^\*\*\S+:\*\* Testaktivitet \(`test-activity`\)\n\n\*\*Fas:\*\* Projektgenomförande \(`execution`\)$/);
  });

  it("financing keys: the agreement's parties not yet given", () => {
    const { labels, by } = run(
      'agreements:\n  - type: research-collaboration\n    status: draft\n    parties: [Västra Götalandsregionen, Medtech AB]\n    financing:\n      Medtech AB: 50\n      |\n',
    );
    expect(labels).toEqual(['Västra Götalandsregionen']);
    expect(by('Västra Götalandsregionen')!.insertText).toBe('Västra Götalandsregionen: ');
  });

  it('values that YAML would misread are quoted', () => {
    const ctx = { ...context(), cases: [{ id: '2026' }, { id: 'A-1' }] };
    expect(run('links:\n  related: [|]\n', ctx).by('2026')!.insertText).toBe('"2026"');
  });
});

describe('complete: policy and directory files', () => {
  it('rule ids as keys under rules:, severities as values', () => {
    const keys = run('rules:\n  stale-case: off\n  nda|\n', context('policy'));
    expect(keys.labels).toContain('nda-public-staff');
    expect(keys.labels).not.toContain('stale-case');
    expect(keys.by('nda-public-staff')!.insertText).toBe('nda-public-staff: ');
    const values = run('rules:\n  stale-case: |\n', context('policy'));
    expect(values.labels).toEqual(['off', 'info', 'warning', 'error']);
    expect(values.by('off')!.detail).toBeUndefined();
    expect(run('rules:\n  stale-case: |\n', context('policy', 'sv')).by('off')!.detail).toBe('Av');
  });

  it('policy requirement roles and condition kinds', () => {
    expect(run('required_stakeholders:\n  - role: |\n', context('policy')).labels).toContain('procurement');
    expect(run('required_stakeholders:\n  - role: it\n    when: { kind: [|] }\n', context('policy')).labels).toContain('test-activity');
    expect(run('manager_roles: [verksamhetschef, |]\n', context('policy')).labels).not.toContain('verksamhetschef');
  });

  it('directory keys and unit references', () => {
    expect(run('units:\n  - id: SU\n    |\n', context('directory')).labels).toEqual(['name', 'parent', 'email']);
    const units = run('units:\n  - id: Lokal/Enhet\npeople:\n  - name: A\n    roles:\n      - { role: enhetschef, unit: | }\n', context('directory'));
    expect(units.labels).toContain('Lokal/Enhet');
    expect(units.labels).toContain('SU/Ortopedi');
  });
});

describe('complete: robustness', () => {
  it('CRLF text', () => {
    const { labels, by, text } = run('id: X\r\nagreements:\r\n  - type: nda\r\n    status: neg|\r\n');
    expect(labels).toContain('negotiating');
    const r = by('negotiating')!.replace;
    expect(text.slice(r.offset, r.endOffset)).toBe('neg');
  });

  it('broken YAML elsewhere does not stop completion', () => {
    const { labels } = run('id: X\ntitle: "unclosed\nkind: [\nphase: |\n');
    expect(Array.isArray(labels)).toBe(true);
    expect(run('id: X\nfoo: : :\n  - ]\nphase: |\n').labels).toContain('needs');
  });

  it('unknown keys give nothing', () => {
    expect(run('nonsense:\n  |\n').entries).toEqual([]);
    expect(run('nonsense: |\n').entries).toEqual([]);
  });
});

describe('complete: every position of the samples', () => {
  it('never throws; each entry replaces a single-line range around the cursor', () => {
    const dir = join(__dirname, '..', '..', 'samples', 'cases', '2026');
    let offered = 0;
    for (const file of readdirSync(dir).slice(0, 3)) {
      const text = readFileSync(join(dir, file), 'utf8');
      const parsed = parseYaml(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const entries = complete(parsed, offset, context());
        offered += entries.length;
        for (const e of entries) {
          expect(e.replace.offset).toBeLessThanOrEqual(offset);
          expect(e.replace.endOffset).toBeGreaterThanOrEqual(offset);
          expect(text.slice(e.replace.offset, e.replace.endOffset)).not.toContain('\n');
        }
      }
    }
    expect(offered).toBeGreaterThan(1000);
  });

  it('every prefix of a case (as if typed from the start) completes without throwing', () => {
    const text = sample('cases/2026/vgr-2026-012.case.yaml');
    for (let end = 0; end <= text.length; end += 7) {
      const prefix = text.slice(0, end);
      expect(() => complete(parseYaml(prefix), prefix.length, context())).not.toThrow();
    }
  });
});
