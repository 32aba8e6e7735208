// The walkthrough's templates for casefile.yaml and directory.yaml check clean in both languages,
// and the policy template changes nothing but what its comments say.
import { describe, expect, it } from 'vitest';
import { checkText, defaultPolicy, finishRepository, loadSettings } from '../../server/src/engine';
import { parseYaml } from '../../server/src/engine/parse';
import { policyFrom } from '../../server/src/engine/policy';
import { TEMPLATE_FILES, templateText } from '../../server/src/engine/editing/templates';
import { SCHEMAS } from '../../server/src/engine/schemas';
import type { Locale } from '../../server/src/engine/types';

const LOCALES: Locale[] = ['en', 'sv'];

describe.each(LOCALES)('templates in %s', (locale) => {
  const policy = templateText('policy', locale);
  const directory = templateText('directory', locale);
  const settings = loadSettings(
    { policy: { file: TEMPLATE_FILES.policy, content: policy }, directory: { file: TEMPLATE_FILES.directory, content: directory } },
    { today: '2026-11-23', locale },
  );

  it('check with no findings', () => {
    expect(settings.files.map((f) => f.file)).toEqual(['casefile.yaml', 'directory.yaml']);
    expect(settings.files.flatMap((f) => f.findings)).toEqual([]);
  });

  it('the policy is the default policy with stale-case at its default severity', () => {
    expect(policyFrom(parseYaml(policy).value)).toEqual({ ...defaultPolicy(), rules: { 'stale-case': 'info' } });
  });

  it('comment every top-level key of the policy schema, and set or show each', () => {
    for (const key of Object.keys(SCHEMAS.policy.properties as object)) expect(policy, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    // Each key has a comment line right above it.
    for (const line of policy.split('\n').filter((l) => /^[a-z_]+:/.test(l))) {
      const above = policy.split('\n')[policy.split('\n').indexOf(line) - 1]!;
      expect(above, line).toMatch(/^#/);
    }
  });

  it("a case that names the directory's example people and units checks without unknown references", () => {
    const [unit, manager] = locale === 'sv' ? ['Region/Ortopedi', 'Kim Exempel'] : ['Region/Orthopaedics', 'Kim Example'];
    const officer = locale === 'sv' ? 'Alex Exempel' : 'Alex Example';
    const text = `id: T-2026-001
title: Test
kind: dialogue
phase: needs
opened: 2026-11-20
requester: { organisation: Example AB, type: company }
directed_at:
  - unit: ${unit}
anchoring:
  - { unit: ${unit}, by: ${manager}, role: verksamhetschef, decision: approved, date: 2026-11-21 }
stakeholders:
  - { role: innovation-officer, name: ${officer}, unit: Region/Innovation }
`;
    const options = { today: '2026-11-23', locale, policy: settings.policy, directory: settings.directory! };
    const [result] = finishRepository([checkText('t.case.yaml', text, 'case', options)], options);
    expect(settings.directory!.people.size).toBe(2);
    expect(result!.findings.filter((f) => f.rule === 'unknown-reference' || f.rule === 'unanchored-request' || f.rule === 'schema')).toEqual([]);
  });
});
