// Rule links (engine/docs.ts) and the policy's docs_url: a folder or a {rule} template, checked like
// every other policy value.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsLink, docsUrl, DOCS_BASE, DOCS_URL_PATTERN } from '../../server/src/engine/docs';
import { SCHEMAS } from '../../server/src/engine/schemas';
import { checkText, loadSettings, policyFrom } from '../../server/src/engine';
import { hover } from '../../server/src/engine/editing/hover';
import { parseYaml } from '../../server/src/engine/parse';
import { checkRepo, CLEAN_CASE } from '../helpers';
import { context, sample } from '../editing/context';

describe('docsLink', () => {
  it('is the project’s pages without a base, or with a blank one', () => {
    expect(docsLink(undefined)('billing-model')).toBe(`${DOCS_BASE}billing-model.md`);
    expect(docsLink('  ')).toBe(docsUrl);
  });

  it('puts <rule>.md below a folder, with or without its closing slash', () => {
    expect(docsLink('https://intranet.example.org/casefile/rules')('phase-gate')).toBe('https://intranet.example.org/casefile/rules/phase-gate.md');
    expect(docsLink('https://intranet.example.org/casefile/rules/')('phase-gate')).toBe('https://intranet.example.org/casefile/rules/phase-gate.md');
  });

  it('fills every {rule} of a template, encoded', () => {
    expect(docsLink('vscode://casefile.casefile/rule/{rule}')('date-order')).toBe('vscode://casefile.casefile/rule/date-order');
    expect(docsLink('https://wiki.example.org/x?page={rule}&title={rule}')('a b/c')).toBe('https://wiki.example.org/x?page=a%20b%2Fc&title=a%20b%2Fc');
  });
});

describe('the hover’s rule link', () => {
  it('is built from the editing context’s link, else the project’s pages', () => {
    const text = sample('cases/2026/vgr-2026-012.case.yaml');
    const offset = text.indexOf('billing: fixed-price') + 11;
    const findings = checkText('cases/x.case.yaml', text, 'case', { ...context(), today: '2026-11-23' }).findings;
    const link = (docs?: (rule: string) => string) =>
      /\[Documentation: billing-model\]\(([^)]*)\)/.exec(hover(parseYaml(text), offset, { ...context(), docs }, findings)!.markdown)?.[1];
    expect(link(docsLink('command:casefile.showRuleDocs?%5B%22{rule}%22%5D'))).toBe('command:casefile.showRuleDocs?%5B%22billing-model%22%5D');
    expect(link()).toBe(docsUrl('billing-model'));
  });
});

describe('policy docs_url', () => {
  it('has one pattern: the schema’s, the engine’s and the setting’s', () => {
    const property = (SCHEMAS.policy.properties as Record<string, { pattern: string }>).docs_url!;
    expect(new RegExp(property.pattern).source).toBe(DOCS_URL_PATTERN.source);
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { pattern: string }> } };
    };
    expect(manifest.contributes.configuration.properties['casefile.docsUrl']!.pattern).toBe(`^$|${property.pattern}`);
  });

  it('is read from casefile.yaml', () => {
    expect(policyFrom({ docs_url: 'https://intranet.example.org/rules' }).docsUrl).toBe('https://intranet.example.org/rules');
    expect(policyFrom({}).docsUrl).toBeUndefined();
    const settings = loadSettings(
      { policy: { file: 'casefile.yaml', content: 'docs_url: https://intranet.example.org/casefile?rule={rule}\n' } },
      { today: '2026-11-23', locale: 'en' },
    );
    expect(settings.policy.docsUrl).toBe('https://intranet.example.org/casefile?rule={rule}');
  });

  it('that is no web address is a finding on casefile.yaml, in English and Swedish, and is not used', () => {
    // The last three would end a Markdown link or start HTML where the link is written (PR comment, hover, report).
    const markup = ['"https://x.example/)![t](https://evil.example/p.png)"', '"https://x.example/<img/src=x>"', '"https://x.example/{other}"'];
    for (const bad of ['intranet/rules', 'ftp://example.org/rules', 'https://example.org/my rules', '42', ...markup]) {
      const results = checkRepo({ yaml: CLEAN_CASE, policy: `organisation: Region\ndocs_url: ${bad}\n` });
      const findings = results.find((r) => r.file === 'casefile.yaml')!.findings;
      expect(
        findings.map((f) => [f.rule, f.line, f.column]),
        bad,
      ).toEqual([['schema', 2, 11]]);
      expect(findings[0]!.message).toMatch(/docs_url.*(web address starting with https:\/\/|must be text)/);
    }
    const sv = checkRepo({ yaml: CLEAN_CASE, policy: 'docs_url: intranet/rules\n', locale: 'sv' }).find((r) => r.file === 'casefile.yaml')!.findings;
    expect(sv[0]!.message).toContain('webbadress');
    expect(policyFrom({ docs_url: 'intranet/rules' }).docsUrl).toBeUndefined();
  });
});
