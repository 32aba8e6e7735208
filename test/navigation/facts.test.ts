// A case's facts keep the people and units it names (values only), so navigation knows the files that
// name them from the index alone; the result cache keeps them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { checkText, defaultPolicy } from '../../server/src/engine';
import { ResultCache } from '../../server/src/engine/workspace/result-cache';
import { dedent } from '../helpers';

const TEXT = dedent(`
  id: VGR-1
  need:
    verified_by: Anna Berg
  directed_at:
    - unit: SU
  anchoring:
    - { unit: NU, by: "Bo Ek" }
  stakeholders:
    - role: legal
      name: Cai Ny
      unit: SU
    - role: it
      name: 42
`);

it('lists the people and units a case names, each once, in order', () => {
  const facts = checkText('cases/a.case.yaml', TEXT, 'case', { policy: defaultPolicy(), today: '2026-11-23', locale: 'en', names: true }).facts!;
  expect(facts.people).toEqual(['Anna Berg', 'Bo Ek', 'Cai Ny']);
  expect(facts.units).toEqual(['SU', 'NU']);
});

it('keeps them through the result cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-facts-'));
  try {
    const scope = { version: 't', today: '2026-11-23', locale: 'en' as const, settings: 's' };
    const result = checkText('a.case.yaml', TEXT, 'case', { policy: defaultPolicy(), today: '2026-11-23', locale: 'en', names: true });
    const cache = ResultCache.open(dir, scope);
    cache.set('blob', result);
    cache.save();
    const back = ResultCache.open(dir, scope).get('blob', 'b.case.yaml')!;
    expect(back.facts).toEqual({ ...result.facts, file: 'b.case.yaml' });
    expect(back.facts?.people).toHaveLength(3);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('are left out unless asked for (the CLI does not navigate)', () => {
  const facts = checkText('cases/a.case.yaml', TEXT, 'case', { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' }).facts!;
  expect(facts.people).toBeUndefined();
  expect(facts.units).toBeUndefined();
  expect(facts.id).toBeDefined();
});
