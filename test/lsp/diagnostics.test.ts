// Diagnostics of the sample repository: closed files at start-up, open files per version.
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { codes, Harness, message } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

describe('diagnostics', () => {
  it('are published for closed case files at start-up, with rule, docs link, source and data', async () => {
    h = await Harness.start();
    const p = await h.diagnostics('cases/2026/vgr-2026-027.case.yaml');
    expect(p.version).toBeUndefined();
    expect(codes(p)).toEqual(['unanchored-request']);
    const d = p.diagnostics[0]!;
    expect(d.source).toBe('casefile');
    expect(d.severity).toBe(DiagnosticSeverity.Warning);
    expect(d.codeDescription?.href).toMatch(/docs\/rules\/unanchored-request\.md$/);
    expect(d.data).toMatchObject({ rule: 'unanchored-request' });
    expect(codes(await h.diagnostics('cases/2026/vas-2026-003.case.yaml'))).toEqual(['missing-stakeholder', 'nda-public-staff']);
    const nda = h.latest('cases/2026/vas-2026-003.case.yaml')!.diagnostics.find((x) => x.code === 'nda-public-staff')!;
    expect(nda.severity).toBe(DiagnosticSeverity.Error); // the policy's override
    // Clean files get no publish at all at start-up.
    expect(h.latest('cases/2026/vgr-2026-030.case.yaml')).toBeUndefined();
  });

  it('follow an open document per version, and a suppressed finding is not shown', async () => {
    h = await Harness.start();
    const rel = 'cases/2026/vgr-2026-012.case.yaml';
    await h.open(rel);
    expect(codes(await h.diagnostics(rel, (p) => p.version === 1))).toEqual(['billing-model', 'third-country-data']);
    const text = h.read(rel);
    const line = text.split('\n').findIndex((l) => /billing: fixed-price/.test(l));
    expect(line).toBeGreaterThan(0);
    const lines = text.split('\n');
    const indent = /^\s*/.exec(lines[line]!)![0];
    lines.splice(line, 0, `${indent}# casefile-disable-next-line billing-model -- renegotiation agreed with the company`);
    const v = await h.change(rel, lines.join('\n'));
    expect(codes(await h.diagnostics(rel, (p) => p.version === v))).toEqual(['third-country-data']);
  });

  it('report a settings file by its name, whatever the language id, and hide YAML syntax errors when Red Hat YAML shows them', async () => {
    for (const yamlExtensionActive of [false, true]) {
      h = await Harness.start({ init: { locale: 'en', yamlExtensionActive } });
      await h.open('directory.yaml', 'units: [\n', 'yaml');
      const p = await h.diagnostics('directory.yaml', (x) => x.version === 1);
      expect(codes(p)).toEqual(yamlExtensionActive ? [] : ['yaml-syntax']);
      await h.dispose();
      h = undefined;
    }
  });

  it('never crash on garbage, and say so in the diagnostics', async () => {
    h = await Harness.start();
    const rel = 'cases/2026/junk.case.yaml';
    await h.open(rel, '\t: : [ {\n- - ? !!binary\n&a *b\n');
    expect(codes(await h.diagnostics(rel, (p) => p.version === 1))).toContain('yaml-syntax');
    const texts = ['', '---\n---\n', 'id: [', 'version: 1\nid: X\nphase: needs\nlinks: { related: [ 1, 2 ] }\n', '\u0000\u0001', 'a: *x\n'];
    let v = 1;
    for (const t of texts) v = await h.change(rel, t);
    const last = await h.diagnostics(rel, (p) => p.version === v);
    expect(last.diagnostics.length).toBeGreaterThan(0);
    expect(h.logs.filter((l) => l.includes('failed'))).toEqual([]);
  });

  it('speak Swedish with a Swedish UI, and the casefile.language setting overrides it', async () => {
    h = await Harness.start({ init: { locale: 'sv-SE' } });
    const rel = 'cases/2026/vgr-2026-027.case.yaml';
    expect(message((await h.diagnostics(rel)).diagnostics[0])).toMatch(/förank/i);
    h.language = 'en';
    const english = h.diagnostics(rel, (p) => /anchor/i.test(message(p.diagnostics[0])));
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { language: 'en' } } });
    expect(message((await english).diagnostics[0])).not.toMatch(/förank/i);
  });
});
