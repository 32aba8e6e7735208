// The incremental form of the repository step gives what finishRepository gives, and leaves the
// cached local results as they were, so the server can finish one file again and again.
import { describe, expect, it } from 'vitest';
import { checkText, crossFileFindings, defaultPolicy, finalFindings, finishRepository, type CheckOptions } from '../../server/src/engine';

const options: CheckOptions = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' };
const A =
  'version: 1\nid: X-2026-001\ntitle: A\nkind: dialogue\nphase: needs\nopened: 2026-11-01\n# casefile-disable-next-line unknown-reference -- planned case\nlinks: { related: [X-2026-009] }\n';
const B = 'version: 1\nid: X-2026-001\ntitle: B\nkind: dialogue\nphase: needs\nopened: 2026-11-01\nlinks: { related: [X-2026-002] }\n';

describe('crossFileFindings + finalFindings', () => {
  it('equal finishRepository and do not change the local results', () => {
    const local = [checkText('cases/a.case.yaml', A, 'case', options), checkText('cases/b.case.yaml', B, 'case', options)];
    const snapshot = JSON.stringify(local.map((r) => r.findings));
    const cross = crossFileFindings(
      local.flatMap((r) => (r.facts ? [r.facts] : [])),
      options,
    );
    const incremental = local.map((r) => finalFindings(r, cross.get(r.file) ?? [], options));
    expect(JSON.stringify(local.map((r) => r.findings))).toBe(snapshot);
    expect(finalFindings(local[0]!, cross.get('cases/a.case.yaml') ?? [], options)).toEqual(incremental[0]);

    const batch = finishRepository([checkText('cases/a.case.yaml', A, 'case', options), checkText('cases/b.case.yaml', B, 'case', options)], options);
    expect(incremental).toEqual(batch.map((r) => r.findings));
    expect(incremental[0]!.map((f) => [f.rule, !!f.suppressed])).toEqual(
      expect.arrayContaining([
        ['duplicate-id', false],
        ['unknown-reference', true],
      ]),
    );
    expect(incremental[1]!.map((f) => f.rule)).toEqual(expect.arrayContaining(['duplicate-id', 'unknown-reference']));
  });
});
