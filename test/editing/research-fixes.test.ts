// The consent and announcement fixes where the golden folders (test/fixes) do not go: an empty or
// null mapping, an empty flow mapping, a whole case in flow style, a value of the wrong type.
import { describe, expect, it } from 'vitest';
import { checkText, defaultPolicy } from '../../server/src/engine';
import { fixesFor } from '../../server/src/engine/editing/fixes';
import { automaticFixes } from '../../server/src/engine/editing/fix-all';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';

const options = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' as const };
const ctx = { kind: 'case' as const, locale: 'en' as const, policy: options.policy, cases: [] };

const CONSENT = ['id: A-1', 'title: t', 'kind: test-activity', 'phase: planning', 'opened: 2026-10-01', 'directed_at:', '  - { unit: U, asks: [patients] }'];
const ANNOUNCEMENT = ['id: A-2', 'title: t', 'kind: need-announcement', 'phase: planning', 'opened: 2026-10-01', 'need: { statement: s, verified: true }'];

/** The text after the rule's own fix, or undefined when it offers none. */
function fixed(lines: string[], rule: string): string | undefined {
  const text = lines.join('\n') + '\n';
  const result = checkText('cases/x.case.yaml', text, 'case', options);
  const finding = result.findings.find((f) => f.rule === rule);
  expect(finding, rule).toBeDefined();
  const fix = fixesFor(result.parsed!, finding!, ctx).find((f) => f.id !== 'suppress');
  if (!fix) return undefined;
  const after = applyEdits(text, fix.edits);
  const again = checkText('cases/x.case.yaml', after, 'case', options).findings;
  expect(again.filter((f) => f.rule === rule || f.rule === 'yaml-syntax')).toEqual([]);
  return after;
}

describe('add-consent and add-announcement', () => {
  it('fill an empty or null key with a flow mapping in place', () => {
    expect(fixed([...CONSENT, 'consent:'], 'participant-consent')).toMatch(/\nconsent: \{ procedure: PROCEDURE, form: FORM \}\n$/);
    expect(fixed([...CONSENT, 'consent: ~ # later'], 'participant-consent')).toMatch(/\nconsent: \{ procedure: PROCEDURE, form: FORM \} # later\n$/);
    expect(fixed([...ANNOUNCEMENT, 'announcement: null'], 'need-announcement-open')).toMatch(/\nannouncement: \{ channel: CHANNEL, published: DATE \}\n$/);
  });

  it('replace an empty flow mapping whole', () => {
    expect(fixed([...ANNOUNCEMENT, 'announcement: {}  # soon'], 'need-announcement-open')).toMatch(/\nannouncement: \{ channel: CHANNEL, published: DATE \}  # soon\n$/);
  });

  it('add the key as a flow entry to a case written as one flow mapping', () => {
    const after = fixed(
      ['{ id: A-3, title: t, kind: test-activity, phase: planning, opened: 2026-10-01,', '  directed_at: [{ unit: U, asks: [patients] }] }'],
      'participant-consent',
    );
    expect(after).toBe(
      '{ id: A-3, title: t, kind: test-activity, phase: planning, opened: 2026-10-01,\n  directed_at: [{ unit: U, asks: [patients] }], consent: { procedure: PROCEDURE, form: FORM } }\n',
    );
  });

  it('fill an empty procedure and keep the rest; write only what is missing of the announcement', () => {
    expect(fixed([...CONSENT, 'consent:', '  procedure: ""', '  form: F'], 'participant-consent')).toMatch(/\nconsent:\n  procedure: PROCEDURE\n  form: F\n$/);
    expect(fixed([...ANNOUNCEMENT, 'announcement:', '  published: 2026-09-01'], 'need-announcement-open')).toMatch(
      /\nannouncement:\n  published: 2026-09-01\n  channel: CHANNEL\n$/,
    );
  });

  it('have nothing to fix where the key holds another type: the schema reports it, the rule stays silent', () => {
    for (const [lines, rule] of [
      [[...CONSENT, 'consent: yes'], 'participant-consent'],
      [[...ANNOUNCEMENT, 'announcement: [a]'], 'need-announcement-open'],
    ] as const) {
      const result = checkText('cases/x.case.yaml', `${lines.join('\n')}\n`, 'case', options);
      expect(result.findings.map((f) => f.rule)).toContain('schema');
      expect(result.findings.map((f) => f.rule)).not.toContain(rule);
    }
    // A channel of the wrong type counts as given, as the rule sees it: only the date is added.
    expect(fixed([...ANNOUNCEMENT, 'announcement:', '  channel: [a, b]'], 'need-announcement-open')).toMatch(/\n  channel: \[a, b\]\n  published: DATE\n$/);
  });
});

describe('open-docs', () => {
  it('is a command with no edit, never automatic: fix-all leaves it out', () => {
    const text = [...CONSENT.slice(0, 5), 'solution: { medical_device: unclear }', 'consent: { procedure: P }', 'directed_at:', '  - { unit: U, asks: [patients] }', ''].join('\n');
    const result = checkText('cases/x.case.yaml', text, 'case', options);
    const finding = result.findings.find((f) => f.rule === 'device-investigation')!;
    const fixes = fixesFor(result.parsed!, finding, { ...ctx, locale: 'sv' });
    expect(fixes.map((f) => [f.id, f.title, f.edits.length, f.command, f.auto, f.preferred])).toEqual([
      ['open-docs', 'Öppna regelns sida: device-investigation', 0, { command: 'show-rule-docs', rule: 'device-investigation' }, undefined, false],
      ['suppress', 'Undertryck ”device-investigation” på den här raden…', 1, undefined, undefined, false],
    ]);
    expect(automaticFixes(result.parsed!, result.findings, ctx).filter((f) => f.command || f.edits.length === 0)).toEqual([]);
  });
});
