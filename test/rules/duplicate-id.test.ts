// duplicate-id: every case in the repository has an id of its own; each duplicate is flagged.
import { describe, expect, it } from 'vitest';
import { checkText, defaultPolicy, docsUrl, finishRepository, RULES, type FileResult } from '../../server/src/engine';
import { FORMATTERS } from '../../server/src/cli/formatters';
import { tally } from '../../server/src/cli/report';
import { CLEAN_CASE, checkRepo, dedent, findings, rangeText, ruleFindings } from '../helpers';

const RULE = 'duplicate-id';
const other = (id: string) => CLEAN_CASE.replace('id: VGR-2026-001', `id: ${id}`);

const ofFile = (results: ReturnType<typeof checkRepo>, file: string) =>
  results
    .find((r) => r.file === file)!
    .findings.filter((f) => f.rule === RULE)
    .map((f) => [f.severity, `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, f.message]);

describe(RULE, () => {
  it('flags every case that shares an id, at its own id value, naming the other files', () => {
    const input = {
      yaml: CLEAN_CASE,
      others: { 'cases/z.case.yaml': other('VGR-2026-001'), 'cases/b.case.yaml': other('VGR-2026-001'), 'cases/c.case.yaml': other('VGR-2026-002') },
    };
    const found = ruleFindings(RULE, input);
    expect(found).toEqual([
      {
        severity: 'error',
        range: '2:5-2:17',
        message: 'The id `VGR-2026-001` is also used by cases/b.case.yaml, cases/z.case.yaml; every case needs an id of its own. Give one of them a new id.',
        data: { id: 'VGR-2026-001', files: ['cases/b.case.yaml', 'cases/z.case.yaml'] },
      },
    ]);
    const [f] = findings(input).filter((x) => x.rule === RULE);
    expect(rangeText(input, f!)).toBe('VGR-2026-001');

    const results = checkRepo(input);
    expect(ofFile(results, 'cases/b.case.yaml')).toEqual([
      ['error', '2:5-2:17', 'The id `VGR-2026-001` is also used by cases/a.case.yaml, cases/z.case.yaml; every case needs an id of its own. Give one of them a new id.'],
    ]);
    expect(ofFile(results, 'cases/z.case.yaml')).toHaveLength(1);
    expect(ofFile(results, 'cases/c.case.yaml')).toEqual([]);
  });

  it('does not fire when ids are unique, or for a lone case', () => {
    expect(ruleFindings(RULE, { yaml: CLEAN_CASE, others: { 'cases/b.case.yaml': other('VGR-2026-002') } })).toEqual([]);
    expect(ruleFindings(RULE, CLEAN_CASE)).toEqual([]);
  });

  it('compares ids exactly (case matters)', () => {
    expect(ruleFindings(RULE, { yaml: CLEAN_CASE, others: { 'cases/b.case.yaml': other('vgr-2026-001') } })).toEqual([]);
  });

  it('applies to closed cases too', () => {
    const closed = CLEAN_CASE.replace('phase: needs', 'phase: closed');
    expect(ruleFindings(RULE, { yaml: closed, others: { 'cases/b.case.yaml': other('VGR-2026-001') } })).toHaveLength(1);
  });

  it('follows the policy: a lower severity, or off', () => {
    const others = { 'cases/b.case.yaml': other('VGR-2026-001') };
    expect(ruleFindings(RULE, { yaml: CLEAN_CASE, others, policy: `rules:\n  ${RULE}: warning\n` }).map((f) => f.severity)).toEqual(['warning']);
    const off = checkRepo({ yaml: CLEAN_CASE, others, policy: `rules:\n  ${RULE}: off\n` });
    expect(ofFile(off, 'cases/a.case.yaml')).toEqual([]);
    expect(ofFile(off, 'cases/b.case.yaml')).toEqual([]);
  });

  it('speaks Swedish', () => {
    const [f] = ruleFindings(RULE, { yaml: CLEAN_CASE, locale: 'sv', others: { 'cases/b.case.yaml': other('VGR-2026-001') } });
    expect(f!.message).toBe('Id:t `VGR-2026-001` används också av cases/b.case.yaml; varje ärende behöver ett eget id. Ge ett av dem ett nytt id.');
  });

  it('does not crash on a wrong-typed or missing id', () => {
    const numeric = CLEAN_CASE.replace('id: VGR-2026-001', 'id: 42');
    const none = CLEAN_CASE.replace('id: VGR-2026-001\n', '');
    expect(ruleFindings(RULE, { yaml: numeric, others: { 'cases/b.case.yaml': numeric, 'cases/c.case.yaml': none, 'cases/d.case.yaml': none } })).toEqual([]);
  });

  it('names three other files and counts the rest (never "1 other")', () => {
    const four = Object.fromEntries(['b', 'c', 'd', 'e'].map((n) => [`cases/${n}.case.yaml`, other('VGR-2026-001')]));
    expect(ruleFindings(RULE, { yaml: CLEAN_CASE, others: four })[0]!.data).toEqual({ id: 'VGR-2026-001', files: Object.keys(four) });
    const others = { ...four, 'cases/f.case.yaml': other('VGR-2026-001') };
    expect(ruleFindings(RULE, { yaml: CLEAN_CASE, others })).toEqual([
      {
        severity: 'error',
        range: '2:5-2:17',
        message:
          'The id `VGR-2026-001` is also used by cases/b.case.yaml, cases/c.case.yaml, cases/d.case.yaml and 2 other files; every case needs an id of its own. Give them new ids.',
        data: { id: 'VGR-2026-001', files: ['cases/b.case.yaml', 'cases/c.case.yaml', 'cases/d.case.yaml'], more: 2 },
      },
    ]);
    const [sv] = ruleFindings(RULE, { yaml: CLEAN_CASE, others, locale: 'sv' });
    expect(sv!.message).toBe(
      'Id:t `VGR-2026-001` används också av cases/b.case.yaml, cases/c.case.yaml, cases/d.case.yaml och 2 andra filer; varje ärende behöver ett eget id. Ge dem nya id:n.',
    );
  });

  it('stays small for 8,000 files with one id (it was N²: 471 MB of JSON for 4,000, a crash for 8,000)', () => {
    const options = { today: '2026-11-23', locale: 'en' as const, policy: defaultPolicy() };
    const one = checkText('cases/x.case.yaml', dedent(CLEAN_CASE), 'case', options);
    const N = 8000;
    const name = (i: number) => `cases/${String(i).padStart(5, '0')}.case.yaml`;
    const results: FileResult[] = Array.from({ length: N }, (_, i) => ({ ...one, file: name(i), findings: [], facts: { ...one.facts!, file: name(i) } }));
    finishRepository(results, options);
    const files = results.map((r) => ({ file: r.file, findings: r.findings }));
    const json = FORMATTERS.json!(
      { files, ...tally(files), tool: { name: 'casefile', version: '0' }, rules: RULES.map((r) => r.meta), docs: docsUrl },
      { color: false, locale: 'en' },
    );
    expect(json.length).toBeLessThan(5 * 1024 * 1024);
    const parsed = JSON.parse(json) as { errors: number; findings: { file: string; message: string }[] };
    expect(parsed.errors).toBe(N);
    expect(parsed.findings[0]!.message).toBe(
      `The id \`VGR-2026-001\` is also used by ${name(1)}, ${name(2)}, ${name(3)} and ${N - 4} other files; every case needs an id of its own. Give them new ids.`,
    );
    expect(parsed.findings[5]!.message).toContain(`${name(0)}, ${name(1)}, ${name(2)} and ${N - 4} other files`);
  });
});
