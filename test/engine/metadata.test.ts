// Every rule carries its metadata, messages in both languages and a docs page; the schemas carry
// English and Swedish texts for every property and enum value; the policy schema knows every rule.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, SCHEMAS, validator } from '../../server/src/engine';
import { schemaCompileCount } from '../../server/src/engine/schemas';
import { checkText, defaultPolicy } from '../../server/src/engine';
import { FIX_IDS } from '../../server/src/engine/fix-ids';

const ROOT = path.resolve(__dirname, '..', '..');

describe('rules', () => {
  // Extensions follow the spec's rules, so a new one is added to the registry alone.
  it('are the spec’s 16 and the research pack’s 7 in its order, then the extensions, each id once', () => {
    expect(RULE_IDS.slice(0, 23)).toEqual([
      'yaml-syntax',
      'schema',
      'duplicate-id',
      'unanchored-request',
      'missing-stakeholder',
      'missing-agreement',
      'billing-model',
      'unshared-financing',
      'nda-public-staff',
      'missing-risk-sharing',
      'procurement-not-considered',
      'phase-gate',
      'personal-identity-number',
      'date-order',
      'unknown-reference',
      'stale-case',
      'device-investigation',
      'third-country-data',
      'participant-consent',
      'research-exemption-basis',
      'need-announcement-open',
      'route-trl-fit',
      'reference-permission',
    ]);
    expect(RULE_IDS.slice(23, 25)).toEqual(['unreadable-file', 'suppression']);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of RULES) {
    it(`${rule.meta.id} has metadata, messages in English and Swedish, and a docs page`, () => {
      const m = rule.meta;
      for (const text of [m.description.en, m.description.sv, m.rationale.en, m.rationale.sv]) expect(text.length).toBeGreaterThan(20);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const message of Object.values(rule.messages)) {
        expect(message.en.trim()).not.toBe('');
        expect(message.sv.trim()).not.toBe('');
        expect(message.sv).not.toBe(message.en);
      }
      for (const source of m.sources) expect(source.seed).toMatch(/^00[0-4]$/);
      const doc = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${m.id}.md`), 'utf8');
      expect(doc).toMatch(new RegExp(`^# ${m.id}`));
      expect(doc).toContain('Sammanfattning på svenska');
    });
  }

  it('every quick-fix id is offered by some rule, and suppress by all but the unsuppressible', () => {
    expect([...new Set(RULES.flatMap((r) => r.meta.fixes ?? []))].sort()).toEqual([...FIX_IDS].sort());
    expect(RULES.filter((r) => !r.meta.fixes?.includes('suppress')).map((r) => r.meta.id)).toEqual(['yaml-syntax', 'unreadable-file', 'suppression']);
  });

  it('the process rules are exactly those the spec names', () => {
    expect(
      RULES.filter((r) => r.meta.processRule)
        .map((r) => r.meta.id)
        .sort(),
    ).toEqual([
      'device-investigation',
      'missing-agreement',
      'missing-risk-sharing',
      'missing-stakeholder',
      'need-announcement-open',
      'participant-consent',
      'procurement-not-considered',
      'reference-permission',
      'research-exemption-basis',
      'route-trl-fit',
      'stale-case',
      'unanchored-request',
    ]);
  });
});

describe('schemas', () => {
  it('the policy schema lists every rule id', () => {
    const rules = (SCHEMAS.policy.properties as Record<string, { properties: object }>).rules!.properties;
    expect(Object.keys(rules)).toEqual(RULE_IDS);
  });

  it('every property and enum value has a title and description in English and Swedish', () => {
    const problems: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const s = node as Record<string, unknown>;
      const props = s.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, prop] of Object.entries(props ?? {})) {
        const sv = prop['x-sv'] as { title?: string; description?: string } | undefined;
        if (!prop.title || !prop.description || !sv?.title || !sv?.description) problems.push(`${where}.${key}`);
      }
      if (Array.isArray(s.enum)) {
        const docs = (s['x-enum'] ?? {}) as Record<string, { title?: string; description?: string; 'x-sv'?: { title?: string; description?: string } }>;
        for (const v of s.enum) {
          const d = docs[String(v)];
          if (!d?.title || !d.description || !d['x-sv']?.title || !d['x-sv']?.description) problems.push(`${where} enum ${String(v)}`);
        }
      }
      // if/then/else only restate conditions; they are not documented fields.
      for (const [k, v] of Object.entries(s)) if (typeof v === 'object' && k !== 'if') visit(v, `${where}/${k}`);
    };
    for (const [name, schema] of Object.entries(SCHEMAS)) visit(schema, name);
    expect(problems).toEqual([]);
  });

  it('are compiled once per process, not per file', () => {
    const options = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' as const };
    validator('case');
    const before = schemaCompileCount();
    for (let i = 0; i < 50; i++) checkText(`c${i}.case.yaml`, `id: C-${i}\n`, 'case', options);
    expect(schemaCompileCount()).toBe(before);
  });

  it('every sample case of the bundled repository is schema-valid except the deliberate findings', () => {
    const dir = path.join(ROOT, 'samples', 'cases');
    const files: string[] = [];
    const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files.push(path.join(d, e.name))));
    walk(dir);
    expect(files.length).toBeGreaterThanOrEqual(10);
    const options = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' as const };
    for (const f of files) expect(checkText(f, fs.readFileSync(f, 'utf8'), 'case', options).findings.filter((x) => x.rule === 'schema')).toEqual([]);
  });
});
