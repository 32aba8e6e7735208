import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../server/src/engine/review/describe';
import { plainPhrase } from '../../server/src/cli/review-formatters/json';
import type { CaseData } from '../../server/src/engine/model';

const base: CaseData = {
  id: 'VGR-2026-001',
  title: 'Artros',
  kind: 'test-activity',
  phase: 'planning',
  requester: { organisation: 'Artrosappen AB', type: 'company' },
  need: { statement: 'Väntetider', verified: false },
  anchoring: [{ unit: 'NU/Medicin', by: 'Fredrik Holmberg', role: 'områdeschef', decision: 'pending' }],
  stakeholders: [
    { role: 'innovation-officer', name: 'Maria Holm' },
    { role: 'legal', name: 'Per Ek' },
  ],
  agreements: [
    { type: 'assignment', status: 'draft', billing: 'actual-costs' },
    { type: 'nda', status: 'signed', signed: '2026-01-02' },
  ],
  evaluation: { benefit: 3 },
  solution: { trl: 4 },
  log: [{ date: '2026-09-01', event: 'Start' }],
  tags: ['artros'],
};

const said = (head: CaseData, locale: 'en' | 'sv' = 'en', from: CaseData = base) => describeChanges(from, head, locale).map(plainPhrase);

describe('describeChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(said(structuredClone(base))).toEqual([]);
  });

  it('tells an anchoring decision with who, role and date', () => {
    const head = { ...base, anchoring: [{ unit: 'NU/Medicin', by: 'Fredrik Holmberg', role: 'områdeschef', decision: 'approved', date: '2026-05-02' }] };
    expect(describeChanges(base, head, 'en')).toEqual([
      ['anchoring with ', { value: 'NU/Medicin' }, ' approved', ' by ', { value: 'Fredrik Holmberg' }, ', ', { value: 'områdeschef' }, ', ', { value: '2026-05-02' }],
    ]);
    expect(said(head, 'sv')).toEqual(['förankring med `NU/Medicin` godkänd av `Fredrik Holmberg`, `områdeschef`, `2026-05-02`']);
    const declined = { ...base, anchoring: [{ unit: 'NU/Medicin', by: 'Fredrik Holmberg', decision: 'declined', date: '2026-05-03' }] };
    expect(said(declined)).toEqual(['anchoring with `NU/Medicin` declined by `Fredrik Holmberg`, `2026-05-03`']);
    expect(said({ ...base, anchoring: [] }, 'sv')).toEqual(['förankring med `NU/Medicin` borttagen']);
    const added = { ...base, anchoring: [...(base.anchoring as object[]), { unit: 'SU', decision: 'pending' }] };
    expect(said(added)).toEqual(['anchoring with `SU` awaiting a decision']);
    expect(said(added, 'sv')).toEqual(['förankring med `SU` väntar på beslut']);
  });

  it('tells agreements signed, terminated, added and removed', () => {
    const head = {
      ...base,
      agreements: [
        { type: 'assignment', status: 'signed', signed: '2026-05-02', billing: 'actual-costs' },
        { type: 'nda', status: 'terminated', signed: '2026-01-02' },
        { type: 'testbed', status: 'draft' },
      ],
    };
    expect(said(head)).toEqual(['agreement `assignment` signed `2026-05-02`', 'agreement `nda` terminated', 'agreement `testbed` added (`draft`)']);
    expect(said(head, 'sv')).toEqual(['avtal `assignment` undertecknat `2026-05-02`', 'avtal `nda` uppsagt', 'avtal `testbed` tillagt (`draft`)']);
    expect(said({ ...base, agreements: [{ type: 'nda', status: 'negotiating' }] })).toEqual([
      'agreement `nda` status changed from `signed` to `negotiating`',
      'agreement `assignment` removed',
    ]);
  });

  it('tells stakeholders, verification, scores, outcome, phase, title, kind and requester', () => {
    const head: CaseData = {
      ...base,
      title: 'Artros 2',
      kind: 'co-development',
      phase: 'execution',
      requester: { organisation: 'Ny AB', type: 'company' },
      need: { statement: 'Väntetider', verified: true, verified_by: 'Eva Berg' },
      stakeholders: [
        { role: 'innovation-officer', name: 'Maria Holm' },
        { role: 'it', name: 'Ali R' },
      ],
      evaluation: { benefit: 4, feasibility: 2 },
      outcome: { result: 'implemented' },
    };
    expect(said(head)).toEqual([
      'title changed from `Artros` to `Artros 2`',
      'kind changed from `test-activity` to `co-development`',
      'phase moved from `planning` to `execution`',
      'requester changed from `Artrosappen AB` to `Ny AB`',
      'need verified by `Eva Berg`',
      'stakeholder added: `Ali R` (`it`)',
      'stakeholder removed: `Per Ek` (`legal`)',
      'benefit changed from `3` to `4`',
      'feasibility set to `2`',
      'outcome set to `implemented`',
    ]);
    expect(said(head, 'sv')).toEqual([
      'rubriken ändrad från `Artros` till `Artros 2`',
      'typen ändrad från `test-activity` till `co-development`',
      'fasen flyttad från `planning` till `execution`',
      'den externa parten ändrad från `Artrosappen AB` till `Ny AB`',
      'behovet verifierat av `Eva Berg`',
      'ny i arbetsgruppen: `Ali R` (`it`)',
      'borttagen ur arbetsgruppen: `Per Ek` (`legal`)',
      'nyttan ändrad från `3` till `4`',
      'genomförbarheten satt till `2`',
      'utfallet satt till `implemented`',
    ]);
  });

  it('counts log entries added at the end and tells tags', () => {
    const head = { ...base, log: [...(base.log as object[]), { date: '2026-10-01', event: 'A' }, { date: '2026-10-02', event: 'B' }], tags: ['ny'] };
    expect(said(head)).toEqual(['2 log entries added', 'tag added: `ny`', 'tag removed: `artros`']);
    expect(said(head, 'sv')).toEqual(['2 loggposter tillagda', 'tagg tillagd: `ny`', 'tagg borttagen: `artros`']);
    expect(said({ ...base, log: [{ date: '2026-09-01', event: 'Ändrad' }] })).toEqual(['also changed: `log`']);
  });

  it('names in one phrase what no sentence covers, and not what a sentence told', () => {
    const head = {
      ...base,
      solution: { trl: 5 },
      tags: ['artros', 'knä'].reverse(),
      agreements: [{ type: 'assignment', status: 'signed', signed: '2026-05-02', billing: 'fixed-price' }, base.agreements && (base.agreements as object[])[1]],
      outcome: { result: 'implemented', lessons: 'x' },
    };
    expect(said(head)).toEqual([
      'agreement `assignment` signed `2026-05-02`',
      'outcome set to `implemented`',
      'tag added: `knä`',
      'also changed: `agreements`, `outcome.lessons`, `solution.trl`',
    ]);
    expect(said({ ...base, tags: ['x', 'y'] }, 'sv', { ...base, tags: ['y', 'x'] })).toEqual(['även ändrat: `tags`']);
    expect(said({ ...base, 'odd key': 1, links: { 'a.b': [1] } })).toEqual(['also changed: `["odd key"]`, `links["a.b"]`']);
  });

  it('keeps values apart from our words, whatever they hold', () => {
    const head = { ...base, title: '`<script>` | @user ::error' };
    expect(describeChanges(base, head, 'en')[0]).toEqual(['title changed from ', { value: 'Artros' }, ' to ', { value: '`<script>` | @user ::error' }]);
  });
});
