import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { json } from '../../server/src/cli/formatters/json';
import { sarif } from '../../server/src/cli/formatters/sarif';
import type { Finding } from '../../server/src/engine/types';
import { buildReport, emptyReport, finding, fixtureReport, MIXED, NASTY, RULE_METAS, snapshot } from './fixture';
import { HOSTILE } from './hostile';

const opts = { color: true, locale: 'sv' } as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile sarif '));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// The npm package resolves to the platform's self-contained .NET binary; calling it directly avoids
// the package's shell wrapper, which would split our temp path at its spaces.
const MULTITOOL: string = createRequire(import.meta.url)('@microsoft/sarif-multitool');

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

/** Runs Microsoft's SARIF validator on `text` and returns what it found (errors and warnings, its defaults). */
function validate(text: string, name: string): ValidatorResult[] {
  const input = path.join(tmp, `${name}.sarif`);
  const output = path.join(tmp, `${name}.validation.sarif`);
  fs.writeFileSync(input, text);
  const run = spawnSync(MULTITOOL, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    timeout: 55_000,
    // Offline and without ICU: .NET must not look for culture data or phone home.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  expect(run.error, run.stderr).toBeUndefined();
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const log = JSON.parse(fs.readFileSync(output, 'utf8').replace(/^\uFEFF/, ''));
  const invocation = log.runs[0].invocations[0];
  expect(invocation.executionSuccessful, JSON.stringify(invocation)).toBe(true);
  return log.runs[0].results as ValidatorResult[];
}

const describeResults = (results: ValidatorResult[]) => results.map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? r.message.arguments?.join(' | ')}`);

describe('sarif formatter', () => {
  it('passes the SARIF validator without errors or warnings', () => {
    expect(describeResults(validate(sarif(fixtureReport(), opts), 'fixture'))).toEqual([]);
  });

  it('passes the validator for an empty report', () => {
    expect(describeResults(validate(sarif(emptyReport(), opts), 'empty'))).toEqual([]);
  });

  it('passes the validator with hostile file names and messages, which read back unchanged', () => {
    const files = HOSTILE.map((file, i) => ({ file, findings: [finding('schema', 'error', `Value \`${HOSTILE[(i + 1) % HOSTILE.length]}\` is odd.`, i + 1, 1)] }));
    const log = sarif(buildReport(files), opts);
    expect(describeResults(validate(log, 'hostile'))).toEqual([]);
    expect(JSON.parse(log).runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toEqual(files.map((f) => f.findings[0]!.message));
  });

  it('is checked by a validator that does catch mistakes', () => {
    const broken = sarif(fixtureReport(), opts).replace('"version": "2.1.0"', '"version": "2.1.1"').replace('"startLine": 3', '"startLine": 0');
    const found = validate(broken, 'broken');
    expect(found.filter((r) => r.level === 'error').length).toBeGreaterThanOrEqual(2);
  });

  it('describes the tool and every rule', () => {
    const log = JSON.parse(sarif(fixtureReport(), opts));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.originalUriBaseIds).toBeUndefined();
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'casefile', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://github.com/casefile/casefile' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_METAS.map((r) => r.id));
    expect(driver.rules[1]).toEqual({
      id: 'missing-stakeholder',
      name: 'MissingStakeholder',
      shortDescription: { text: 'A role the case requires is missing.' },
      fullDescription: { text: 'Every case needs its owner and the roles its content calls for.' },
      helpUri: 'https://github.com/casefile/casefile/blob/main/docs/rules/missing-stakeholder.md',
      help: { text: expect.stringContaining('Every case needs its owner') },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['casefile', 'process'] },
    });
    // A one-word id would otherwise give a name equal to it, which SARIF forbids.
    expect(driver.rules[0].name).toBe('SchemaRule');
    expect(driver.rules[2].defaultConfiguration.level).toBe('note');
  });

  it('reports every finding, suppressed ones with their justification', () => {
    const run = JSON.parse(sarif(fixtureReport(), opts)).runs[0];
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      'cases/clean.case.yaml',
      'cases/2026/v%C3%A5rd%20test.case.yaml',
      'cases/suppressed.case.yaml',
    ]);
    expect(run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual([
      'schema error',
      'missing-stakeholder warning',
      'stale-case note',
      'nda-public-staff warning',
    ]);
    const [first, , stale, suppressed] = run.results;
    expect(first.ruleIndex).toBe(0);
    expect(first.message.text).toBe(NASTY);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'cases/2026/v%C3%A5rd%20test.case.yaml', uriBaseId: '%SRCROOT%', index: 1 },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 },
    });
    expect(stale.locations[0].physicalLocation.region).toEqual({ startLine: 120, startColumn: 8, endLine: 121, endColumn: 3 });
    expect(first.suppressions).toBeUndefined();
    expect(suppressed.ruleIndex).toBe(3);
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', justification: 'legal approved it, 2026-03-02 <ok> & done' }]);
  });

  it('gives each result the fingerprint JSON gives it, under casefile/v2, suppressed or not', () => {
    const bad = (line: number, extra = {}) => finding('schema', 'error', 'Bad value.', line, 1, 4, { yamlPath: 'phase', messageKey: 'bad', ...extra });
    const fp = (findings: Finding[]) =>
      JSON.parse(sarif(buildReport([{ file: MIXED, findings }]), opts)).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => {
        expect(Object.keys(r.partialFingerprints)).toEqual(['casefile/v2']);
        return r.partialFingerprints['casefile/v2'];
      });
    const [a] = fp([bad(3)]);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(fp([bad(40)])).toEqual([a]);
    const [x, y] = fp([bad(3), bad(4)]);
    expect(x).toBe(a);
    expect(y).not.toBe(a);
    expect(fp([bad(3, { suppressed: { reason: 'ok', line: 2 } })])).toEqual([a]);
    const report = fixtureReport();
    const fromJson = JSON.parse(json(report, opts)).findings.map((f: { fingerprint: string }) => f.fingerprint);
    const results = JSON.parse(sarif(report, opts)).runs[0].results as { suppressions?: unknown; partialFingerprints: Record<string, string> }[];
    expect(results.filter((r) => !r.suppressions).map((r) => r.partialFingerprints['casefile/v2'])).toEqual(fromJson);
  });

  it('ends messages as sentences and covers rules the table lacks', () => {
    const report = buildReport([{ file: 'a.case.yaml', findings: [finding('unreadable-file', 'error', 'Cannot read the file', 1, 1)] }]);
    const run = JSON.parse(sarif(report, opts)).runs[0];
    expect(run.results[0].message.text).toBe('Cannot read the file.');
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe('unreadable-file');
    expect(describeResults(validate(sarif(report, opts), 'unknown-rule'))).toEqual([]);
  });

  it('does not mutate the report', () => {
    const report = fixtureReport();
    const before = snapshot(report);
    sarif(report, opts);
    expect(snapshot(report)).toBe(before);
  });
});

describe('sarif on the real samples', () => {
  it('the golden output of `casefile check --format sarif` on samples/ passes the validator, with every rule documented', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'scenarios', 'samples-sarif', 'stdout'), 'utf8');
    expect(validate(text, 'samples')).toEqual([]);
    const run = JSON.parse(text).runs[0];
    expect(run.tool.driver.rules).toHaveLength(26);
    expect(run.results.length).toBe(7); // 6 findings and the suppressed one, marked as such
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`));
  });
});
