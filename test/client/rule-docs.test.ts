// The link bases the client gives the server (rule-docs.ts), as the engine fills them in: the URI
// handler's link names the rule in its path, the hover's command link passes it as the one argument.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { docsLink } from '../../server/src/engine/docs';
import { RULE_IDS } from '../../server/src/engine/rules';

vi.mock('vscode', () => ({}));
const { hoverDocsLink, RULE_DOCS_COMMAND, ruleDocsLink, ruleOf } = await import('../../client/src/rule-docs');

describe('rule page links', () => {
  it('go to the extension’s URI handler, which reads the rule back', () => {
    const link = docsLink(ruleDocsLink('code-oss', 'Casefile.casefile'))('billing-model');
    expect(link).toBe('code-oss://casefile.casefile/rule/billing-model');
    expect(ruleOf({ path: '/rule/billing-model' })).toBe('billing-model');
    expect(ruleOf({ path: '/rule/billing-model/' })).toBe('billing-model');
    expect(ruleOf({ path: '/other/billing-model' })).toBeUndefined();
  });

  it('run the trusted command from a hover, with the rule as its argument', () => {
    const link = docsLink(hoverDocsLink())('billing-model');
    const [scheme, rest] = [link.slice(0, link.indexOf(':')), link.slice(link.indexOf(':') + 1)];
    expect(scheme).toBe('command');
    const [command, query] = rest.split('?');
    expect(command).toBe(RULE_DOCS_COMMAND);
    expect(JSON.parse(decodeURIComponent(query!))).toEqual(['billing-model']);
  });

  it('open pages the package holds: one per rule, and the CLI the task runs', () => {
    const root = path.join(__dirname, '..', '..');
    const files = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(files).toEqual(expect.arrayContaining(['docs/', 'bin/', 'dist/']));
    for (const id of RULE_IDS) expect(fs.existsSync(path.join(root, 'docs', 'rules', `${id}.md`)), id).toBe(true);
  });
});
