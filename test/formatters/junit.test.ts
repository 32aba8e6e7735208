import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../server/src/cli/formatters/junit';
import { buildReport, CLEAN, emptyReport, finding, fixtureReport, MIXED, NASTY, snapshot, SUPPRESSED } from './fixture';

const opts = { color: true, locale: 'sv' } as const;
// htmlEntities: decode numeric character references (&#10;) as any XML parser would.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

describe('junit formatter', () => {
  it('is well-formed XML with one suite per file', () => {
    const xml = junit(fixtureReport(), opts);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const root = parse(xml);
    expect(root).toMatchObject({ name: 'casefile', tests: '5', failures: '3', errors: '0' });
    expect(root.testsuite.map((s: { name: string }) => s.name)).toEqual([CLEAN, MIXED, SUPPRESSED]);
  });

  it('gives a clean file, and one with only suppressed findings, a passing test case', () => {
    const [clean, , suppressed] = parse(junit(fixtureReport(), opts)).testsuite;
    for (const [suite, file] of [
      [clean, CLEAN],
      [suppressed, SUPPRESSED],
    ]) {
      expect(suite).toMatchObject({ tests: '1', failures: '0' });
      expect(suite.testcase).toEqual([{ name: 'casefile', classname: file }]);
    }
  });

  it('makes each finding a failure typed by severity, escaping what XML needs', () => {
    const suite = parse(junit(fixtureReport(), opts)).testsuite[1];
    expect(suite).toMatchObject({ name: MIXED, tests: '3', failures: '3', errors: '0' });
    expect(suite.testcase.map((c: { name: string }) => c.name)).toEqual(['schema at 3:5', 'missing-stakeholder at 12:1', 'stale-case at 120:8']);
    expect(suite.testcase.map((c: { failure: { type: string } }) => c.failure.type)).toEqual(['error', 'warning', 'info']);
    const first = suite.testcase[0];
    expect(first.classname).toBe(MIXED);
    // The character U+0001 is illegal in XML 1.0 and is dropped; everything else survives.
    expect(first.failure.message).toBe(NASTY.replace('\u0001', ''));
    expect(first.failure['#text']).toContain('<wrong> & "odd"');
    expect(first.failure['#text']).toContain(`${MIXED}:3:5`);
    expect(first.failure['#text']).toContain('https://github.com/casefile/casefile/blob/main/docs/rules/schema.md');
  });

  it('strips every character XML 1.0 forbids, lone surrogates too', () => {
    const message = 'a\u0000b\u0008c\u000bd\u001fe\ufffff\ud800g \u{1F600} h\tj';
    const xml = junit(buildReport([{ file: 'x\u0002.case.yaml', findings: [finding('r', 'error', message, 1, 1)] }]), opts);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    const suite = parse(xml).testsuite[0];
    expect(suite.name).toBe('x.case.yaml');
    expect(suite.testcase[0].failure.message).toBe('abcdefg \u{1F600} h\tj');
  });

  it('handles an empty report', () => {
    const xml = junit(emptyReport(), opts);
    expect(parse(xml)).toMatchObject({ name: 'casefile', tests: '0', failures: '0', errors: '0' });
  });

  it('does not mutate the report', () => {
    const report = fixtureReport();
    const before = snapshot(report);
    junit(report, opts);
    expect(snapshot(report)).toBe(before);
  });
});
