// Every quick fix on every finding of every sample, and of variants of the samples made to have the
// findings the samples avoid (no stakeholders, no anchoring, no agreements, an NDA, a fixed price,
// the whole case as a flow mapping). Each fix must remove its finding (a suppression, once its
// reason is written), change only the lines it means to, and keep every comment. The diagnostic of
// each finding must lead the editor back to that finding, not to another one on the same range.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { checkText, finishRepository, loadSettings, type Finding, type Locale } from '../../server/src/engine';
import { fixesFor } from '../../server/src/engine/editing/fixes';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import type { Fix } from '../../server/src/engine/editing/types';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { findingOf } from '../../server/src/lsp/features/code-actions';
import { FIX_IDS } from '../../server/src/engine/fix-ids';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const TODAY = '2026-11-23';
const base = { today: TODAY, locale: 'en' as Locale };
const settings = loadSettings(
  {
    policy: {
      file: 'casefile.yaml',
      content: fs.readFileSync(path.join(SAMPLES, 'casefile.yaml'), 'utf8'),
    },
    directory: {
      file: 'directory.yaml',
      content: fs.readFileSync(path.join(SAMPLES, 'directory.yaml'), 'utf8'),
    },
  },
  base,
);
const options = {
  ...base,
  policy: settings.policy,
  directory: settings.directory,
};
const ctx = {
  kind: 'case' as const,
  locale: 'en' as Locale,
  policy: settings.policy,
  directory: settings.directory,
  cases: [],
};

function check(text: string) {
  return finishRepository([checkText('cases/x.case.yaml', text, 'case', options)], options)[0]!;
}

function sampleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? sampleFiles(abs) : /\.case\.ya?ml$/.test(e.name) ? [abs] : [];
  });
}

type Mutation = (doc: ReturnType<typeof parseDocument>) => boolean;

/** Each returns false when it does not apply to the sample (nothing to remove). */
const MUTATIONS: Record<string, Mutation> = {
  original: () => true,
  'no-stakeholders': (doc) => doc.delete('stakeholders'),
  'one-stakeholder': (doc) => {
    const list = doc.get('stakeholders');
    if (!isSeq(list) || list.items.length < 2) return false;
    list.items.splice(1);
    return true;
  },
  'no-anchoring': (doc) => doc.delete('anchoring'),
  'no-agreements': (doc) => doc.delete('agreements'),
  'nda-and-fixed-price': (doc) => {
    const list = doc.get('agreements');
    if (!isSeq(list) || list.items.length === 0) return false;
    for (const item of list.items) if (isMap(item)) item.set('billing', 'fixed-price');
    if (isMap(list.items[0])) list.items[0].set('type', 'nda');
    return true;
  },
  // The research pack's repairs: the samples that have these keep them, so take them away.
  'no-consent': (doc) => doc.delete('consent'),
  'no-announcement': (doc) => doc.delete('announcement'),
  'no-ce-marking': (doc) => doc.hasIn(['solution', 'ce_marked']) && doc.deleteIn(['solution', 'ce_marked']),
  'flow-mapping': (doc) => {
    if (!isMap(doc.contents)) return false;
    doc.contents.flow = true;
    return true;
  },
  'flow-without-people': (doc) => {
    if (!isMap(doc.contents)) return false;
    doc.delete('stakeholders');
    doc.delete('anchoring');
    doc.contents.flow = true;
    return true;
  },
};

interface Variant {
  name: string;
  text: string;
}

function variants(): Variant[] {
  const out: Variant[] = [];
  for (const file of sampleFiles(path.join(SAMPLES, 'cases')).sort()) {
    const original = fs.readFileSync(file, 'utf8');
    const name = path.relative(SAMPLES, file);
    for (const [mutation, mutate] of Object.entries(MUTATIONS)) {
      if (mutation === 'original') {
        out.push({ name: `${name} (original)`, text: original });
        continue;
      }
      const doc = parseDocument(original);
      if (!mutate(doc)) continue;
      out.push({
        name: `${name} (${mutation})`,
        text: doc.toString({ lineWidth: 0 }),
      });
    }
  }
  return out;
}

/** The same finding: rule, message and data (its place moves when lines are inserted above it). */
function same(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.message === b.message && JSON.stringify(a.data) === JSON.stringify(b.data);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}

/** `sub` is `all` with some lines left out (order kept). */
function isSubsequence(sub: string[], all: string[]): boolean {
  let i = 0;
  for (const line of all) if (i < sub.length && sub[i] === line) i++;
  return i === sub.length;
}

/** Only the lines an edit touches may change; the rest of `before` stays, in order, and its comments survive. */
function expectLocal(before: string, after: string, fix: Fix, label: string): void {
  const lines = before.split('\n');
  const touched = new Set<number>();
  for (const e of fix.edits) {
    const from = lineOf(before, e.offset);
    const to = lineOf(before, e.endOffset);
    // An insertion at the start of a line leaves that line whole.
    if (e.offset === e.endOffset && (e.offset === 0 || before[e.offset - 1] === '\n')) continue;
    expect(to - from, `${label}: the edit replaces text on one line`).toBeLessThanOrEqual(0);
    for (let l = from; l <= to; l++) touched.add(l);
  }
  const kept = lines.filter((_, i) => !touched.has(i));
  expect(isSubsequence(kept, after.split('\n')), `${label}: untouched lines are kept in order`).toBe(true);
  for (const i of touched) {
    const comment = /\s#.*$/.exec(lines[i]!)?.[0].trim();
    if (comment) expect(after, `${label}: the comment on line ${i + 1} is kept`).toContain(comment);
  }
}

const REASON = 'the team decided so on 2026-11-20';

/** Applies every fix of every finding of `text` and checks what each did; returns the fix ids applied. */
function verifyFixes(text: string, fixed: Map<string, number>): void {
  const result = check(text);
  expect(
    result.findings.filter((f) => f.rule === 'yaml-syntax'),
    'the variant parses',
  ).toEqual([]);
  for (const finding of result.findings) {
    if (finding.suppressed) continue;
    // The diagnostic the editor shows leads back to this finding (or one identical to it).
    const back = findingOf(result.findings, toDiagnostic(finding));
    expect(back && same(back, finding), `${finding.rule} "${finding.message}" is found again from its diagnostic`).toBe(true);

    for (const fix of fixesFor(result.parsed!, finding, ctx)) {
      const label = `${finding.rule} → ${fix.id} (${finding.message})`;
      expect(fix.finding).toBe(finding);
      if (fix.command) {
        // Opens the rule's page: nothing to apply, and the finding is the team's to settle.
        expect(fix.edits, `${label}: a command, no edit`).toEqual([]);
        fixed.set(fix.id, (fixed.get(fix.id) ?? 0) + 1);
        continue;
      }
      const after = applyEdits(text, fix.edits);
      expectLocal(text, after, fix, label);
      // As a person would: a reason for the suppression, a real date where the fix wrote DATE.
      const written = fix.id === 'suppress' ? after.replace(/-- REASON$/m, `-- ${REASON}`) : after.replace(/(: )DATE(?=[\s,}]|$)/gm, '$12026-11-20');
      const again = check(written);
      expect(again.findings.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema').length, `${label}: no new syntax or schema finding`).toBeLessThanOrEqual(
        result.findings.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema').length,
      );
      const left = again.findings.filter((f) => !f.suppressed && same(f, finding));
      if (fix.id === 'add-anchoring' && finding.data?.verdict === 'individual') {
        // An approval by an individual stands until the manager's pending entry is decided; the
        // fix adds that entry once and is then no longer offered.
        expect(
          left.flatMap((f) => fixesFor(again.parsed!, f, ctx)).map((x) => x.id),
          `${label}: offered once`,
        ).not.toContain('add-anchoring');
      } else {
        expect(left, `${label}: the finding is gone`).toEqual([]);
      }
      if (fix.id === 'suppress') {
        expect(
          again.findings.filter((f) => f.rule === 'suppression').map((f) => f.message),
          `${label}: the directive is used`,
        ).toEqual([]);
      }
      fixed.set(fix.id, (fixed.get(fix.id) ?? 0) + 1);
    }
  }
}

describe('quick fixes on every finding of every sample and variant', () => {
  const all = variants();
  const fixed = new Map<string, number>();

  it('has variants for every sample', () => {
    expect(all.length).toBeGreaterThan(sampleFiles(path.join(SAMPLES, 'cases')).length * 4);
  });

  for (const variant of all) {
    it(variant.name, () => verifyFixes(variant.text, fixed));
  }

  it('applied every kind of fix', () => {
    expect([...fixed.keys()].sort()).toEqual([...FIX_IDS].sort());
  });
});

describe('suppression where the case is a flow mapping or has nothing to point at', () => {
  const texts = [
    '{}\n',
    '{ }\n',
    '---\n{}\n',
    '{\n}\n',
    '{ version: 1 }  # the rest is to come\n',
    'version: 1\n',
    '{ version: 1, id: A-1, title: T, kind: test-activity, phase: planning, opened: 2026-01-01, requester: { organisation: X AB, type: company }, agreements: [ { type: assignment, status: signed, signed: 2026-01-02, billing: fixed-price } ] }\n',
    '{\n  version: 1,\n  id: A-1,\n  title: T,\n  kind: test-activity,\n  phase: planning,\n  opened: 2026-01-01,\n  requester: { organisation: X AB, type: company },\n  agreements: [ { type: assignment, status: signed, signed: 2026-01-02, billing: fixed-price } ]\n}\n',
    'id: A-1\nsummary: |\n  Text with 19121212-1212 inside\n  a block scalar\nkind: dialogue\n',
  ];
  for (const text of texts) {
    it(JSON.stringify(text).slice(0, 60), () => verifyFixes(text, new Map()));
  }

  it('offers no suppression for a finding that no directive can reach', () => {
    const result = check('{}\n');
    const stuck = result.findings.filter((f) => f.line === 1 && f.rule === 'missing-stakeholder');
    expect(stuck.length).toBeGreaterThan(0);
    for (const f of stuck) expect(fixesFor(result.parsed!, f, ctx).map((x) => x.id)).not.toContain('suppress');
  });

  it('offers none where the comment would land inside a block scalar and become its text', () => {
    const text = 'version: 1\nsummary: |\n  first line\n  second line\nkind: dialogue\n';
    const result = check(text);
    const at = (word: string, line: number): Finding => {
      const offset = text.indexOf(word);
      return { ...result.findings[0]!, rule: 'personal-identity-number', line, column: 1, endLine: line, endColumn: 1 + word.length, offset, endOffset: offset + word.length };
    };
    expect(fixesFor(result.parsed!, at('second', 4), ctx)).toEqual([]);
    expect(fixesFor(result.parsed!, at('kind', 5), ctx).map((x) => x.id)).toEqual(['suppress']);
  });

  it('still offers it inside a multi-line flow mapping, where it works', () => {
    const text =
      '{\n  version: 1,\n  id: A-1,\n  title: T,\n  kind: test-activity,\n  phase: planning,\n  opened: 2026-01-01,\n  requester: { organisation: X AB, type: company }\n}\n';
    const result = check(text);
    const f = result.findings.find((x) => x.rule === 'missing-stakeholder')!;
    expect(f.line).toBeGreaterThan(1);
    expect(fixesFor(result.parsed!, f, ctx).map((x) => x.id)).toContain('suppress');
  });
});
