// Golden quick-fix tests: each folder holds before.case.yaml, after.case.yaml and fix.json naming the
// rule and the fix. The fix applied to `before` must give `after` byte for byte, and `after` must no
// longer have the finding — or have it in the form fix.json's `remains` names (placeholder-driven).
// A fix that is a command (`command` in fix.json) has no edit: `after` is `before`, the finding stays.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, checkText, finishRepository, loadSettings, type Finding, type Locale } from '../../server/src/engine';
import { RULE_FIXES, UNSUPPRESSIBLE, fixesFor } from '../../server/src/engine/editing/fixes';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { REASON_PLACEHOLDER, isPlaceholder } from '../../server/src/engine/placeholders';
import { FIX_IDS } from '../../server/src/engine/fix-ids';

interface FixCase {
  rule: string;
  fix: string;
  /** The finding's data must contain these entries (to pick one of several findings). */
  data?: Record<string, unknown>;
  locale?: Locale;
  title?: string;
  policy?: string;
  directory?: string;
  /** `suppressed`, or the verdict/message id the finding has after a fix that fills in a placeholder decision. */
  remains?: 'suppressed' | 'pending' | 'unsigned';
  /** The fix is this command, not an edit. */
  command?: Record<string, unknown>;
}

const DIR = __dirname;
const TODAY = '2026-11-23';

function check(text: string, spec: FixCase) {
  const base = { today: TODAY, locale: spec.locale ?? ('en' as Locale) };
  const settings = loadSettings(
    {
      policy: spec.policy !== undefined ? { file: 'casefile.yaml', content: spec.policy } : undefined,
      directory: spec.directory !== undefined ? { file: 'directory.yaml', content: spec.directory } : undefined,
    },
    base,
  );
  for (const f of settings.files) expect(f.findings, `${f.file} of the fixture is valid`).toEqual([]);
  const options = { ...base, policy: settings.policy, directory: settings.directory };
  const [result] = finishRepository([checkText('cases/x.case.yaml', text, 'case', options)], options);
  return { result: result!, settings, options };
}

function matches(f: Finding, spec: FixCase): boolean {
  return f.rule === spec.rule && Object.entries(spec.data ?? {}).every(([k, v]) => f.data?.[k] === v);
}

const folders = fs.readdirSync(DIR).filter((d) => fs.existsSync(path.join(DIR, d, 'fix.json')));

describe('golden fixes', () => {
  it('cover every fix the rules declare, and suppression', () => {
    const used = new Set(folders.map((d) => (JSON.parse(fs.readFileSync(path.join(DIR, d, 'fix.json'), 'utf8')) as FixCase).fix));
    expect([...used].sort()).toEqual([...FIX_IDS].sort());
  });

  for (const folder of folders) {
    it(folder, () => {
      const spec = JSON.parse(fs.readFileSync(path.join(DIR, folder, 'fix.json'), 'utf8')) as FixCase;
      const before = fs.readFileSync(path.join(DIR, folder, 'before.case.yaml'), 'utf8');
      const after = fs.readFileSync(path.join(DIR, folder, 'after.case.yaml'), 'utf8');
      const { result, settings } = check(before, spec);
      const finding = result.findings.find((f) => matches(f, spec) && !f.suppressed);
      expect(finding, `a ${spec.rule} finding in before`).toBeDefined();
      const ctx = { kind: 'case' as const, locale: spec.locale ?? ('en' as Locale), policy: settings.policy, directory: settings.directory, cases: [] };
      const fix = fixesFor(result.parsed!, finding!, ctx).find((x) => x.id === spec.fix);
      expect(fix, `fix ${spec.fix}`).toBeDefined();
      if (spec.title) expect(fix!.title).toBe(spec.title);
      expect(fix!.finding).toBe(finding);
      expect(applyEdits(before, fix!.edits)).toBe(after);
      if (spec.command) {
        expect(fix!.edits).toEqual([]);
        expect(fix!.command).toEqual(spec.command);
        expect(fix!.preferred).not.toBe(true);
        expect(fix!.auto).not.toBe(true);
        expect(after).toBe(before);
        return;
      }

      const { result: again } = check(after, spec);
      // A placeholder where a date belongs (DATE) is the schema's finding too, until it is filled in.
      const onPlaceholder = (f: Finding) => f.rule === 'schema' && isPlaceholder(after.slice(f.offset, f.endOffset));
      expect(again.findings.filter((f) => f.rule === 'yaml-syntax' || (f.rule === 'schema' && !onPlaceholder(f)))).toEqual([]);
      // Each placeholder the fix writes is reported until a person replaces it.
      const written = fix!.edits.flatMap((e) => [...(e.snippet ?? '').matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]!)).filter((t) => t !== REASON_PLACEHOLDER);
      const reported = again.findings.filter((f) => f.rule === 'placeholder').map((f) => f.data?.text);
      // (The new mappings' placeholders are whole values; an agreement's may sit inside a longer text.)
      if (spec.fix === 'add-consent' || spec.fix === 'add-announcement') for (const text of written) expect(reported, text).toContain(text);
      const left = again.findings.filter((f) => matches(f, spec));
      if (spec.remains === 'suppressed' && !after.includes('-- REASON')) {
        // Added to a directive that already gives a reason.
        expect(left.length).toBeGreaterThan(0);
        expect(left.every((f) => f.suppressed !== undefined)).toBe(true);
        expect(again.findings.filter((f) => f.rule === 'suppression')).toEqual([]);
      } else if (spec.remains === 'suppressed') {
        // The placeholder is no reason: the finding stays, and says so, until the team writes one.
        expect(left.length).toBeGreaterThan(0);
        expect(left.every((f) => f.suppressed === undefined)).toBe(true);
        expect(again.findings.filter((f) => f.rule === 'suppression').map((f) => f.message)).toEqual([expect.stringMatching(/placeholder `REASON`/)]);
        const { result: reasoned } = check(after.replace('-- REASON', '-- legal approved it on 2026-03-02'), spec);
        const accepted = reasoned.findings.filter((f) => matches(f, spec));
        expect(accepted.length).toBeGreaterThan(0);
        expect(accepted.every((f) => f.suppressed !== undefined)).toBe(true);
        expect(reasoned.findings.filter((f) => f.rule === 'suppression')).toEqual([]);
      } else if (spec.remains === 'pending') {
        expect(left.map((f) => f.data?.verdict)).toEqual(['pending']);
      } else if (spec.remains === 'unsigned') {
        expect(left).toHaveLength(1);
        expect(left[0]!.message).toMatch(/is `draft`, not signed/);
      } else {
        expect(left).toEqual([]);
      }
    });
  }
});

describe('rule metadata', () => {
  it('lists exactly the fixes fixesFor offers for each rule (as the golden tests show them)', () => {
    const own = new Map<string, string>();
    for (const d of folders) {
      const spec = JSON.parse(fs.readFileSync(path.join(DIR, d, 'fix.json'), 'utf8')) as FixCase;
      if (spec.fix !== 'suppress') own.set(spec.rule, spec.fix);
    }
    expect([...own.keys()].sort()).toEqual(Object.keys(RULE_FIXES).sort());
    expect([...UNSUPPRESSIBLE].sort()).toEqual(['suppression', 'unreadable-file', 'yaml-syntax']);
    for (const rule of RULES) {
      const mine = own.get(rule.meta.id);
      const expected = [...(mine ? [mine] : []), ...(UNSUPPRESSIBLE.has(rule.meta.id) ? [] : ['suppress'])];
      expect(rule.meta.fixes ?? [], rule.meta.id).toEqual(expected);
    }
  });
});

describe('fixesFor', () => {
  const policy = loadSettings({}, { today: TODAY, locale: 'en' }).policy;
  const ctx = { kind: 'case' as const, locale: 'en' as Locale, policy, cases: [] };
  const run = (text: string) => {
    const { result } = check(text, { rule: '', fix: '' });
    return result.findings.map((f) => ({ f, fixes: fixesFor(result.parsed!, f, ctx) }));
  };

  it('offers only suppression when the unit already has a pending or declined decision', () => {
    const text = [
      'id: A-1', 'title: t', 'kind: dialogue', 'phase: needs', 'opened: 2026-10-01',
      'requester: { organisation: X AB, type: company }',
      'directed_at:', '  - unit: U1', '  - unit: U2',
      'anchoring:', '  - { unit: U1, by: A, role: verksamhetschef, decision: pending }', '  - { unit: U2, by: B, role: verksamhetschef, decision: declined, date: 2026-10-02 }',
      'stakeholders:', '  - { role: innovation-officer, name: M }', '  - { role: care-representative, name: C }', '',
    ].join('\n');
    const unanchored = run(text).filter(({ f }) => f.rule === 'unanchored-request');
    expect(unanchored).toHaveLength(2);
    for (const { fixes } of unanchored) expect(fixes.map((x) => x.id)).toEqual(['suppress']);
  });

  it('offers no suppression for syntax findings, and no domain fix for a broken file', () => {
    const results = run('id: [\n');
    expect(results.length).toBeGreaterThan(0);
    for (const { fixes } of results) expect(fixes).toEqual([]);
  });

  it('offers no add-agreement when the agreement is listed but unsigned', () => {
    const text = [
      'id: A-1', 'title: t', 'kind: test-activity', 'phase: execution', 'opened: 2026-10-01',
      'requester: { organisation: X AB, type: company }', 'need: { statement: s, verified: true }', 'evaluation: { benefit: 3, feasibility: 3 }',
      'stakeholders:', '  - { role: innovation-officer, name: M }', '  - { role: legal, name: L }',
      'agreements:', '  - { type: assignment, status: draft, billing: actual-costs }', '',
    ].join('\n');
    const missing = run(text).filter(({ f }) => f.rule === 'missing-agreement');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.fixes.map((x) => x.id)).toEqual(['suppress']);
  });

  it('titles the fixes in Swedish', () => {
    const text = ['id: A-1', 'title: t', 'kind: dialogue', 'phase: needs', 'opened: 2026-10-01', 'requester: { organisation: X AB, type: company }', ''].join('\n');
    const { result } = check(text, { rule: '', fix: '' });
    const f = result.findings.find((x) => x.rule === 'missing-stakeholder')!;
    const titles = fixesFor(result.parsed!, f, { ...ctx, locale: 'sv' }).map((x) => x.title);
    expect(titles).toEqual(['Lägg till deltagare ”innovation-officer”', 'Undertryck ”missing-stakeholder” på den här raden…']);
  });

  it('titles are plain text: quotes, never Markdown backticks, in both languages', () => {
    const text = fs.readFileSync(path.join(DIR, 'replace-nda', 'before.case.yaml'), 'utf8');
    const { result } = check(text, { rule: '', fix: '' });
    const titles = result.findings.flatMap((f) => (['en', 'sv'] as const).flatMap((locale) => fixesFor(result.parsed!, f, { ...ctx, locale }).map((x) => x.title)));
    expect(titles.length).toBeGreaterThan(2);
    for (const title of titles) expect(title).not.toContain('`');
    expect(titles).toEqual(expect.arrayContaining(['Replace “nda” by “confidentiality” (sekretessförbehåll)', 'Ersätt ”nda” med ”confidentiality” (sekretessförbehåll)']));
  });

  it('offers no suppression where a directive cannot reach (a finding on a comment line)', () => {
    const text = ['# header comment', 'title: t', 'kind: dialogue', 'phase: needs', 'opened: 2026-10-01', 'requester: { organisation: X AB, type: company }', ''].join('\n');
    const schema = run(text).find(({ f }) => f.rule === 'schema' && f.line === 1);
    expect(schema).toBeDefined();
    expect(schema!.fixes).toEqual([]);
  });
});
